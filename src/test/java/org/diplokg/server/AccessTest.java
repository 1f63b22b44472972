package org.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.HttpTestClient;
import org.diplokg.SparqlClient;
import org.diplokg.TestData;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may change the store over HTTP: nobody without a password file; with one, only its users,
 * only through {@code /kg/update} and {@code /kg/data}. Admin endpoints that could change or copy
 * data do not exist. The server listens on 127.0.0.1 unless told otherwise.
 */
class AccessTest {
    static final String INSERT = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"%s\" } }";
    static final String ASK = "ASK { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"%s\" } }";
    static final String TURTLE = "<urn:x-test:s> <urn:x-test:p> \"gsp\" .";

    @TempDir
    static Path dir;
    static KgStore store;
    static DiploKgServer open;      // no password file
    static DiploKgServer secured;   // with a password file
    static HttpTestClient anon;
    static HttpTestClient auth;

    @BeforeAll
    static void start() throws IOException {
        store = TestData.seededStore(dir.resolve("db"));
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: s3cret-pass\n");
        open = DiploKgServer.create().store(store).port(0).build().start();
        secured = DiploKgServer.create().store(store).port(0).passwordFile(passwd).build().start();
        anon = new HttpTestClient(open.baseUrl());
        auth = new HttpTestClient(secured.baseUrl());
    }

    @AfterAll
    static void stop() {
        open.stop();
        secured.stop();
        store.close();
    }

    static boolean has(DiploKgServer server, String value) {
        return !new SparqlClient(server.sparqlEndpoint()).select(
                "SELECT * { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"" + value + "\" } }").isEmpty();
    }

    static void assertRefused(HttpResponse<String> r, Set<Integer> allowed, String what) {
        assertTrue(allowed.contains(r.statusCode()), what + " answered " + r.statusCode() + ": " + r.body());
    }

