package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.TestData;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diplokg backup --out FILE} and {@code diplokg restore FILE}: a round trip gives the same
 * quads; restore refuses a non-empty store; a damaged backup leaves the empty store empty.
 */
class BackupRestoreTest {
    @TempDir
    static Path dir;
    static Path source;
    static Path backup;
    static Set<Quad> original;

    @BeforeAll
    static void backUp() {
        source = dir.resolve("db");
        try (KgStore store = TestData.seededStore(source)) {
            original = TestData.snapshot(store);
        }
        backup = dir.resolve("kg.nq.gz");
        CliTest.Run r = CliTest.run("backup", "--db", source.toString(), "--out", backup.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("wrote " + original.size() + " quads"), r.out());
    }

    static Set<Quad> snapshotOf(Path db) {
        try (KgStore store = KgStore.open(db)) {
            return TestData.snapshot(store);
        }
    }

    @Test
    void backupAndRestoreRoundTripGivesTheSameQuads() {
        Path target = dir.resolve("restored");
        CliTest.Run r = CliTest.run("restore", "--db", target.toString(), backup.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(original, snapshotOf(target));
    }

    @Test
    void restoreRefusesAStoreThatIsNotEmpty() {
        CliTest.Run r = CliTest.run("restore", "--db", source.toString(), backup.toString());
        assertEquals(ErrorHandler.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals(original, snapshotOf(source));
    }

    @Test
    void aDamagedBackupLeavesTheStoreEmpty() throws Exception {
        byte[] good = Files.readAllBytes(backup);
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x55;
        byte[][] damaged = {
                Arrays.copyOf(good, good.length / 2),   // truncated mid-stream
                Arrays.copyOf(good, good.length - 4),   // truncated trailer (length)
                flipped,                                // a flipped byte: inflate error, CRC or parse error
                "not a backup".getBytes()};
        for (int i = 0; i < damaged.length; i++) {
            Path file = dir.resolve("damaged-" + i + ".nq.gz");
            Files.write(file, damaged[i]);
            Path target = dir.resolve("empty-" + i);
            CliTest.Run r = CliTest.run("restore", "--db", target.toString(), file.toString());
            assertEquals(ErrorHandler.BAD_INPUT, r.exit(), "case " + i + ": " + r.out() + r.err());
            assertTrue(r.err().contains("damaged backup"), r.err());
            assertTrue(snapshotOf(target).isEmpty(), "case " + i);
        }
    }
}
