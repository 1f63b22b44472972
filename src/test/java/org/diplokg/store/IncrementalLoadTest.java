package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplokg.TestData;
import org.diplokg.ontology.DK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims loaded in several steps: a later file may lean on what an earlier one put in the store. */
class IncrementalLoadTest {
    @TempDir
    Path dir;

    @Test
    void aDenialLoadedOnItsOwnAnswersAnAccusationLoadedBefore() throws Exception {
        List<String> curated = Files.readAllLines(TestData.seed().curatedClaims().get(0), StandardCharsets.UTF_8);
        String header = curated.get(0);
        List<String> accusations = curated.stream().filter(l -> l.startsWith("accuses,mali,ukraine,")).toList();
        List<String> denial = curated.stream().filter(l -> l.startsWith("denies,ukraine,mali,2024-08-05,")).limit(1).toList();
        assertTrue(!accusations.isEmpty() && denial.size() == 1, "the seed claims have Mali's charges and Ukraine's denial");
        Path first = write("accusations.csv", header, accusations);
        Path second = write("denial.csv", header, denial);
        ClaimLoader loader = TestData.seedBuilder().loader();
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            loader.load(store, List.of(first));
            // Before the fix the shapes saw the answered accusation typed but without its actor, target and
            // evidence, and refused the load.
            LoadReport report = loader.load(store, List.of(second));
            assertEquals(1, report.kept());
            long answers = Txn.calculateRead(store.datasetGraph(), () -> {
                long n = 0;
                var it = store.datasetGraph().getUnionGraph().find(Node.ANY, DK.answers, Node.ANY);
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
            assertTrue(answers > 0, "the denial answers Mali's accusation");
        }
    }

    private Path write(String name, String header, List<String> rows) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        return p;
    }
}
