package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.TestData;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line as a user runs it: exit codes and messages. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "load", "query", "backup", "restore", "bench-load"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().contains("Usage: diplokg " + command), r.out());
        }
        String serve = run("serve", "--help").out();
        assertTrue(serve.contains("--host") && serve.contains("--passwd"), serve);
    }

    @Test
    void queryOnAMissingStoreExitsTwoAndCreatesNothing() {
        Path db = dir.resolve("nostore");
        Run r = run("query", "--db", db.toString(), "SELECT * { ?s ?p ?o } LIMIT 1");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("there is no store in " + db), r.err());
        // Otherwise `serve` would take the empty folder for a built store and serve nothing.
        assertTrue(Files.notExists(db), "query must not create " + db);
    }

    @Test
    void extractNamesAMissingManifest() throws Exception {
        Path out = dir.resolve("claims.csv");
        Run missing = run("extract", "--articles", "data/articles", "--sources", dir.resolve("nope.csv").toString(),
                "--out", out.toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("nope.csv: no such file"), missing.err());
        assertTrue(Files.notExists(out));
        // data/articles keeps its manifest one level up: without --sources the user is told the dates suffer.
        Run bare = run("extract", "--articles", "data/articles", "--out", out.toString());
        assertEquals(0, bare.exit(), bare.err());
        assertTrue(bare.err().contains("warning: no manifest"), bare.err());
        Run full = run("extract", "--articles", "data/articles", "--sources", "data/sources.csv", "--out", out.toString());
        assertEquals(0, full.exit(), full.err());
        assertEquals("", full.err());
    }

    @Test
    void loadTwiceThenBadInputExitsTwoWithFileAndLine() throws Exception {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("load", "--db", db, "data/curated/claims.csv").exit());
        Set<Quad> loaded;
        try (KgStore store = KgStore.open(Path.of(db))) {
            loaded = TestData.snapshot(store);
        }
        assertEquals(0, run("load", "--db", db, "data/curated/claims.csv").exit());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "relation,actor,target,date,topic,source,quote,status,note\n"
                + "severs,niger,narnia,2024-08-06,,001_491341cf80c4d23a.txt,Niger,accepted,\n");
        Run r = run("load", "--db", db, bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(bad + ":2:3: target: unknown actor 'narnia'"), r.err());
        assertTrue(r.err().contains("store is unchanged"), r.err());
        try (KgStore store = KgStore.open(Path.of(db))) {
            assertEquals(loaded, TestData.snapshot(store));
        }
    }

    @Test
    void unknownSubcommandOrMissingArgumentIsAUsageError() {
        assertEquals(2, run("frobnicate").exit());
        assertEquals(2, run("load").exit());
    }
}
