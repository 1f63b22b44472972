package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.BigClaims;
import org.diplokg.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during a load never damages the store: a child JVM loads a large claims file into a
 * seeded TDB2 store and is killed with {@link Process#destroyForcibly()} at five points of the
 * load (reading input; early, and well into, writing; validating; about to commit). Each time
 * the reopened store holds exactly the quads it held before. The same store takes all five
 * crashes in turn, so recovery after one crash is tested by the next. Finally a load that ran
 * to completion is killed after its commit, and its data is there after reopening.
 */
class CrashSafetyTest {
    static final int ROWS = 5_000;

    @TempDir
    static Path dir;
    static Path db;
    static Path claims;
    static Set<Quad> before;

    @BeforeAll
    static void seed() {
        db = dir.resolve("db");
        try (KgStore store = TestData.seededStore(db)) {
            before = TestData.snapshot(store);
        }
        claims = BigClaims.write(dir.resolve("big.csv"), ROWS);
    }

    /** Runs the child until it reports {@code stopAt}, kills it, and returns what it printed. */
    static List<String> loadAndKill(String stopAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                CrashLoadChild.class.getName(), db.toString(), claims.toString(), stopAt)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                if (line.equals("STOPPED") || line.equals("DONE")) break;
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
        }
        return lines;
    }

    static void assertKilledAtAndUnchanged(String stopAt) throws Exception {
        List<String> lines = loadAndKill(stopAt);
        assertEquals("STOPPED", lines.get(lines.size() - 1), "child output: " + lines);
        try (KgStore store = KgStore.open(db)) {
            assertEquals(before, TestData.snapshot(store), "store after SIGKILL at " + stopAt);
        }
    }

    @Test
    void sigkillAtFivePointsOfALoadLeavesTheStoreExactlyAsBefore() throws Exception {
        assertKilledAtAndUnchanged("READING");
        assertKilledAtAndUnchanged("WRITING:10000");
        assertKilledAtAndUnchanged("WRITING:" + ROWS * 5);
        assertKilledAtAndUnchanged("VALIDATING");
        assertKilledAtAndUnchanged("COMMITTING");
        // After all that, a complete load still works, and a kill after its commit loses nothing.
        List<String> lines = loadAndKill("COMMITTED");
        assertTrue(lines.get(lines.size() - 2).startsWith("COMMITTED "), "child output: " + lines);
        long committed = Long.parseLong(lines.get(lines.size() - 2).substring("COMMITTED ".length()));
        try (KgStore store = KgStore.open(db)) {
            Set<Quad> after = TestData.snapshot(store);
            assertTrue(after.containsAll(before));
            assertEquals(before.size() + committed, after.size(), "quads added by the committed load");
            assertTrue(after.size() > before.size() + ROWS, "quads after the load: " + after.size());
        }
    }
}
