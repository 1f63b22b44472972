package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.diplokg.ingest.ActorTable;
import org.diplokg.ingest.SourceTable;
import org.diplokg.ontology.IriMinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a store from a data folder. A new database is built in a sibling folder and moved into
 * place only when complete, so a failed or interrupted build never leaves a half-built store
 * where {@code serve} would find it.
 */
public final class StoreBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBuilder.class);

    private final DataLayout data;
    private final IriMinter iris;

    public StoreBuilder(DataLayout data, IriMinter iris) {
        this.data = data;
        this.iris = iris;
    }

    /** A loader over the data folder's actors and sources. */
    public ClaimLoader loader() {
        ActorTable actors = ActorTable.read(data.actors());
        SourceTable sources = Files.exists(data.sources())
                ? SourceTable.read(data.sources(), data.articles()) : SourceTable.empty();
        return new ClaimLoader(actors, sources, iris, Ontology.load(iris));
    }

    /** Loads every curated claims file of the data folder into {@code store}, in one transaction. */
    public LoadReport loadInto(KgStore store) {
        return loader().load(store, data.curatedClaims());
    }

    /** True when {@code dir} holds no database yet. */
    public static boolean isEmptyStore(Path dir) {
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a fresh database for {@code dir} from the data folder and moves it into place,
     * replacing what was there.
     */
    public LoadReport buildFresh(Path dir) {
        Path absolute = dir.toAbsolutePath();
        Path building = absolute.resolveSibling(absolute.getFileName() + ".building");
        deleteTree(building);
        LoadReport report;
        try (KgStore store = KgStore.open(building)) {
            report = loadInto(store);
        } catch (RuntimeException e) {
            deleteTree(building);
            throw e;
        }
        Path old = absolute.resolveSibling(absolute.getFileName() + ".old");
        try {
            deleteTree(old);
            if (Files.exists(absolute)) Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new database into " + absolute, e);
        }
        LOG.info("built store {} from {}: {} claims, {} quads", absolute, data.root(), report.claims(), report.quadsTotal());
        return report;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

}
