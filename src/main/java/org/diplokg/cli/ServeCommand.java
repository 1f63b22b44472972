package org.diplokg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.diplokg.server.DiploKgServer;
import org.diplokg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge graph read-only over SPARQL on 127.0.0.1 (or --host).",
                "On first run (empty --db) the store is built from the data folder.",
                "Endpoints: /kg/sparql and /kg/query (SPARQL), /kg/get (graph store, read), the Fuseki UI at /.",
                "With --passwd FILE also /kg/update (SPARQL Update) and /kg/data (graph store, read-write),",
                "for users of FILE with HTTP basic auth only. Without it no write endpoint exists."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", description = "HTTP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 3030;

    @Option(names = "--host", description = "Interface to bind; 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
    String host = DiploKgServer.DEFAULT_HOST;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Jetty realm file ('user: password' lines) enabling the authenticated write endpoints.")
    Path passwd;

    @Option(names = "--rebuild", description = "Rebuild the store from the data folder even if it exists.")
    boolean rebuild;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Overall query timeout; the first result must come within a third of it (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 30;

    @Override
    public Integer call() {
        store.builder().ensureBuilt(store.db, rebuild);
        KgStore kg = KgStore.open(store.db);
        DiploKgServer server = DiploKgServer.create()
                .store(kg)
                .port(port)
                .host(host)
                .passwordFile(passwd)
                .base(store.base)
                .queryTimeout(Duration.ofSeconds(Math.max(1, timeoutSeconds / 3)), Duration.ofSeconds(timeoutSeconds))
                .build()
                .start();
        // No quad count here: on a large store it is a full scan (VoID at /void reports it).
        System.err.printf("DiploKG: SPARQL endpoint %s (UI at %s/)%n", server.sparqlEndpoint(), server.baseUrl());
        if (passwd != null)
            System.err.printf("Write endpoints (basic auth, users of %s): %s/kg/update, %s/kg/data%n",
                    passwd, server.baseUrl(), server.baseUrl());
        server.join();
        return 0;
    }
}
