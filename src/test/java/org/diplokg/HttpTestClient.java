package org.diplokg;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain HTTP requests for tests that need status codes and headers, not parsed results. Each
 * request gets a fresh connection: Jetty closes a connection after refusing a request whose body
 * it did not read, and a pooled connection would make the next request fail for the wrong reason.
 */
public final class HttpTestClient {
    private final String base;

    public HttpTestClient(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
    }

    /** POST with a body and content type; {@code auth} is "user:password" or null. */
    public HttpResponse<String> post(String path, String contentType, String body, String auth) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), auth);
    }

    public HttpResponse<String> put(String path, String contentType, String body, String auth) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)), auth);
    }

    public HttpResponse<String> delete(String path, String auth) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), auth);
    }

    /** A SPARQL Update as an HTML form POST ({@code update=...}), the way Fuseki's UI sends it. */
    public HttpResponse<String> updateForm(String path, String update, String auth) throws Exception {
        return post(path, "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8), auth);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String auth) throws Exception {
        if (auth != null)
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
