package org.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.diplokg.HttpTestClient;
import org.diplokg.TestData;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configured query timeout stops an expensive query (a three-way cross product of the whole
 * store, about 10^10 rows on the seed data) with 503 within the timeout plus one second, while
 * cheap queries from another client keep being answered.
 */
class TimeoutTest {
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final long BOUND_NANOS = TIMEOUT.plusSeconds(1).toNanos();
    static final String CROSS_PRODUCT_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String CROSS_PRODUCT_ROWS = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String CHEAP = "ASK { ?s ?p ?o }";

    @TempDir
    static Path dir;
    static KgStore store;
    static DiploKgServer server;

    @BeforeAll
    static void start() {
        store = TestData.seededStore(dir.resolve("db"));
        server = DiploKgServer.create().store(store).port(0).queryTimeout(TIMEOUT, TIMEOUT).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static String queryPath(String q) {
        return "/kg/sparql?query=" + HttpTestClient.encode(q);
    }

    @Test
    void expensiveQueryGets503WithinTimeoutPlusOneSecondWhileCheapQueriesKeepAnswering() throws Exception {
        HttpTestClient client = new HttpTestClient(server.baseUrl());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<long[]> expensive = pool.submit(() -> {
                long t0 = System.nanoTime();
                int status = client.get(queryPath(CROSS_PRODUCT_COUNT)).statusCode();
                return new long[] {status, System.nanoTime() - t0};
            });
            // The other client asks cheap questions for as long as the expensive query runs.
            Future<int[]> cheap = pool.submit(() -> {
                int ok = 0, failed = 0;
                do {
                    int status = client.get(queryPath(CHEAP)).statusCode();
                    if (status == 200) ok++; else failed++;
                } while (!expensive.isDone());
                return new int[] {ok, failed};
            });
            long[] e = expensive.get(30, TimeUnit.SECONDS);
            int[] c = cheap.get(30, TimeUnit.SECONDS);
            assertEquals(503, e[0], "status of the cross product");
            assertTrue(e[1] <= BOUND_NANOS, "cross product took " + e[1] / 1_000_000 + " ms; bound " + BOUND_NANOS / 1_000_000 + " ms");
            assertEquals(0, c[1], "cheap queries that failed");
            assertTrue(c[0] >= 1, "cheap queries answered while the expensive one ran: " + c[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStreamingCrossProductIsCutOffAtTheTimeout() throws Exception {
        // Rows come at once, so the status is already 200 when the overall timeout strikes: the
        // server then ends the response early. What is bounded is the time the query holds the server.
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + queryPath(CROSS_PRODUCT_ROWS)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = CompletableFuture.supplyAsync(() -> {
            long n = 0;
            byte[] buf = new byte[1 << 16];
            try (InputStream in = r.body()) {
                for (int k; (k = in.read(buf)) > 0; ) n += k;
            } catch (java.io.IOException cutOff) {
                // A reset connection is one way the server ends the stream.
            }
            return n;
        }).get(30, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - t0;
        assertTrue(r.statusCode() == 200 || r.statusCode() == 503, "status " + r.statusCode());
        assertTrue(elapsed <= BOUND_NANOS, "stream lasted " + elapsed / 1_000_000 + " ms (" + bytes + " bytes)");
    }
}