    @Test
    void withoutAPasswordFileNoWriteEndpointExistsAndNothingChanges() throws Exception {
        Set<Quad> before = TestData.snapshot(store);
        String update = INSERT.formatted("anon");
        // Any client error will do (400, 404, 405, 415 ...): what matters is that nothing is written.
        Set<Integer> refused = Set.of(400, 401, 403, 404, 405, 415);
        // No such endpoint: Fuseki answers 404 or, for a path under a dataset, 405.
        assertRefused(anon.updateForm("/kg/update", update, null), Set.of(404, 405), "/kg/update without a password file");
        assertRefused(anon.put("/kg/data?graph=urn:x-test:g", "text/turtle", TURTLE, null), Set.of(404, 405), "/kg/data without a password file");
        assertRefused(anon.updateForm("/kg", update, null), refused, "update on the dataset");
        assertRefused(anon.post("/kg/sparql", "application/sparql-update", update, null), refused, "update via /kg/sparql");
        assertRefused(anon.post("/kg/query", "application/sparql-update", update, null), refused, "update via /kg/query");
        assertRefused(anon.put("/kg/get?graph=urn:x-test:g", "text/turtle", TURTLE, null), refused, "PUT on /kg/get");
        assertRefused(anon.put("/kg?graph=urn:x-test:g", "text/turtle", TURTLE, null), refused, "PUT on /kg");
        assertRefused(anon.post("/kg?default", "text/turtle", TURTLE, null), refused, "POST on /kg");
        assertRefused(anon.delete("/kg/get?default", null), refused, "DELETE on /kg/get");
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void anonymousWritesToTheSecuredServerAre401AndChangeNothing() throws Exception {
        Set<Quad> before = TestData.snapshot(store);
        assertEquals(401, auth.updateForm("/kg/update", INSERT.formatted("anon"), null).statusCode());
        assertEquals(401, auth.post("/kg/update", "application/sparql-update", INSERT.formatted("anon"), null).statusCode());
        assertEquals(401, auth.put("/kg/data?graph=urn:x-test:g", "text/turtle", TURTLE, null).statusCode());
        assertEquals(401, auth.delete("/kg/data?default", null).statusCode());
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void wrongCredentialsAre401AndChangeNothing() throws Exception {
        Set<Quad> before = TestData.snapshot(store);
        assertEquals(401, auth.updateForm("/kg/update", INSERT.formatted("wrong"), "editor:guess").statusCode());
        assertEquals(401, auth.updateForm("/kg/update", INSERT.formatted("wrong"), "nobody:s3cret-pass").statusCode());
        assertEquals(401, auth.put("/kg/data?graph=urn:x-test:g", "text/turtle", TURTLE, "editor:").statusCode());
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void rightCredentialsChangeTheStoreThroughTheWriteEndpointsOnly() throws Exception {
        HttpResponse<String> r = auth.updateForm("/kg/update", INSERT.formatted("editor was here"), "editor:s3cret-pass");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertTrue(has(secured, "editor was here"));
        assertTrue(has(open, "editor was here"), "same store behind both servers");

        HttpResponse<String> put = auth.put("/kg/data?graph=urn:x-test:g2", "text/turtle", TURTLE, "editor:s3cret-pass");
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        assertEquals(200, auth.get("/kg/get?graph=urn:x-test:g2").statusCode());

        // Credentials do not turn the public endpoints into write endpoints.
        Set<Quad> before = TestData.snapshot(store);
        HttpResponse<String> viaSparql = auth.post("/kg/sparql", "application/sparql-update", INSERT.formatted("via sparql"), "editor:s3cret-pass");
        assertTrue(viaSparql.statusCode() >= 400 && viaSparql.statusCode() < 500, "update via /kg/sparql " + viaSparql.statusCode());
        assertFalse(has(secured, "via sparql"));
        assertEquals(before, TestData.snapshot(store));

        // Tidy up through the same door, so other tests see the seed store only.
        HttpResponse<String> drop = auth.updateForm("/kg/update", "DROP SILENT GRAPH <urn:x-test:g> ; DROP SILENT GRAPH <urn:x-test:g2>", "editor:s3cret-pass");
        assertTrue(drop.statusCode() == 200 || drop.statusCode() == 204, drop.statusCode() + " " + drop.body());
        assertFalse(has(secured, "editor was here"));
    }

    @Test
    void readsStayPublicOnTheSecuredServer() throws Exception {
        HttpResponse<String> q = auth.get("/kg/sparql?query=" + HttpTestClient.encode("ASK { ?s ?p ?o }"));
        assertEquals(200, q.statusCode());
        assertTrue(q.body().contains("true"));
        assertEquals(200, auth.get("/kg/get?default").statusCode());
        assertEquals(200, auth.get("/$/ping").statusCode());
    }

    @Test
    void noAdminEndpointCanChangeOrCopyData() throws Exception {
        for (HttpTestClient c : List.of(anon, auth)) {
            for (String path : List.of("/$/backup/kg", "/$/backups/list", "/$/datasets", "/$/datasets/kg", "/$/compact/kg",
                    "/$/sleep", "/$/tasks", "/$/reload", "/$/metrics", "/$/logs", "/$/shutdown")) {
                int post = c.post(path, "application/x-www-form-urlencoded", "dbName=kg2&dbType=mem", null).statusCode();
                int postAuth = c.post(path, "application/x-www-form-urlencoded", "dbName=kg2&dbType=mem", "editor:s3cret-pass").statusCode();
                assertTrue(post >= 400 && postAuth >= 400, path + " answered POST with " + post + "/" + postAuth);
                int delete = c.delete(path, "editor:s3cret-pass").statusCode();
                assertTrue(delete >= 400, path + " answered DELETE with " + delete);
            }
            // The read-only descriptions the UI needs stay public.
            assertEquals(200, c.get("/$/server").statusCode());
            assertEquals(200, c.get("/$/stats").statusCode());
        }
    }

    @Test
    void theServerBindsLoopbackUnlessAHostIsGiven() throws Exception {
        assertEquals("127.0.0.1", open.host());
        assertEquals("127.0.0.1", secured.host());
        DiploKgServer all = DiploKgServer.create().store(store).port(0).host("0.0.0.0").build();
        assertEquals("0.0.0.0", all.host());

        InetAddress external = nonLoopbackAddress();
        assumeTrue(external != null, "no non-loopback IPv4 address on this machine");
        try (Socket s = new Socket()) {
            assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(external, open.port()), 2000),
                    "default server must not answer on " + external);
        }
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface ni : NetworkInterface.networkInterfaces().toList()) {
            if (!ni.isUp() || ni.isLoopback()) continue;
            for (InetAddress a : ni.inetAddresses().toList())
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) return a;
        }
        return null;
    }
}
