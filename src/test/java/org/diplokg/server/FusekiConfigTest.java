package org.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplokg.SparqlClient;
import org.diplokg.TestData;
import org.diplokg.store.StoreBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fuseki-config/config.ttl} serves the same store as {@code ./diplokg serve}: a stock
 * Fuseki configured by that file gives the same answers over HTTP.
 */
class FusekiConfigTest {
    @TempDir
    Path dir;

    @Test
    void stockFusekiWithTheShippedConfigAnswersLikeDiploKg() throws Exception {
        Path db = dir.resolve("db");
        StoreBuilder builder = TestData.seedBuilder();
        builder.buildFresh(db);
        String config = Files.readString(Path.of("fuseki-config/config.ttl"));
        // The shipped file names "db" relative to the working directory; point it at the test's store.
        Path copy = dir.resolve("config.ttl");
        Files.writeString(copy, config.replace("tdb2:location \"db\"", "tdb2:location \"" + db.toAbsolutePath() + "\""));

        String query = Files.readString(Path.of("queries/severances.rq"));
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).parseConfigFile(copy.toString()).build().start();
        List<Map<String, String>> fromConfig;
        try {
            fromConfig = new SparqlClient("http://127.0.0.1:" + fuseki.getPort() + "/kg/sparql").select(query);
            assertEquals(3, fromConfig.size(), fromConfig.toString());
            assertEquals(fromConfig, new SparqlClient("http://127.0.0.1:" + fuseki.getPort() + "/kg/query").select(query));
        } finally {
            fuseki.stop();
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(db.toString()));

        try (var store = org.diplokg.store.KgStore.open(db)) {
            DiploKgServer server = DiploKgServer.create().store(store).port(0).build().start();
            try {
                assertEquals(fromConfig, new SparqlClient(server.sparqlEndpoint()).select(query));
            } finally {
                server.stop();
            }
        }
    }
}
