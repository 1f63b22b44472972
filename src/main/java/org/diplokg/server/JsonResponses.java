package org.diplokg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import jakarta.servlet.http.HttpServletResponse;

/** Writes JSON answers and errors ({@code {"error": "..."}}) of the HTTP API. */
final class JsonResponses {
    private JsonResponses() {}

    static void send(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        byte[] bytes = (JSON.toString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message);
        send(resp, status, o);
    }
}
