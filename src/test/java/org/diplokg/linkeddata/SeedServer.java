package org.diplokg.linkeddata;

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
import org.diplokg.ontology.IriMinter;
import org.diplokg.server.DiploKgServer;
import org.diplokg.store.DataLayout;
import org.diplokg.store.KgStore;
import org.diplokg.store.StoreBuilder;

/**
 * A real TDB2 store built from the seed data in a temporary folder, served by a real
 * {@link DiploKgServer} on a free port, and an HTTP client to talk to it.
 */
final class SeedServer implements AutoCloseable {
    final KgStore store;
    final DiploKgServer server;
    final HttpClient http = HttpClient.newHttpClient();

    SeedServer(Path dir) {
        store = KgStore.open(dir.resolve("db"));
        new StoreBuilder(DataLayout.standard(), IriMinter.withDefaultBase()).loadInto(store);
        server = DiploKgServer.create().store(store).port(0).build().start();
    }

    HttpResponse<String> get(String path, String accept) {
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

    JsonObject json(String path) {
        return JSON.parse(get(path, "application/json").body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
