package org.diplokg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.TestData;
import org.diplokg.ingest.InputException;
import org.diplokg.store.ClaimLoader;
import org.diplokg.store.KgStore;
import org.diplokg.store.ShapeViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random mutants of the seed claims file, loaded into a seeded TDB2 store: each one either
 * loads cleanly or fails with an {@link InputException}/{@link ShapeViolationException} whose
 * message starts with {@code file:line}, and after a failure the store holds exactly the quads it
 * held before. Never an uncaught exception of another kind, never a partial write.
 */
class ClaimCsvFuzzTest {
    static final long SEED = 20240806L;
    static final int ITERATIONS = 300;

    @TempDir
    Path dir;

    @Test
    void mutatedClaimsFilesLoadCleanlyOrFailCleanly() throws Exception {
        byte[] original = Files.readAllBytes(TestData.seed().curatedClaims().get(0));
        Mutator mutator = new Mutator(SEED);
        ClaimLoader loader = TestData.seedBuilder().loader();
        int clean = 0, rejected = 0;
        try (KgStore store = TestData.seededStore(dir.resolve("db"))) {
            Set<Quad> before = TestData.snapshot(store);
            for (int i = 0; i < ITERATIONS; i++) {
                Path file = dir.resolve("mutant-" + i + ".csv");
                Files.write(file, mutator.mutate(original));
                Pattern located = Pattern.compile("^" + Pattern.quote(file.toString()) + ":\\d+(:\\d+)?: .+", Pattern.DOTALL);
                try {
                    loader.load(store, List.of(file));
                    clean++;
                    before = TestData.snapshot(store); // a clean load may add claims: the new baseline
                } catch (InputException e) {
                    rejected++;
                    assertTrue(located.matcher(e.getMessage()).matches(), "iteration " + i + ": " + e.getMessage());
                    assertEquals(before, TestData.snapshot(store), "iteration " + i + " wrote part of a failed load");
                } catch (ShapeViolationException e) {
                    rejected++;
                    assertTrue(e.getMessage().contains(file + ":"), "iteration " + i + ": " + e.getMessage());
                    assertEquals(before, TestData.snapshot(store), "iteration " + i + " wrote part of a failed load");
                } catch (RuntimeException e) {
                    fail("seed " + SEED + ", iteration " + i + " (" + file + "): uncaught " + e, e);
                }
                Files.delete(file);
            }
        }
        assertEquals(ITERATIONS, clean + rejected);
        assertTrue(rejected > ITERATIONS / 2, "most mutants should be rejected: " + rejected);
    }
}
