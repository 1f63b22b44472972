package org.diplokg.linkeddata;

import org.diplokg.SeedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.export.DumpFormat;
import org.diplokg.export.DumpWriter;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.IriMinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Dereferencing over HTTP against a real server: every subject IRI of an export resolves in all
 * five formats, and the RDF formats parse back to exactly the description the export holds
 * (the same {@link ResourceDescriber} rules applied to the exported dataset).
 */
class DereferenceHttpTest {
    private static final SiteLayout SITE = new SiteLayout(IriMinter.DEFAULT_BASE);

    @TempDir
    static Path dir;
    static SeedServer kg;
    static DatasetGraph exported;

    @BeforeAll
    static void start() {
        kg = new SeedServer(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DumpWriter(kg.store, new Namespaces(SITE.base())).write(DumpFormat.NQUADS, out);
        exported = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).toDatasetGraph();
    }

    @AfterAll
    static void stop() {
        kg.close();
    }

    @Test
    void everySubjectOfTheExportDereferencesInAllFiveFormats() {
        Graph union = exported.getUnionGraph();
        // Server path -> the IRI (without fragment) it serves; fragment IRIs are served by their document.
        Map<String, String> paths = new TreeMap<>();
        List<Node> fragmentSubjects = new ArrayList<>();
        union.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            assertTrue(s.isURI(), "no blank nodes: " + s);
            String path = SITE.localPath(s.getURI());
            assertNotNull(path, "subject outside DiploKG's IRIs: " + s);
            String iri = s.getURI().contains("#") ? s.getURI().substring(0, s.getURI().indexOf('#')) : s.getURI();
            paths.put(path, iri);
            if (!iri.equals(s.getURI())) fragmentSubjects.add(s);
        });
        assertTrue(paths.size() > 250, "actors, claims, evidence, sources, publishers, ontology: " + paths.size());
        for (var e : paths.entrySet()) {
            Graph expected = expectedDescription(e.getValue());
            for (Representation rep : Representation.values()) {
                var resp = kg.get(e.getKey(), rep.mediaType());
                assertEquals(200, resp.statusCode(), e.getKey() + " as " + rep);
                assertEquals("Accept", resp.headers().firstValue("Vary").orElse(null));
                assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(rep.mediaType()),
                        e.getKey() + " " + resp.headers().firstValue("Content-Type"));
                if (rep == Representation.HTML) continue;
                Graph got = parse(resp.body(), rep.rdfFormat().getLang());
                assertTrue(expected.isIsomorphicWith(got), e.getKey() + " as " + rep + ": expected "
                        + expected.size() + " triples, got " + got.size());
            }
        }
        for (Node s : fragmentSubjects) {
            Graph doc = expectedDescription(s.getURI().substring(0, s.getURI().indexOf('#')));
            union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> assertTrue(doc.contains(t), t.toString()));
        }
    }

    /** The description rules of {@link ResourceDescriber}, applied to the export. */
    private static Graph expectedDescription(String iri) {
        if (SiteLayout.inOntology(iri)) return exported.getGraph(NodeFactory.createURI(DK.ONTOLOGY_IRI));
        return ResourceDescriber.conciseBoundedDescription(exported.getUnionGraph(), NodeFactory.createURI(iri));
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    @Test
    void claimDescriptionIncludesItsEvidenceAndSelectors() {
        String claim = kg.json("/api/provenance?actor=niger&relation=severs&target=ukraine")
                .get("claims").getAsArray().get(0).getAsObject().getString("iri");
        Graph g = parse(kg.get(SITE.localPath(claim), "text/turtle").body(), Lang.TURTLE);
        Node c = NodeFactory.createURI(claim);
        long evidence = g.find(c, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), Node.ANY).toList().size();
        assertEquals(4, evidence);
        assertTrue(g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), Node.ANY).toList().size() >= 4);
    }

    @Test
    void unknownIrisAre404AndUnacceptableTypes406() {
        assertEquals(404, kg.get("/id/actor/atlantis", "text/turtle").statusCode());
        assertEquals(404, kg.get("/id/claim/severs-0000000000000000", "text/html").statusCode());
        assertEquals(404, kg.get("/id/", "text/turtle").statusCode());
        assertEquals(404, kg.get("/ontology/nothing-here", "text/turtle").statusCode());
        assertEquals(406, kg.get("/id/actor/niger", "image/png").statusCode());
        var plain = kg.get("/id/actor/niger", null);
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        var browser = kg.get("/id/actor/niger", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void ontologyNamespaceResolvesToTheOntology() {
        Graph ontology = parse(kg.get("/ontology", "text/turtle").body(), Lang.TURTLE);
        assertTrue(ontology.contains(NodeFactory.createURI(DK.NS + "Claim"), Node.ANY, Node.ANY));
        assertTrue(ontology.isIsomorphicWith(exported.getGraph(NodeFactory.createURI(DK.ONTOLOGY_IRI))));
        assertEquals(200, kg.get("/ontology/cameo/016", "application/ld+json").statusCode());
        assertTrue(kg.get("/ontology", "text/html").body().contains("Severance"));
    }

    @Test
    void namedGraphsDereferenceToTheirContents() {
        Graph actors = parse(kg.get("/id/graph/actors", "application/n-triples").body(), RDFLanguages.NTRIPLES);
        assertTrue(actors.isIsomorphicWith(exported.getGraph(NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/actors"))));
    }

    @Test
    void actorAndClaimPagesAreWellFormedAndTheirLinksResolve() throws Exception {
        String mali = kg.get("/id/actor/mali", "text/html").body();
        Document page = xml(mali);
        assertEquals("Mali — DiploKG", page.getElementsByTagName("title").item(0).getTextContent());
        // Both directions: Mali's severances and accusations, and Ukraine's denials addressed to Mali.
        assertTrue(mali.contains("Mali severs relations with Ukraine (2024-08-04)"));
        assertTrue(mali.contains("Ukraine denies an accusation by Mali (2024-08-05)"));
        assertTrue(mali.contains("Malian authorities") || mali.contains("Mali&#39;s government spokesman"), "quotes shown");
        String claimPath = firstHref(page, "/id/claim/severs-");
        String claimHtml = kg.get(claimPath, "text/html").body();
        Document claim = xml(claimHtml);
        assertTrue(claimHtml.contains("Evidence (3)"), "all three sources of Mali's 4 August severance");
        for (Document d : List.of(page, claim)) {
            TreeSet<String> local = new TreeSet<>();
            NodeList links = d.getElementsByTagName("a");
            for (int i = 0; i < links.getLength(); i++) {
                String href = links.item(i).getAttributes().getNamedItem("href").getNodeValue();
                if (href.startsWith("/")) local.add(href.contains("#") ? href.substring(0, href.indexOf('#')) : href);
            }
            assertFalse(local.isEmpty());
            for (String href : local)
                if (!href.equals("/")) assertEquals(200, kg.get(href, "text/html").statusCode(), href);
        }
    }

    @Test
    void textIsEscapedInPages() throws Exception {
        // Quotes in the seed data hold ' and " characters; the page must still parse.
        String html = kg.get("/id/actor/niger", "text/html").body();
        xml(html);
        assertTrue(html.contains("&quot;with immediate effect&quot;"));
    }

    private static String firstHref(Document d, String prefix) {
        NodeList links = d.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = links.item(i).getAttributes().getNamedItem("href").getNodeValue();
            if (href.startsWith(prefix)) return href;
        }
        throw new AssertionError("no link starting " + prefix);
    }

    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
