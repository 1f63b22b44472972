package org.diplokg.store;

/**
 * Told how a load is going, for progress display and for tests that need to act at a known
 * point of a load (stop it there, query the store meanwhile). Called on the loading thread;
 * an exception thrown from it aborts the load like any other.
 */
@FunctionalInterface
public interface LoadListener {
    /** Where a load stands. */
    enum Phase {
        /** Reading and checking input file number {@code count} (0-based); nothing written yet. */
        READING,
        /** Inside the write transaction, {@code count} quads written so far. */
        WRITING,
        /** All {@code count} quads written; SHACL validation of the whole store begins. */
        VALIDATING,
        /** Validated; the transaction is about to commit ({@code count} quads in the store). */
        COMMITTING,
        /** Committed and durable ({@code count} quads in the store). */
        COMMITTED
    }

    void progress(Phase phase, long count);

    /** A listener that does nothing. */
    LoadListener NONE = (phase, count) -> {};
}
