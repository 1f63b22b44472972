package org.diplokg.linkeddata;

import org.diplokg.SeedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.diplokg.export.DumpFormat;
import org.diplokg.export.DumpReader;
import org.diplokg.export.DumpWriter;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VoID description, the dumps it lists, and export → fresh store → export. */
class VoidAndDumpsHttpTest {
    private static final String VOID = "http://rdfs.org/ns/void#";

    @TempDir
    static Path dir;
    static SeedServer kg;

    @BeforeAll
    static void start() {
        kg = new SeedServer(dir);
    }

    @AfterAll
    static void stop() {
        kg.close();
    }

    @Test
    void voidDescribesSizeEndpointDumpsVocabulariesLicenceAndLinks() {
        for (String path : List.of("/void", "/.well-known/void")) {
            var resp = kg.get(path, "text/turtle");
            assertEquals(200, resp.statusCode());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(resp.body(), Lang.TURTLE).parse(g);
            Node ds = NodeFactory.createURI("https://w3id.org/diplokg/void#diplokg");
            long triples = Txn.calculateRead(kg.store.datasetGraph(), () -> (long) kg.store.datasetGraph().getUnionGraph().size());
            assertEquals(Long.toString(triples), value(g, ds, VOID + "triples").getLiteralLexicalForm());
            assertEquals(kg.server.sparqlEndpoint(), value(g, ds, VOID + "sparqlEndpoint").getURI());
            assertTrue(g.contains(ds, NodeFactory.createURI("http://purl.org/dc/terms/license"),
                    NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
            assertTrue(g.contains(ds, NodeFactory.createURI("http://purl.org/dc/terms/modified"), Node.ANY));
            assertTrue(g.contains(ds, NodeFactory.createURI(VOID + "vocabulary"), NodeFactory.createURI("http://www.w3.org/ns/prov#")));
            List<Node> dumps = g.find(ds, NodeFactory.createURI(VOID + "dataDump"), Node.ANY).mapWith(t -> t.getObject()).toList();
            assertEquals(DumpFormat.values().length, dumps.size());
            Node links = value(g, ds, VOID + "subset");
            assertTrue(Integer.parseInt(value(g, links, VOID + "triples").getLiteralLexicalForm()) > 200,
                    "every actor links to Wikidata with owl:sameAs");
        }
        assertEquals(200, kg.get("/void", "text/html").statusCode());
    }

    @Test
    void everyListedDumpDownloadsAndParses() {
        for (DumpFormat f : DumpFormat.values()) {
            var resp = kg.get(DumpServlet.PATH + "/" + DumpServlet.fileName(f), null);
            assertEquals(200, resp.statusCode(), f.code());
            DatasetGraph d = RDFParser.fromString(resp.body(), f.lang()).toDatasetGraph();
            if (f.keepsGraphs())
                assertTrue(d.getGraph(NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/actors")).size() > 1000, f.code());
            else
                assertTrue(d.getDefaultGraph().size() > 2000, f.code());
        }
        assertEquals(404, kg.get("/dumps/diplokg.exe", null).statusCode());
    }

    @Test
    void exportToFreshStoreAndExportAgainIsIsomorphic(@TempDir Path tmp) throws Exception {
        Namespaces ns = new Namespaces(IriMinter.DEFAULT_BASE);
        Path first = tmp.resolve("first.nq");
        try (var out = java.nio.file.Files.newOutputStream(first)) {
            new DumpWriter(kg.store, ns).write(DumpFormat.NQUADS, out);
        }
        try (KgStore fresh = KgStore.open(tmp.resolve("fresh"))) {
            new DumpReader(fresh, NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/imported")).read(first, null);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new DumpWriter(fresh, ns).write(DumpFormat.NQUADS, again);
            DatasetGraph a = RDFParser.source(first).lang(Lang.NQUADS).toDatasetGraph();
            DatasetGraph b = RDFParser.fromString(again.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NQUADS).toDatasetGraph();
            assertTrue(a.find().hasNext());
            assertTrue(IsoMatcher.isomorphic(a, b), "export → fresh store → export changed the dataset");
        }
    }

    private static Node value(Graph g, Node s, String p) {
        var it = g.find(s, NodeFactory.createURI(p), Node.ANY);
        assertTrue(it.hasNext(), "missing " + p);
        return it.next().getObject();
    }
}
