package org.diplokg.ingest;

import org.diplokg.model.InputLocation;

/**
 * Bad input, reported as {@code file:line[:column]: what is wrong}. Loading stops at the first
 * one and the store is left as it was.
 */
public class InputException extends RuntimeException {
    private final InputLocation location;
    private final String problem;

    public InputException(InputLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public InputException(InputLocation location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    public InputLocation location() { return location; }

    /** The message without the location. */
    public String problem() { return problem; }
}
