package org.diplokg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load test of a SPARQL endpoint: {@code clients} threads each send the given
 * queries in turn, waiting for each answer before the next request, until a time limit or a
 * request count is reached. Each response body is read in full, so a request counts as answered
 * only when its whole result has arrived.
 */
public final class LoadBenchmark {
    private final String endpoint;
    private final List<String> queries;

    public LoadBenchmark(String endpoint, List<String> queries) {
        if (queries.isEmpty()) throw new IllegalArgumentException("no queries");
        this.endpoint = endpoint;
        this.queries = List.copyOf(queries);
    }

    /**
     * Runs the test.
     *
     * @param clients           concurrent clients
     * @param duration          stop after this long (null: no time limit)
     * @param requestsPerClient stop each client after this many requests (0: no count limit)
     */
    public BenchResult run(int clients, Duration duration, long requestsPerClient) throws InterruptedException {
        if (duration == null && requestsPerClient <= 0) throw new IllegalArgumentException("needs a time or a request limit");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<URI> uris = queries.stream()
                .map(q -> URI.create(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ClientRun>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            runs.add(pool.submit(() -> {
                go.await();
                return runClient(http, uris, client, duration, requestsPerClient);
            }));
        }
        long t0 = System.nanoTime();
        go.countDown();
        long requests = 0, errors = 0;
        List<long[]> latencies = new ArrayList<>();
        try {
            for (Future<ClientRun> f : runs) {
                ClientRun r = f.get();
                requests += r.latencies.length;
                errors += r.errors;
                latencies.add(r.latencies);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new BenchResult(clients, requests, errors, seconds, millis(all, 0.50), millis(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private record ClientRun(long[] latencies, long errors) {}

    private static ClientRun runClient(HttpClient http, List<URI> uris, int client, Duration duration, long maxRequests) {
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        long[] lat = new long[1024];
        int n = 0;
        long errors = 0;
        while (System.nanoTime() < deadline && (maxRequests <= 0 || n < maxRequests)) {
            URI uri = uris.get((client + n) % uris.size());
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json")
                    .timeout(Duration.ofSeconds(60)).build();
            long t = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) errors++;
            } catch (Exception e) {
                if (e instanceof InterruptedException) Thread.currentThread().interrupt();
                errors++;
            }
            if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
            lat[n++] = System.nanoTime() - t;
        }
        return new ClientRun(Arrays.copyOf(lat, n), errors);
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
