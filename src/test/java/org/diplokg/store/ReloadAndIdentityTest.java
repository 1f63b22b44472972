package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading is idempotent and identifiers depend only on content. */
class ReloadAndIdentityTest {
    @TempDir
    Path dir;

    @Test
    void loadingTheSameDataTwiceChangesNothing() {
        try (KgStore store = TestData.seededStore(dir.resolve("db"))) {
            Set<Quad> once = TestData.snapshot(store);
            LoadReport again = TestData.seedBuilder().loadInto(store);
            assertEquals(0, again.quadsAdded());
            assertEquals(once, TestData.snapshot(store));
            assertTrue(once.size() > 1000, "the seed store holds the ontology, actors and claims: " + once.size());
        }
    }

    @Test
    void twoFreshBuildsHaveTheSameIris() {
        Set<Quad> first;
        Set<Quad> second;
        try (KgStore a = TestData.seededStore(dir.resolve("a"))) {
            first = TestData.snapshot(a);
        }
        StoreBuilder builder = TestData.seedBuilder();
        builder.buildFresh(dir.resolve("b"));
        try (KgStore b = KgStore.open(dir.resolve("b"))) {
            second = TestData.snapshot(b);
        }
        // No blank nodes anywhere, so plain set equality is the right test (not isomorphism).
        assertTrue(first.stream().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
        assertEquals(first, second);
    }

    @Test
    void buildFreshReplacesAnOldStoreOnlyWhenTheNewOneIsComplete() {
        Path db = dir.resolve("db");
        StoreBuilder builder = TestData.seedBuilder();
        builder.buildFresh(db);
        Set<Quad> built;
        try (KgStore store = KgStore.open(db)) {
            built = TestData.snapshot(store);
        }
        StoreBuilder broken = new StoreBuilder(new DataLayout(dir.resolve("no-such-data")), org.diplokg.ontology.IriMinter.withDefaultBase());
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> broken.buildFresh(db));
        try (KgStore store = KgStore.open(db)) {
            assertEquals(built, TestData.snapshot(store));
        }
    }

    @Test
    void ensureBuiltBuildsAMissingOrEmptyStoreAndLeavesABuiltOneAlone() {
        StoreBuilder builder = TestData.seedBuilder();
        Path missing = dir.resolve("missing");
        assertTrue(builder.ensureBuilt(missing, false));
        // A database with no quads (as an older `query` left behind) is built too, not served empty.
        Path empty = dir.resolve("empty");
        KgStore.open(empty).close();
        assertTrue(builder.ensureBuilt(empty, false));
        Set<Quad> built;
        try (KgStore store = KgStore.open(empty)) {
            built = TestData.snapshot(store);
        }
        assertTrue(built.size() > 1000, "built from the seed data: " + built.size());
        assertFalse(builder.ensureBuilt(empty, false));
        try (KgStore store = KgStore.open(empty)) {
            assertEquals(built, TestData.snapshot(store));
        }
    }
}
