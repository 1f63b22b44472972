package org.diplokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /**
     * A copy of the seed data folder (actors, sources, articles; no curated claims) in
     * {@code dir}, with one extra article listed in its source manifest.
     */
    public static DataLayout seedCopyWithArticle(Path dir, String articleFile, String articleText) {
        try {
            DataLayout copy = new DataLayout(dir);
            Files.createDirectories(copy.articles());
            Files.copy(seed().actors(), copy.actors());
            Files.copy(seed().sources(), copy.sources());
            try (var articles = Files.list(seed().articles())) {
                for (Path a : articles.toList()) Files.copy(a, copy.articles().resolve(a.getFileName()));
            }
            Files.writeString(copy.articles().resolve(articleFile), articleText);
            String manifest = Files.readString(copy.sources());
            Files.writeString(copy.sources(), (manifest.endsWith("\n") ? "" : "\n") + articleFile
                    + ",https://example.org/test-article,Test Publisher,2024-08-07,Test article,en\n", StandardOpenOption.APPEND);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
