package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplokg.TestData;
import org.diplokg.cli.Main;
import org.diplokg.ontology.DK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor's CSV output is a claims file the loader takes as it is, with method "extracted". */
class ExtractedClaimsLoadTest {
    @TempDir
    Path dir;

    @Test
    void extractThenLoadKeepsTheExtractedMethodOnEveryEvidence() {
        Path out = dir.resolve("extracted.csv");
        int exit = Main.commandLine().execute("extract", "--articles", "data/articles", "--sources", "data/sources.csv",
                "--out", out.toString());
        assertEquals(0, exit);
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            LoadReport report = TestData.seedBuilder().loader().load(store, List.of(out));
            assertTrue(report.claims() >= 5, "claims loaded: " + report.claims());
            Set<Node> methods = Txn.calculateRead(store.datasetGraph(), () -> {
                Set<Node> found = new HashSet<>();
                store.datasetGraph().getUnionGraph().find(Node.ANY, DK.method, Node.ANY)
                        .forEachRemaining(t -> found.add(t.getObject()));
                return found;
            });
            assertEquals(Set.of(DK.method(org.diplokg.model.Method.EXTRACTED)), methods);
        }
    }
}
