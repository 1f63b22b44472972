package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fast load builds a new database beside the old one and swaps it in with two renames
 * ({@code db → db.old}, {@code db.building → db}). A crash between them leaves no {@code db};
 * the next open completes the swap instead of finding "no store" (which {@code serve} would
 * rebuild from the data folder, losing imported data).
 */
class InterruptedSwapTest {
    @TempDir
    Path dir;

    static Quad quad(String g) {
        return Quad.create(NodeFactory.createURI("urn:x-test:" + g), NodeFactory.createURI("urn:x-test:s"),
                NodeFactory.createURI("urn:x-test:p"), NodeFactory.createLiteralString(g));
    }

    static void storeWith(Path db, Quad q) {
        try (KgStore store = KgStore.open(db)) {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(q));
        }
    }

    static Set<Quad> snapshotOf(Path db) {
        try (KgStore store = KgStore.open(db)) {
            return TestData.snapshot(store);
        }
    }

    @Test
    void aCrashBetweenTheTwoRenamesIsCompletedOnTheNextOpen() throws Exception {
        Path db = dir.resolve("db");
        storeWith(db, quad("old"));
        storeWith(dir.resolve("db.building"), quad("new"));
        Files.move(db, dir.resolve("db.old")); // the crash: first rename done, second not
        assertFalse(StoreBuilder.isEmptyStore(db), "serve must not take this for an empty store");
        assertEquals(Set.of(quad("new")), snapshotOf(db));
        assertFalse(Files.exists(dir.resolve("db.old")));
        assertFalse(Files.exists(dir.resolve("db.building")));
    }

    @Test
    void withoutTheNewDatabaseTheOldOneIsPutBack() throws Exception {
        Path db = dir.resolve("db");
        storeWith(db, quad("old"));
        Files.move(db, dir.resolve("db.old"));
        assertEquals(Set.of(quad("old")), snapshotOf(db));
    }

    @Test
    void aFailedBuildLeavesTheOldStoreInPlace() {
        Path db = dir.resolve("db");
        storeWith(db, quad("old"));
        try {
            FreshDatabase.buildAndSwap(db, store -> {
                throw new IllegalStateException("build fails");
            });
        } catch (IllegalStateException expected) {
            // the old store must survive
        }
        assertEquals(Set.of(quad("old")), snapshotOf(db));
        assertFalse(Files.exists(dir.resolve("db.building")));
        assertTrue(Files.isDirectory(db));
    }
}
