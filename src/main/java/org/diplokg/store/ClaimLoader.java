package org.diplokg.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplokg.ingest.ActorTable;
import org.diplokg.ingest.AttestationMerger;
import org.diplokg.ingest.ClaimCsvReader;
import org.diplokg.ingest.SourceTable;
import org.diplokg.model.Attestation;
import org.diplokg.model.Claim;
import org.diplokg.model.Relation;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.IriMinter;
import org.diplokg.ontology.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads claims files into a store in one transaction: all files are read and checked first,
 * then the ontology, actors, sources and claims are streamed into the store, the result is
 * validated against the SHACL shapes, and only then committed. Any error leaves the store
 * exactly as it was.
 */
public final class ClaimLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimLoader.class);

    private final ActorTable actors;
    private final SourceTable sources;
    private final IriMinter iris;
    private final Ontology ontology;
    private final LoadListener listener;

    public ClaimLoader(ActorTable actors, SourceTable sources, IriMinter iris, Ontology ontology) {
        this(actors, sources, iris, ontology, LoadListener.NONE);
    }

    private ClaimLoader(ActorTable actors, SourceTable sources, IriMinter iris, Ontology ontology, LoadListener listener) {
        this.actors = actors;
        this.sources = sources;
        this.iris = iris;
        this.ontology = ontology;
        this.listener = listener;
    }

    /** The same loader, reporting its progress to {@code listener}. */
    public ClaimLoader withListener(LoadListener listener) {
        return new ClaimLoader(actors, sources, iris, ontology, listener);
    }

    /** Reads the given claims CSV files and loads them in one transaction. */
    public LoadReport load(KgStore store, List<Path> claimFiles) {
        return loadAttestations(store, read(claimFiles));
    }

    /** Reads and checks claims CSV files, touching no store. */
    public List<Attestation> read(List<Path> claimFiles) {
        ClaimCsvReader reader = new ClaimCsvReader(actors, sources);
        List<Attestation> rows = new ArrayList<>();
        for (int i = 0; i < claimFiles.size(); i++) {
            listener.progress(LoadListener.Phase.READING, i);
            rows.addAll(reader.read(claimFiles.get(i)));
        }
        return rows;
    }

    /** Loads attestations already read, applying the curation rules of {@link AttestationMerger}. */
    public LoadReport loadAttestations(KgStore store, List<Attestation> rows) {
        List<Attestation> kept = AttestationMerger.merge(rows);
        DatasetGraph dsg = store.datasetGraph();
        LoadReport done = Txn.calculateWrite(dsg, () -> {
            listener.progress(LoadListener.Phase.WRITING, 0);
            // Work in proportion to the load, not to the store: new quads are counted as they go
            // in, and the shapes check what this load wrote (plus what it points at).
            Graph written = GraphFactory.createGraphMem();
            NewQuadCounter counter = new NewQuadCounter(StreamRDFLib.dataset(dsg), dsg, written);
            ProgressStream out = new ProgressStream(counter, listener);
            out.start();
            ontology.writeTo(out);
            ClaimRdfWriter writer = new ClaimRdfWriter(iris, actors, out);
            writer.writeActors();
            sources.all().forEach(writer::writeSource);
            writer.writeAttestations(kept, denial -> answeredAccusations(dsg, kept, denial));
            out.finish();
            listener.progress(LoadListener.Phase.VALIDATING, out.quads());
            addAnsweredClaims(written, dsg.getUnionGraph());
            ontology.validate(written, rows);
            listener.progress(LoadListener.Phase.COMMITTING, counter.added());
            long claims = kept.stream().map(Attestation::claim).distinct().count();
            LOG.info("loaded {} rows ({} kept) as {} claims: {} new quads", rows.size(), kept.size(), claims, counter.added());
            return new LoadReport(rows.size(), kept.size(), claims, counter.added());
        });
        listener.progress(LoadListener.Phase.COMMITTED, done.quadsAdded());
        return done;
    }

    /**
     * The accusations a denial answers: those by the denial's target against its actor, from this
     * load and from what the store already holds; of these, the ones on the latest date not after
     * the denial (undated ones when no dated one fits, all of them for an undated denial).
     */
    private List<Node> answeredAccusations(DatasetGraph dsg, List<Attestation> batch, Claim denial) {
        if (denial.relation() != Relation.DENIES) return List.of();
        Map<Node, LocalDate> dates = new LinkedHashMap<>(); // null value: undated
        for (Attestation a : batch) {
            Claim c = a.claim();
            if (c.relation() == Relation.ACCUSES && c.actorId().equals(denial.targetId())
                    && c.targetId().equals(denial.actorId()))
                dates.putIfAbsent(iris.claim(c), c.date());
        }
        Graph union = dsg.getUnionGraph();
        Node accused = iris.actor(denial.actorId());
        union.find(Node.ANY, DK.actor, iris.actor(denial.targetId())).forEachRemaining(t -> {
            Node c = t.getSubject();
            if (union.contains(c, Vocab.rdfType, DK.claimClass(Relation.ACCUSES)) && union.contains(c, DK.target, accused)) {
                var date = union.find(c, DK.date, Node.ANY);
                dates.putIfAbsent(c, date.hasNext() ? LocalDate.parse(date.next().getObject().getLiteralLexicalForm()) : null);
            }
        });
        if (denial.date() == null) return List.copyOf(dates.keySet());
        LocalDate latest = dates.values().stream().filter(Objects::nonNull)
                .filter(d -> !d.isAfter(denial.date())).max(Comparator.naturalOrder()).orElse(null);
        return dates.entrySet().stream().filter(e -> Objects.equals(e.getValue(), latest)).map(Map.Entry::getKey).toList();
    }

    /**
     * A denial may answer an accusation loaded earlier. The shapes then see that accusation as it is stored:
     * its own triples, its evidence and the evidence's quote selectors (fragments of the evidence IRI), so a
     * denial loaded on its own does not fail for want of triples an earlier load wrote.
     */
    private static void addAnsweredClaims(Graph written, Graph union) {
        List<Node> answered = new ArrayList<>();
        written.find(Node.ANY, DK.answers, Node.ANY).forEachRemaining(t -> answered.add(t.getObject()));
        for (Node accusation : answered) {
            if (written.contains(accusation, Vocab.rdfType, Node.ANY)) continue; // written by this load
            copyDescription(union, accusation, written);
            union.find(accusation, Vocab.provWasDerivedFrom, Node.ANY).forEachRemaining(d -> {
                Node evidence = d.getObject();
                copyDescription(union, evidence, written);
                union.find(evidence, Node.ANY, Node.ANY).forEachRemaining(e -> {
                    Node o = e.getObject();
                    if (o.isURI() && evidence.isURI() && o.getURI().startsWith(evidence.getURI() + "#")) {
                        copyDescription(union, o, written);
                    }
                });
            });
        }
    }

    private static void copyDescription(Graph from, Node subject, Graph to) {
        from.find(subject, Node.ANY, Node.ANY).forEachRemaining(to::add);
    }

    /** Passes quads on, counting those the store does not hold yet and keeping a copy for validation. */
    private static final class NewQuadCounter extends StreamRDFWrapper {
        private final DatasetGraph dsg;
        private final Graph written;
        private long added;

        NewQuadCounter(StreamRDF out, DatasetGraph dsg, Graph written) {
            super(out);
            this.dsg = dsg;
            this.written = written;
        }

        long added() { return added; }

        @Override
        public void quad(Quad quad) {
            if (!dsg.contains(quad)) added++;
            written.add(quad.asTriple());
            super.quad(quad);
        }
    }

    /** Counts the quads written and reports every {@link #EVERY} of them. */
    private static final class ProgressStream extends StreamRDFWrapper {
        static final long EVERY = 10_000;
        private final LoadListener listener;
        private long quads;

        ProgressStream(StreamRDF out, LoadListener listener) {
            super(out);
            this.listener = listener;
        }

        long quads() { return quads; }

        @Override
        public void quad(Quad quad) {
            super.quad(quad);
            if (++quads % EVERY == 0) listener.progress(LoadListener.Phase.WRITING, quads);
        }

        @Override
        public void triple(Triple triple) {
            super.triple(triple);
            if (++quads % EVERY == 0) listener.progress(LoadListener.Phase.WRITING, quads);
        }
    }
}
