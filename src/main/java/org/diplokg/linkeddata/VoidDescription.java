package org.diplokg.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.export.DumpFormat;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.Vocab;
import org.diplokg.store.KgStore;

/**
 * The VoID and DCAT description of the dataset: size, SPARQL endpoint, dumps, vocabularies,
 * licence, last modification, and the owl:sameAs linkset to Wikidata. Endpoint and dump URLs
 * are those of the server answering, so the description is true wherever it is served. The
 * caller holds a read transaction.
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    /** Used when the ontology carries no licence. */
    private static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private final KgStore store;
    private final SiteLayout site;

    public VoidDescription(KgStore store, SiteLayout site) {
        this.store = store;
        this.site = site;
    }

    /** The IRI of the dataset, {@code https://w3id.org/diplokg/void#diplokg}. */
    public String datasetIri() {
        return site.publicRoot() + "void#diplokg";
    }

    /**
     * Describes the dataset.
     *
     * @param serverRoot e.g. {@code http://127.0.0.1:3030}, where the endpoint and dumps are
     */
    public Graph describe(String serverRoot) {
        DatasetGraph dsg = store.datasetGraph();
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = iri(datasetIri());
        Graph union = dsg.getUnionGraph();
        add(g, ds, Vocab.rdfType, iri(VOID + "Dataset"));
        add(g, ds, Vocab.rdfType, iri(DCAT + "Dataset"));
        add(g, ds, iri(Vocab.DCT + "title"), NodeFactory.createLiteralLang("DiploKG", "en"));
        add(g, ds, iri(Vocab.DCT + "description"), NodeFactory.createLiteralLang(
                "An open knowledge graph of diplomatic ruptures, accusations and denials; every fact is a claim backed by evidence (source, publisher, verbatim quote).", "en"));
        Node license = union.find(iri(DK.ONTOLOGY_IRI), iri(Vocab.DCT + "license"), Node.ANY)
                .nextOptional().map(t -> t.getObject()).orElse(iri(DEFAULT_LICENSE));
        add(g, ds, iri(Vocab.DCT + "license"), license);
        lastModified(store.location()).ifPresent(t -> add(g, ds, iri(Vocab.DCT + "modified"),
                NodeFactory.createLiteralDT(t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime)));
        add(g, ds, iri(VOID + "triples"), integer(union.size()));
        add(g, ds, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(site.base()));
        add(g, ds, iri(VOID + "sparqlEndpoint"), iri(serverRoot + "/kg/sparql"));
        add(g, ds, iri(VOID + "exampleResource"), iri(site.base() + "actor/niger"));
        for (String vocab : new String[] {DK.NS, Vocab.PROV, Vocab.SCHEMA, Vocab.DCT, Vocab.OA, Vocab.SKOS, Vocab.OWL, Vocab.RDFS})
            add(g, ds, iri(VOID + "vocabulary"), iri(vocab));
        for (DumpFormat f : DumpFormat.values()) {
            Node dump = iri(serverRoot + DumpServlet.PATH + "/" + DumpServlet.fileName(f));
            add(g, ds, iri(VOID + "dataDump"), dump);
            add(g, ds, iri(DCAT + "distribution"), dump);
            add(g, dump, Vocab.rdfType, iri(DCAT + "Distribution"));
            add(g, dump, iri(DCAT + "downloadURL"), dump);
            add(g, dump, iri(DCAT + "mediaType"), NodeFactory.createLiteralString(f.mediaType()));
        }
        Node links = iri(site.publicRoot() + "void#wikidata-links");
        add(g, ds, iri(VOID + "subset"), links);
        add(g, links, Vocab.rdfType, iri(VOID + "Linkset"));
        add(g, links, iri(VOID + "linkPredicate"), Vocab.owlSameAs);
        add(g, links, iri(VOID + "subjectsTarget"), ds);
        add(g, links, iri(VOID + "objectsTarget"), iri("http://www.wikidata.org/entity/Q2013"));
        add(g, links, iri(VOID + "triples"), integer(union.find(Node.ANY, Vocab.owlSameAs, Node.ANY).toList().size()));
        return g;
    }

    /** Newest modification time of the database files; empty in memory. */
    static java.util.Optional<Instant> lastModified(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return java.util.Optional.empty();
        try (Stream<Path> files = Files.walk(dir)) {
            // Lock files are rewritten whenever the store is opened; only data files tell of changes.
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock"))
                    .map(VoidDescription::mtime).max(Instant::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant mtime(Path p) {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            return t.toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
