package org.diplokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.diplokg.bench.BenchResult;
import org.diplokg.bench.LoadBenchmark;
import org.diplokg.server.DiploKgServer;
import org.diplokg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = {"Load-test a SPARQL endpoint: N clients send the queries of queries/*.rq in turn for a while,",
                "then print requests, errors, latency (p50/p99/max) and throughput.",
                "Without --endpoint, starts a server on the local store (built from the data folder if empty)."})
final class BenchLoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 32;

    @Option(names = "--seconds", description = "Duration (default: ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint to test instead of a local server.")
    String endpoint;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of .rq files (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Override
    public Integer call() throws Exception {
        List<String> texts;
        try (Stream<Path> files = Files.list(queries)) {
            texts = files.filter(p -> p.toString().endsWith(".rq")).sorted().map(BenchLoadCommand::read).toList();
        }
        if (endpoint != null) {
            report(new LoadBenchmark(endpoint, texts).run(clients, Duration.ofSeconds(seconds), 0));
            return 0;
        }
        store.builder().ensureBuilt(store.db, false);
        try (KgStore kg = KgStore.open(store.db)) {
            DiploKgServer server = DiploKgServer.create().store(kg).port(0).build().start();
            try {
                report(new LoadBenchmark(server.sparqlEndpoint(), texts).run(clients, Duration.ofSeconds(seconds), 0));
            } finally {
                server.stop();
            }
        }
        return 0;
    }

    private void report(BenchResult r) {
        spec.commandLine().getOut().println(r.summary());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
