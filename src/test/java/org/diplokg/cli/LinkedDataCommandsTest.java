package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.DataLayout;
import org.diplokg.store.KgStore;
import org.diplokg.store.StoreBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provenance, export and import commands, run as a user would run them. */
class LinkedDataCommandsTest {
    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        try (KgStore store = KgStore.open(db)) {
            new StoreBuilder(DataLayout.standard(), IriMinter.withDefaultBase()).loadInto(store);
        }
    }

    @Test
    void provenanceByNameListsSourcesAndTheDenial() {
        String text = run("provenance", "--db", db.toString(), "--actor", "Mali", "--relation", "accuses", "--target", "Ukraine");
        assertTrue(text.startsWith("Mali accuses Ukraine: 2 claim(s), 5 source(s)"), text);
        assertTrue(text.contains("dates: 2024-08-04: 1 source, undated: 4 sources  (sources disagree)"), text);
        assertTrue(text.contains("denied: Ukraine denies an accusation by Mali (2024-08-05)"), text);
        String json = run("provenance", "--db", db.toString(), "--actor", "niger", "--relation", "severs", "--target", "Q212", "--json");
        assertTrue(json.contains("\"corroboration\" : 4"), json);
    }

    @Test
    void exportThenImportIntoAFreshStoreGivesTheSameDataset() throws Exception {
        Path first = tmp.resolve("first.nq");
        Path second = tmp.resolve("second.nq");
        run("export", "--db", db.toString(), "--format", "nquads", "--out", first.toString());
        run("import", "--db", tmp.resolve("fresh").toString(), first.toString());
        run("export", "--db", tmp.resolve("fresh").toString(), "--format", "nquads", "--out", second.toString());
        DatasetGraph a = RDFParser.source(first).lang(Lang.NQUADS).toDatasetGraph();
        DatasetGraph b = RDFParser.source(second).lang(Lang.NQUADS).toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(a, b));
        for (String f : new String[] {"trig", "turtle", "ntriples", "jsonld"}) {
            Path out = tmp.resolve("dump." + f);
            run("export", "--db", db.toString(), "--format", f, "--out", out.toString());
            assertTrue(Files.size(out) > 10_000, f);
        }
    }

    /** Runs a command and returns what it printed; fails unless it exits 0. */
    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            code = Main.commandLine().execute(args);
        } finally {
            System.setOut(saved);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, String.join(" ", args) + "\n" + printed);
        return printed;
    }
}
