package org.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.HttpTestClient;
import org.diplokg.TestData;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON APIs take parameters that reach SPARQL. Values full of SPARQL syntax (quotes,
 * {@code >}, <code>}</code>, newlines, whole clauses) are answered as values: a 4xx or an empty
 * answer, never a server error, never a changed store, never results from an injected pattern.
 */
class ApiParameterTest {
    static final List<String> NASTY = List.of("\"", ">", "}", "\n", "Q1032\" } UNION { ?s ?p ?o } #",
            "Q1032> } ; DROP ALL ; #", "<http://www.wikidata.org/entity/Q1032>", "Q1032\nQ212", "2024-08-05\" ) } #",
            "' OR 1=1 --", "}}}}", "\\u0022");

    @TempDir
    static Path dir;
    static KgStore store;
    static DiploKgServer server;
    static HttpTestClient http;

    @BeforeAll
    static void start() {
        store = TestData.seededStore(dir.resolve("db"));
        server = DiploKgServer.create().store(store).port(0).build().start();
        http = new HttpTestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void nastyParametersAreValuesNotSparql() throws Exception {
        Set<Quad> before = TestData.snapshot(store);
        HttpResponse<String> good = http.get("/api/provenance?actor=Q1032&relation=severs&target=Q212");
        assertEquals(200, good.statusCode(), good.body());
        for (String v : NASTY) {
            String e = HttpTestClient.encode(v);
            for (String path : List.of(
                    "/api/provenance?actor=" + e + "&relation=severs&target=Q212",
                    "/api/provenance?actor=Q1032&relation=" + e + "&target=Q212",
                    "/api/provenance?actor=Q1032&relation=severs&target=" + e,
                    "/api/relations?a=" + e + "&b=Q212&asOf=2024-08-05",
                    "/api/relations?a=Q912&b=" + e + "&asOf=2024-08-05",
                    "/api/relations?a=Q912&b=Q212&asOf=" + e)) {
                HttpResponse<String> r = http.get(path);
                assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode() + " " + r.body());
                // An injected UNION { ?s ?p ?o } would return the whole store.
                assertTrue(r.body().length() < good.body().length() * 4 + 2000, path + " returned " + r.body().length() + " chars");
            }
        }
        assertEquals(before, TestData.snapshot(store));
    }
}
