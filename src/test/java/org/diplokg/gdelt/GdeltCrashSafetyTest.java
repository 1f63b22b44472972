package org.diplokg.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.TestData;
import org.diplokg.bench.GdeltGenerator;
import org.diplokg.ingest.ActorTable;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during a crash-safe GDELT import leaves the store exactly as before. The child JVM reads
 * its GDELT file from a named pipe, so the parent decides how far the import has got: the pipe
 * holds at most 64 KiB, so once the parent's write of N rows returns, the child has taken all but
 * a few hundred of them (and written their batches of {@value GdeltImporter#BATCH_ROWS} into its open
 * transaction). Killed there, and killed with every row read but the file not yet ended, the store
 * is unchanged; an import allowed to finish keeps its data after a kill.
 */
class GdeltCrashSafetyTest {
    // 8,677 rows, 7,666 of them mapped: the first batch of 5,000 is in the transaction well before
    // five sixths of the file (about 6,400 mapped rows) have gone through the pipe.
    static final int CLAIMS = 4_000;

    @TempDir
    static Path dir;
    static Path db;
    static Set<Quad> before;
    static byte[] rows;

    @BeforeAll
    static void seed() throws IOException {
        db = dir.resolve("db");
        try (KgStore store = TestData.seededStore(db)) {
            before = TestData.snapshot(store);
        }
        ActorTable actors = ActorTable.read(Path.of("data/actors.csv"));
        StringWriter out = new StringWriter();
        new GdeltGenerator(CameoCountryMap.read(Path.of("data/cameo-countries.csv"), actors), 42).write(CLAIMS, out);
        rows = out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How much of the file the parent feeds before the kill. */
    enum Feed { FIVE_SIXTHS, ALL_BUT_THE_END, ALL }

    static String run(Feed feed) throws Exception {
        Path fifo = dir.resolve("gdelt-" + feed + ".CSV");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is needed for this test");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                GdeltCrashChild.class.getName(), db.toString(), fifo.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("IMPORTING", out.readLine());
            OutputStream pipe = Files.newOutputStream(fifo); // blocks until the child opens it
            try {
                switch (feed) {
                    case FIVE_SIXTHS -> pipe.write(rows, 0, cutAfterLine(rows.length * 5 / 6));
                    case ALL_BUT_THE_END -> pipe.write(rows, 0, rows.length - 1); // the last line never ends
                    case ALL -> {
                        pipe.write(rows);
                        pipe.close();
                        last = out.readLine(); // DONE: committed
                    }
                }
                pipe.flush();
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
                try {
                    pipe.close();
                } catch (IOException brokenPipe) {
                    // the reader is dead: expected
                }
            }
        }
        return last;
    }

    static int cutAfterLine(int at) {
        while (rows[at - 1] != '\n') at++;
        return at;
    }

    static Set<Quad> snapshot() {
        try (KgStore store = KgStore.open(db)) {
            return TestData.snapshot(store);
        }
    }

    @Test
    void sigkillDuringAGdeltImportLeavesTheStoreAsBeforeAndAFinishedImportSurvivesIt() throws Exception {
        run(Feed.FIVE_SIXTHS);
        assertEquals(before, snapshot(), "after a kill with five sixths of the rows imported");
        run(Feed.ALL_BUT_THE_END);
        assertEquals(before, snapshot(), "after a kill with every row read, the file not ended");
        assertEquals("DONE", run(Feed.ALL));
        Set<Quad> after = snapshot();
        assertTrue(after.containsAll(before));
        assertTrue(after.size() > before.size() + CLAIMS, "quads after the import: " + after.size());
    }
}
