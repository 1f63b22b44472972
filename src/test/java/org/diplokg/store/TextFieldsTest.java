package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.TestData;
import org.diplokg.ontology.IriMinter;
import org.diplokg.query.BoundQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text is data: BOM and CRLF files load exactly like plain LF files; quotes and newlines inside
 * fields are kept; IRIs and SPARQL syntax inside quotes and notes stay plain literals; and query
 * parameters carrying such text are bound as values, never spliced into SPARQL.
 */
class TextFieldsTest {
    static final String HEADER = "relation,actor,target,date,topic,source,quote,status,note\n";
    static final String ARTICLE = "900_text-fields.txt";
    static final String NASTY = "See <http://evil.example/x> } ; DROP ALL ; INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> } #";
    static final String QUOTED = "He said \"enough\" >\nand left";
    static final String PLAIN = "Nothing special happened on Tuesday";

    @TempDir
    static Path dir;
    static StoreBuilder builder;

    @BeforeAll
    static void data() {
        String article = "Test article.\n" + NASTY + "\n" + QUOTED + ".\n" + PLAIN + ".\n";
        builder = new StoreBuilder(TestData.seedCopyWithArticle(dir.resolve("data"), ARTICLE, article), IriMinter.withDefaultBase());
    }

    static String csvField(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static String row(String quote, String note) {
        return "severs,niger,ukraine,2024-08-06,," + ARTICLE + "," + csvField(quote) + ",accepted," + csvField(note) + "\n";
    }

    static Set<Quad> load(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        try (KgStore store = KgStore.inMemory()) {
            builder.loader().load(store, List.of(file));
            return TestData.snapshot(store);
        }
    }

    static Set<Quad> load(String name, String content) throws Exception {
        return load(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bomAndCrlfFilesLoadExactlyLikeThePlainFile() throws Exception {
        // The committed seed file has CRLF line ends; its LF form is the reference.
        String seed = Files.readString(TestData.seed().curatedClaims().get(0)).replace("\r\n", "\n");
        assertFalse(seed.contains("\r"));
        Set<Quad> plain = load("lf.csv", seed);
        assertTrue(plain.size() > 1000, "seed loads " + plain.size() + " quads");
        assertEquals(plain, load("crlf.csv", seed.replace("\n", "\r\n")));
        assertEquals(plain, load("bom.csv", "\uFEFF" + seed));
        assertEquals(plain, load("bom-crlf.csv", "\uFEFF" + seed.replace("\n", "\r\n")));
    }

    @Test
    void quotesAndNewlinesInsideFieldsArePreserved() throws Exception {
        Set<Quad> quads = load("quoted.csv", HEADER + row(QUOTED, "a note, with \"quotes\"\nover two lines"));
        assertTrue(quads.stream().anyMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals(QUOTED)),
                "quote with embedded quotes and newline kept verbatim");
    }

    @Test
    void irisAndSparqlInsideTextStayPlainLiterals() throws Exception {
        Set<Quad> reference = load("plain.csv", HEADER + row(PLAIN, "plain note"));
        Set<Quad> nasty = load("nasty.csv", HEADER + row(NASTY, NASTY));
        // Same shape of data: one claim, one evidence, one quote; only the quote's text differs.
        assertEquals(reference.size(), nasty.size());
        Quad exact = nasty.stream().filter(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals(NASTY))
                .findFirst().orElseThrow();
        assertEquals("http://www.w3.org/2001/XMLSchema#string", exact.getObject().getLiteralDatatypeURI());
        for (Quad q : nasty)
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))
                assertFalse(n.isURI() && (n.getURI().startsWith("http://evil.example") || n.getURI().startsWith("urn:x:")), "IRI from text: " + q);
    }

    @Test
    void queryParametersAreBoundAsValuesNotSpliced() throws Exception {
        Path file = dir.resolve("params.csv");
        Files.writeString(file, HEADER + row(NASTY, "") + row(QUOTED, ""));
        try (KgStore store = KgStore.inMemory()) {
            builder.loader().load(store, List.of(file));
            long quads = store.quadCount();
            BoundQuery byText = BoundQuery.of("SELECT ?sel WHERE { GRAPH ?g { ?sel <http://www.w3.org/ns/oa#exact> ?text } }");
            for (String text : List.of(NASTY, QUOTED))
                assertEquals(1, byText.select(store.datasetGraph(), Map.of("text", NodeFactory.createLiteralString(text))).size(), text);
            for (String text : List.of("\"", ">", "}", "\n", "\" } ; DROP ALL ; #", "x\" || true || \"", "}} UNION { ?s ?p ?o }")) {
                List<Binding> rows = byText.select(store.datasetGraph(), Map.of("text", NodeFactory.createLiteralString(text)));
                assertEquals(0, rows.size(), "parameter " + text.replace("\n", "\\n"));
            }
            assertEquals(quads, store.quadCount());
        }
    }
}
