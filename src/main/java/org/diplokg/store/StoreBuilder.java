package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.system.Txn;
import org.diplokg.extract.ExtractedClaim;
import org.diplokg.extract.Extractor;
import org.diplokg.extract.Gazetteer;
import org.diplokg.ingest.ActorTable;
import org.diplokg.ingest.InputException;
import org.diplokg.model.Attestation;
import org.diplokg.model.Claim;
import org.diplokg.model.Evidence;
import org.diplokg.model.InputLocation;
import org.diplokg.model.Method;
import org.diplokg.model.SourceDocument;
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
        return new ClaimLoader(ActorTable.read(data.actors()), sources(), iris, Ontology.load(iris));
    }

    private SourceTable sources() {
        return Files.exists(data.sources()) ? SourceTable.read(data.sources(), data.articles()) : SourceTable.empty();
    }

    /**
     * Loads the data folder into {@code store} in one transaction: the curated claims files and
     * what the extractor finds in the articles, curated rows winning over extracted ones for the
     * same claim and source, and curated rejections suppressing extracted claims.
     */
    public LoadReport loadInto(KgStore store) {
        ClaimLoader loader = loader();
        List<Attestation> rows = new ArrayList<>(loader.read(data.curatedClaims()));
        rows.addAll(extracted());
        return loader.loadAttestations(store, rows);
    }

    /** The extractor's claims over the data folder's articles, as attestations with method "extracted". */
    public List<Attestation> extracted() {
        if (!Files.isDirectory(data.articles())) return List.of();
        SourceTable sources = sources();
        List<Attestation> rows = new ArrayList<>();
        try {
            Extractor extractor = new Extractor(Gazetteer.load(data.actors()));
            for (ExtractedClaim c : extractor.extractFolder(data.articles(), data.sources())) {
                SourceDocument source = sources.find(c.sourceFile()).orElseThrow(() -> new InputException(
                        new InputLocation(data.articles().resolve(c.sourceFile()).toString(), 0, 0),
                        "article is not listed in " + data.sources()));
                Evidence evidence = new Evidence(source, c.quote(), c.start(), c.end(), Method.EXTRACTED, c.confidence());
                rows.add(new Attestation(new Claim(c.relation(), c.actorId(), c.targetId(), c.date()), c.topic(),
                        evidence, true, c.rule(), new InputLocation(c.sourceFile() + " (extracted)", 0, c.start())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read articles in " + data.articles(), e);
        }
        return rows;
    }

    /** True when {@code dir} holds no database yet. */
    public static boolean isEmptyStore(Path dir) {
        FreshDatabase.recoverInterruptedSwap(dir);
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the store in {@code dir} from the data folder when there is none yet, when the one there holds
     * no quads (an empty database answers every query with nothing), or when {@code rebuild} asks for it.
     *
     * @return whether it built
     */
    public boolean ensureBuilt(Path dir, boolean rebuild) {
        boolean build = rebuild || isEmptyStore(dir);
        if (!build) {
            try (KgStore existing = KgStore.open(dir)) {
                build = Txn.calculateRead(existing.datasetGraph(), existing.datasetGraph()::isEmpty);
            }
        }
        if (build) {
            LOG.info("building the store in {} from {} ...", dir, data.root());
            buildFresh(dir);
        }
        return build;
    }

    /**
     * Builds a fresh database for {@code dir} from the data folder and moves it into place,
     * replacing what was there.
     */
    public LoadReport buildFresh(Path dir) {
        LoadReport report = FreshDatabase.buildAndSwap(dir, this::loadInto);
        LOG.info("built store {} from {}: {} claims, {} quads", dir.toAbsolutePath(), data.root(), report.claims(), report.quadsAdded());
        return report;
    }

}
