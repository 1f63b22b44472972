package org.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.diplokg.BigClaims;
import org.diplokg.SparqlClient;
import org.diplokg.TestData;
import org.diplokg.bench.BenchResult;
import org.diplokg.bench.LoadBenchmark;
import org.diplokg.store.ClaimLoader;
import org.diplokg.store.KgStore;
import org.diplokg.store.LoadListener;
import org.diplokg.store.LoadReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries and loads at the same time: a query during a load sees the store as it was before the
 * load and never fails; after the commit it sees the new state. A bounded load test with a load
 * running alongside ends with no errors.
 */
class ConcurrencyTest {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path dir;
    static KgStore store;
    static DiploKgServer server;
    static SparqlClient sparql;

    @BeforeAll
    static void start() {
        store = TestData.seededStore(dir.resolve("db"));
        server = DiploKgServer.create().store(store).port(0).build().start();
        sparql = new SparqlClient(server.sparqlEndpoint());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static long served() {
        return Long.parseLong(sparql.select(COUNT).get(0).get("n"));
    }

    @Test
    void queriesDuringALoadSeeTheOldStateAndNeverFail() throws Exception {
        long before = served();
        assertEquals(store.quadCount(), before);
        Path claims = BigClaims.write(dir.resolve("during.csv"), 500);
        CountDownLatch midLoad = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Holds the load inside its write transaction, everything written, until the queries are done.
        LoadListener hold = (phase, count) -> {
            if (phase != LoadListener.Phase.VALIDATING) return;
            midLoad.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
        ClaimLoader loader = TestData.seedBuilder().loader().withListener(hold);
        CompletableFuture<LoadReport> load = CompletableFuture.supplyAsync(() -> loader.load(store, List.of(claims)));
        try {
            assertTrue(midLoad.await(60, TimeUnit.SECONDS), "load did not reach its write transaction");
            for (int i = 0; i < 20; i++) assertEquals(before, served(), "query during the load");
        } finally {
            release.countDown();
        }
        LoadReport report = load.get(120, TimeUnit.SECONDS);
        assertTrue(report.quadsAdded() > 0);
        assertEquals(before + report.quadsAdded(), served(), "after the commit");
    }

    @Test
    void boundedLoadTestEndsWithNoErrorsWhileALoadRuns() throws Exception {
        List<String> queries;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        // A store of its own, so the example queries run on seed-sized data whatever ran before.
        try (KgStore own = TestData.seededStore(dir.resolve("bench-db"))) {
            DiploKgServer benchServer = DiploKgServer.create().store(own).port(0).build().start();
            try {
                Path claims = BigClaims.write(dir.resolve("alongside.csv"), 300);
                CompletableFuture<LoadReport> load = CompletableFuture.supplyAsync(
                        () -> TestData.seedBuilder().loader().load(own, List.of(claims)));
                BenchResult r = new LoadBenchmark(benchServer.sparqlEndpoint(), queries).run(8, Duration.ofSeconds(120), 100);
                load.get(120, TimeUnit.SECONDS);
                assertEquals(8 * 100, r.requests(), r.summary());
                assertEquals(0, r.errors(), r.summary());
            } finally {
                benchServer.stop();
            }
        }
    }
}
