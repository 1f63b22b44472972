package org.diplokg.linkeddata;

import org.diplokg.SeedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/relations?a=&b=&asOf=} on the seed data, over HTTP against a real server. */
class RelationsAsOfHttpTest {
    @TempDir
    static Path dir;
    static SeedServer kg;

    @BeforeAll
    static void start() {
        kg = new SeedServer(dir);
    }

    @AfterAll
    static void stop() {
        kg.close();
    }

    @Test
    void maliUkraineNotSeveredOnTheThirdOfAugust() {
        JsonObject r = kg.json("/api/relations?a=Q912&b=Q212&asOf=2024-08-03");
        assertFalse(r.get("severed").getAsBoolean().value());
        assertEquals("not severed", r.getString("answer"));
        assertEquals(JsonNull.instance, r.get("since"));
        assertTrue(r.get("severances").getAsArray().isEmpty());
        // The undated severance exists but cannot be placed in time: reported, not counted.
        assertEquals(1, r.get("undatedSeverances").getAsArray().size());
        assertTrue(r.getString("note").contains("no restoration"));
    }

    @Test
    void maliUkraineSeveredSinceTheFourthOnTheFifth() {
        JsonObject r = kg.json("/api/relations?a=Q912&b=Q212&asOf=2024-08-05");
        assertTrue(r.get("severed").getAsBoolean().value());
        assertEquals("2024-08-04", r.getString("since"));
        assertEquals("severed since 2024-08-04", r.getString("answer"));
        List<JsonValue> by = r.get("by").getAsArray();
        assertEquals(1, by.size());
        assertEquals("Q912", by.get(0).getAsObject().getString("qid"));
        JsonObject severance = r.get("severances").getAsArray().get(0).getAsObject();
        assertEquals(3, severance.get("evidence").getAsArray().size(), "three sources date it 2024-08-04");
    }

    @Test
    void eitherOrderAndAnyNameGiveTheSameAnswer() {
        JsonObject r = kg.json("/api/relations?a=Ukraine&b=mali&asOf=2024-08-05");
        assertEquals("severed since 2024-08-04", r.getString("answer"));
        // Niger joins on the 6th: by then Niger–Ukraine is severed too, Mali–Niger never.
        assertEquals("severed since 2024-08-06", kg.json("/api/relations?a=niger&b=Q212&asOf=2024-08-06").getString("answer"));
        assertEquals("not severed", kg.json("/api/relations?a=niger&b=Q212&asOf=2024-08-05").getString("answer"));
        assertEquals("not severed", kg.json("/api/relations?a=niger&b=mali&asOf=2025-01-01").getString("answer"));
    }

    @Test
    void badParametersAre400AndHostileValuesNeverInjectSparql() {
        assertEquals(400, kg.get("/api/relations?a=Q912&asOf=2024-08-05", null).statusCode());
        assertEquals(400, kg.get("/api/relations?a=Q912&b=Q212&asOf=2024-08-05%22%20%7D", null).statusCode());
        assertEquals(400, kg.get("/api/relations?a=Q912&b=Q212&asOf=yesterday", null).statusCode());
        for (String hostile : List.of("Mali\" } ?s ?p ?o {", "<x> } #", "Mali\n}\nSELECT * { ?s ?p ?o", "ukraine >")) {
            var resp = kg.get("/api/relations?a=" + SeedServer.q(hostile) + "&b=Q212&asOf=2024-08-05", null);
            assertEquals(400, resp.statusCode(), hostile + " -> " + resp.body());
        }
    }
}
