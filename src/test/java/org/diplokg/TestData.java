package org.diplokg;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.DataLayout;
import org.diplokg.store.KgStore;
import org.diplokg.store.StoreBuilder;

/** Shared helpers for tests: the repository's seed data and store snapshots. */
public final class TestData {
    private TestData() {}

    /** The repository's data folder (Maven runs tests from the project root). */
    public static DataLayout seed() {
        return DataLayout.standard();
    }

    public static StoreBuilder seedBuilder() {
        return new StoreBuilder(seed(), IriMinter.withDefaultBase());
    }

    /** Opens a TDB2 store in {@code dir} and loads the seed data into it. */
    public static KgStore seededStore(Path dir) {
        KgStore store = KgStore.open(dir);
        seedBuilder().loadInto(store);
        return store;
    }

    /** Every quad of the store, for before/after comparisons. */
    public static Set<Quad> snapshot(KgStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.datasetGraph().find().forEachRemaining(quads::add);
            return quads;
        });
    }
}
