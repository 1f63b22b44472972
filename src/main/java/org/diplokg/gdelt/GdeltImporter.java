package org.diplokg.gdelt;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplokg.ingest.ActorTable;
import org.diplokg.model.Attestation;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.ClaimRdfWriter;
import org.diplokg.store.FreshDatabase;
import org.diplokg.store.KgStore;
import org.diplokg.store.Ontology;

/**
 * Imports GDELT event exports as claims with imported evidence.
 *
 * <p>Rows stream from the files through the mapper in batches of {@value #BATCH_ROWS} mapped
 * rows; each batch is turned into quads (one named graph per source article, as for curated
 * claims), SHACL-validated on its own, and handed on. Memory is one batch, whatever the file
 * size. Validating each batch instead of the union graph keeps the cost proportional to what the
 * import writes: a batch's graph holds its claims, evidence, sources and the {@code dk:Actor}
 * typing of the actors it names, which is all the shapes look at for those focus nodes.
 *
 * <p>Two ways into the store:
 * <ul>
 * <li>{@link #importInto}: one TDB2 write transaction, crash-safe. Bad input or a shape violation
 * aborts it and the store is unchanged.</li>
 * <li>{@link #importFresh}: Jena's parallel bulk loader, fed straight from the mapper. It is
 * not crash-safe, so it only ever writes a new database beside the old one (which it copies
 * first) and swaps it in when complete ({@link FreshDatabase}).</li>
 * </ul>
 * Either way, importing the same file again writes the same quads (content-hashed IRIs into a
 * set store), so the store does not change.
 */
public final class GdeltImporter {
    static final int BATCH_ROWS = 5_000;

    private final ActorTable actors;
    private final GdeltEventMapper mapper;
    private final IriMinter iris;
    private final Ontology ontology;
    private final Progress progress;
    private final Graph actorGraph = GraphFactory.createGraphMem();

