package org.diplokg.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.TestData;
import org.diplokg.fuzz.Mutator;
import org.diplokg.ingest.ActorTable;
import org.diplokg.ingest.InputException;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.KgStore;
import org.diplokg.store.Ontology;
import org.diplokg.store.ShapeViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad GDELT files stop the crash-safe import with {@code file:line} and leave a seeded store
 * exactly as it was: a wrong column count (first row, later row, truncated last row), binary
 * garbage, a 1 GB file of one line; and 300 seeded mutants of the GDELT 2.0 sample import cleanly
 * or fail that way, never with another exception, never half-written.
 */
class GdeltBadInputTest {
    static final long SEED = 20150218L;
    static final int ITERATIONS = 300;

    @TempDir
    static Path dir;
    static KgStore store;
    static GdeltImporter importer;
    static byte[] sample;

    @BeforeAll
    static void setUp() throws Exception {
        store = TestData.seededStore(dir.resolve("db"));
        ActorTable actors = ActorTable.read(Path.of("data/actors.csv"));
        IriMinter iris = IriMinter.withDefaultBase();
        importer = new GdeltImporter(actors, CameoCountryMap.read(Path.of("data/cameo-countries.csv"), actors), iris,
                Ontology.load(iris), Progress.silent());
        sample = Files.readAllBytes(Path.of(GdeltBadInputTest.class.getResource("/gdelt/20150218230000.export.sample100.CSV").toURI()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Path write(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    static void assertRejectedAt(Path file, String where) {
        Set<Quad> before = TestData.snapshot(store);
        InputException e = assertThrows(InputException.class, () -> importer.importInto(store, List.of(file)));
        assertTrue(e.getMessage().startsWith(file + where), "expected " + file + where + " in: " + e.getMessage());
        assertEquals(before, TestData.snapshot(store));
    }

    static String[] lines() {
        return new String(sample, StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void wrongColumnCountsAreRejectedWithTheirLine() throws Exception {
        String[] lines = lines();
        assertRejectedAt(write("ten-columns.CSV", "a\tb\tc\td\te\tf\tg\th\ti\tj\n".getBytes(StandardCharsets.UTF_8)), ":1: found 10");
        String extra = lines[0] + "\n" + lines[1] + "\textra\n";
        assertRejectedAt(write("extra-column.CSV", extra.getBytes(StandardCharsets.UTF_8)), ":2: found 62");
        String missing = lines[0] + "\n" + lines[1].substring(0, lines[1].lastIndexOf('\t')) + "\n";
        assertRejectedAt(write("missing-column.CSV", missing.getBytes(StandardCharsets.UTF_8)), ":2: found 60");
        byte[] cut = Arrays.copyOf(sample, sample.length - 200);
        assertRejectedAt(write("truncated-last-row.CSV", cut), ":" + lines.length + ": found");
    }

    @Test
    void binaryGarbageIsRejected() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(SEED).nextBytes(garbage);
        assertRejectedAt(write("garbage.CSV", garbage), ":");
    }

    @Test
    void aOneGigabyteFileOfOneLineIsRefusedAtLineOne() throws Exception {
        Path file = dir.resolve("one-line.CSV");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(1L << 30); // sparse: no disk cost
        }
        long t0 = System.nanoTime();
        assertRejectedAt(file, ":1: record longer than");
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "must stop early, not read the gigabyte");
    }

    @Test
    void anEmptyFileChangesNothing() throws Exception {
        Set<Quad> before = TestData.snapshot(store);
        Path file = write("empty.CSV", new byte[0]);
        try {
            assertEquals(0, importer.importInto(store, List.of(file)).rows());
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        }
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void mutatedGdeltFilesImportCleanlyOrFailCleanly() throws Exception {
        Mutator mutator = new Mutator(SEED);
        Set<Quad> before = TestData.snapshot(store);
        int rejected = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Path file = write("mutant-" + i + ".CSV", mutator.mutate(sample));
            Pattern located = Pattern.compile("^" + Pattern.quote(file.toString()) + ":\\d+(:\\d+)?: .+", Pattern.DOTALL);
            try {
                importer.importInto(store, List.of(file));
                before = TestData.snapshot(store); // a clean import may add claims: the new baseline
            } catch (InputException e) {
                rejected++;
                assertTrue(located.matcher(e.getMessage()).matches(), "iteration " + i + ": " + e.getMessage());
                assertEquals(before, TestData.snapshot(store), "iteration " + i + " wrote part of a failed import");
            } catch (ShapeViolationException e) {
                rejected++;
                assertEquals(before, TestData.snapshot(store), "iteration " + i + " wrote part of a failed import");
            } catch (RuntimeException e) {
                fail("seed " + SEED + ", iteration " + i + " (" + file + "): uncaught " + e, e);
            }
            Files.delete(file);
        }
        assertTrue(rejected > 0, "some mutants must be rejected");
    }
}
