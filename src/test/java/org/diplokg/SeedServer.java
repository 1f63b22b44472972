package org.diplokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.diplokg.server.DiploKgServer;
import org.diplokg.store.KgStore;

/**
 * A real TDB2 store built from the seed data in a temporary folder, served by a real
 * {@link DiploKgServer} on a free port, and an HTTP client to talk to it.
 */
public final class SeedServer implements AutoCloseable {
    public final KgStore store;
    public final DiploKgServer server;
    public final HttpClient http = HttpClient.newHttpClient();

    public SeedServer(Path dir) {
        store = TestData.seededStore(dir.resolve("db"));
        server = DiploKgServer.create().store(store).port(0).build().start();
    }

    /** A SPARQL client for the server's query endpoint. */
    public SparqlClient sparql() {
        return new SparqlClient(server.sparqlEndpoint());
    }

    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (accept != null) req.header("Accept", accept);
        try {
            return http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonObject json(String path) {
        return JSON.parse(get(path, "application/json").body());
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
