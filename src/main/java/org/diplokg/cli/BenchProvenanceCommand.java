package org.diplokg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-provenance", mixinStandardHelpOptions = true,
        description = {"Benchmark: provenance lookups over HTTP. Samples (actor, target) pairs of the relation from the",
                "endpoint, then N closed-loop clients send the provenance query, each for a random pair, for the given time",
                "(after a warm-up). Prints p50/p90/p99/max latency and throughput."})
final class BenchProvenanceCommand implements Callable<Integer> {
    private static final Pattern VALUES = Pattern.compile("VALUES \\(\\?actor \\?target\\) \\{[^}]*\\}");
    private static final Pattern IRI = Pattern.compile("<[^>]*/actor/([a-z0-9-]+)>");
    private static final Pattern BINDING = Pattern.compile("\"(a|t)\"\\s*:\\s*\\{[^}]*\"value\"\\s*:\\s*\"([^\"]+)\"");

    @Option(names = "--endpoint", required = true, description = "SPARQL endpoint, e.g. http://127.0.0.1:3030/kg/sparql")
    String endpoint;

    @Option(names = "--query", paramLabel = "FILE", description = "Query with a VALUES (?actor ?target) line (default: ${DEFAULT-VALUE}).")
    Path query = Path.of("queries/provenance.rq");

    @Option(names = "--direct-property", description = "Direct property to sample pairs from (default: ${DEFAULT-VALUE}).")
    String directProperty = "https://w3id.org/diplokg/ontology#seversRelationsWith";

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 1;

    @Option(names = "--seconds", description = "Measured duration (default: ${DEFAULT-VALUE}).")
    int seconds = 20;

    @Option(names = "--warmup", description = "Warm-up seconds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--pairs", description = "Pairs to sample (default: ${DEFAULT-VALUE}).")
    int pairs = 2000;

    @Option(names = "--api", paramLabel = "BASE_URL",
            description = "Call GET BASE_URL/api/provenance?actor=&relation=severs&target= (the service users call) instead of the SPARQL query.")
    String api;

    @Override
    public Integer call() throws Exception {
        String template = Files.readString(query);
        if (!VALUES.matcher(template).find()) throw new IllegalArgumentException(query + " has no VALUES (?actor ?target) { ... } line");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> values = samplePairs(http);
        System.out.printf("%d pairs sampled; %d clients, %d s warm-up, %d s measured%n", values.size(), clients, warmup, seconds);

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[2_000_000];
            int[] n = new int[1];
            perClient.add(lat);
            counts.add(n);
            SplittableRandom random = new SplittableRandom(c);
            Thread t = new Thread(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) return;
                    String pair = values.get(random.nextInt(values.size()));
                    HttpRequest req = api != null ? apiRequest(pair)
                            : request(VALUES.matcher(template).replaceFirst(Matcher.quoteReplacement(pair)));
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (r.statusCode() != 200) errors.incrementAndGet();
                        else if (t0 >= measureFrom && n[0] < lat.length) {
                            lat[n[0]++] = t1 - t0;
                            bytes.addAndGet(r.body().length());
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        int total = counts.stream().mapToInt(a -> a[0]).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, k, counts.get(c)[0]);
            k += counts.get(c)[0];
        }
        Arrays.sort(all);
        System.out.printf("clients %d: %,d requests in %d s = %,.0f req/s; latency ms p50 %.2f, p90 %.2f, p99 %.2f, max %.2f; errors %d; avg response %,d bytes%n",
                clients, total, seconds, total / (double) seconds, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99),
                total == 0 ? 0 : all[total - 1] / 1e6, errors.get(), total == 0 ? 0 : bytes.get() / total);
        return 0;
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private HttpRequest request(String sparql) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
    }

    /** The provenance API request for a sampled pair, actors by id (the last segment of their IRIs). */
    private HttpRequest apiRequest(String valuesClause) {
        Matcher iris = IRI.matcher(valuesClause);
        String actor = iris.find() ? iris.group(1) : "";
        String target = iris.find() ? iris.group(1) : "";
        return HttpRequest.newBuilder(URI.create(api + "/api/provenance?actor=" + actor + "&relation=severs&target=" + target))
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** VALUES clauses for pairs that have the relation, sampled with a LIMIT from the store. */
    private List<String> samplePairs(HttpClient http) throws IOException, InterruptedException {
        String q = "SELECT DISTINCT ?a ?t WHERE { ?a <" + directProperty + "> ?t } LIMIT " + pairs;
        HttpResponse<String> r = http.send(request(q), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("pair sampling failed: HTTP " + r.statusCode() + " " + r.body());
        List<String> out = new ArrayList<>();
        Matcher m = BINDING.matcher(r.body());
        String a = null;
        while (m.find()) {
            if (m.group(1).equals("a")) a = m.group(2);
            else if (a != null) {
                out.add("VALUES (?actor ?target) { (<" + a + "> <" + m.group(2) + ">) }");
                a = null;
            }
        }
        if (out.isEmpty()) throw new IOException("no pairs with <" + directProperty + "> in the store");
        return out;
    }
}