    public GdeltImporter(ActorTable actors, CameoCountryMap countries, IriMinter iris, Ontology ontology,
                         Progress progress) {
        this.actors = actors;
        this.mapper = new GdeltEventMapper(countries);
        this.iris = iris;
        this.ontology = ontology;
        this.progress = progress;
        StreamRDF toGraph = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) { actorGraph.add(quad.asTriple()); }
        };
        new ClaimRdfWriter(iris, actors, toGraph).writeActors();
    }

    /** Crash-safe import: one write transaction on {@code store}. */
    public ImportSummary importInto(KgStore store, List<Path> files) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            StreamRDF out = StreamRDFLib.dataset(dsg);
            out.start();
            ImportSummary summary = stream(files, out);
            out.finish();
            return summary;
        });
    }

    /**
     * Fast import with Jena's parallel loader into a new database that replaces {@code db} on
     * success; the old store's quads are copied in first.
     */
    public ImportSummary importFresh(Path db, List<Path> files) {
        return FreshDatabase.buildAndSwap(db, fresh -> {
            // A no-op output, not null: the loader's indexer threads print through it unconditionally.
            DataLoader loader = LoaderFactory.parallelLoader(fresh.datasetGraph(), (fmt, args) -> {});
            loader.startBulk();
            try {
                StreamRDF out = loader.stream();
                out.start();
                copyExisting(db, out);
                ImportSummary summary = stream(files, out);
                out.finish();
                loader.finishBulk();
                return summary;
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        });
    }

    private static void copyExisting(Path db, StreamRDF out) {
        if (org.diplokg.store.StoreBuilder.isEmptyStore(db)) return;
        try (KgStore old = KgStore.open(db)) {
            DatasetGraph dsg = old.datasetGraph();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(out::quad));
        }
    }

    /**
     * Streams the ontology, the actors and every mapped row of {@code files} to {@code out} (which
     * the caller starts and finishes).
     */
    public ImportSummary stream(List<Path> files, StreamRDF out) {
        ImportSummary summary = new ImportSummary();
        StreamRDF counted = new CountingSink(out, summary);
        ontology.writeTo(counted);
        new ClaimRdfWriter(iris, actors, counted).writeActors();
        try (Batch batch = new Batch(out, summary)) {
            for (Path file : files) {
                try (GdeltReader reader = GdeltReader.open(file)) {
                    progress.startFile(reader.name());
                    GdeltRow row;
                    while ((row = reader.next()) != null) {
                        progress.row(reader);
                        GdeltEventMapper.Result r = mapper.map(row);
                        if (!r.isMapped()) {
                            summary.countUnmapped(r.reason());
                            continue;
                        }
                        summary.countMapped();
                        batch.add(r.attestation());
                    }
                    progress.endFile();
                }
            }
            batch.finish();
        }
        return summary;
    }

    /**
     * Up to {@link #BATCH_ROWS} attestations on their way to the store. Each full batch is turned
     * into quads and passed on at once, and validated on a second thread meanwhile: SHACL is most
     * of the importer's own CPU, and the store cannot commit (nor a fresh build be swapped in)
     * before {@link #finish} has seen every batch pass. At most {@value #PENDING} validations wait,
     * so memory stays bounded.
     */
    private final class Batch implements AutoCloseable {
        private static final int PENDING = 2;

        private final StreamRDF out;
        private final ImportSummary summary;
        private final List<Attestation> rows = new ArrayList<>(BATCH_ROWS);
        private final ExecutorService validator = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gdelt-validate");
            t.setDaemon(true);
            return t;
        });
        private final ArrayDeque<Future<?>> pending = new ArrayDeque<>();

        Batch(StreamRDF out, ImportSummary summary) {
            this.out = out;
            this.summary = summary;
        }

        void add(Attestation a) {
            rows.add(a);
            if (rows.size() == BATCH_ROWS) flush();
        }

        void flush() {
            if (rows.isEmpty()) return;
            List<Quad> quads = new ArrayList<>(rows.size() * 18);
            StreamRDF collect = new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(Quad quad) { quads.add(quad); }
            };
            // A writer per batch: it remembers the sources it described, and that memory must stay bounded.
            new ClaimRdfWriter(iris, actors, collect).writeAttestations(rows, claim -> List.of());
            List<Attestation> batchRows = List.copyOf(rows);
            pending.add(validator.submit(() -> validate(quads, batchRows)));
            while (pending.size() > PENDING) await(pending.removeFirst());
            for (Quad q : quads) out.quad(q);
            summary.countQuads(quads.size());
            rows.clear();
        }

        /** Flushes the last batch and waits until every batch has passed validation. */
        void finish() {
            flush();
            while (!pending.isEmpty()) await(pending.removeFirst());
        }

        private void await(Future<?> f) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating", e);
            }
        }

        private void validate(List<Quad> quads, List<Attestation> batchRows) {
            Graph g = GraphFactory.createGraphMem();
            Set<Node> named = new LinkedHashSet<>();
            for (Quad q : quads) g.add(q.asTriple());
            for (Attestation a : batchRows) {
                named.add(iris.actor(a.claim().actorId()));
                named.add(iris.actor(a.claim().targetId()));
            }
            // The shapes check that claims point at actors: give the validator those actors' descriptions.
            for (Node actor : named) actorGraph.find(actor, Node.ANY, Node.ANY).forEachRemaining(g::add);
            ontology.validate(g, batchRows);
        }

        @Override
        public void close() {
            validator.shutdownNow();
        }
    }

    /** Counts the quads passed on. */
    private static final class CountingSink extends org.apache.jena.riot.system.StreamRDFWrapper {
        private final ImportSummary summary;

        CountingSink(StreamRDF out, ImportSummary summary) {
            super(out);
            this.summary = summary;
        }

        @Override
        public void quad(Quad quad) {
            summary.countQuads(1);
            super.quad(quad);
        }
    }
}
