package org.diplokg.linkeddata;

import org.diplokg.SeedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.ingest.TextFiles;
import org.diplokg.store.DataLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/provenance} on the seed data, over HTTP against a real server. */
class ProvenanceHttpTest {
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
    void nigerSeversUkraineHasThreeOrMoreSourcesWithVerbatimQuotes() {
        JsonObject r = kg.json("/api/provenance?actor=Q1032&relation=severs&target=Q212");
        assertEquals("https://w3id.org/diplokg/id/actor/niger", r.getObj("actor").getString("iri"));
        assertEquals("http://www.wikidata.org/entity/Q212", r.getObj("target").getString("wikidata"));
        Set<String> sources = new HashSet<>();
        int quotes = 0;
        for (JsonValue c : r.get("claims").getAsArray())
            for (JsonValue e : c.getAsObject().get("evidence").getAsArray()) {
                JsonObject src = e.getAsObject().getObj("source");
                sources.add(src.getString("iri"));
                for (JsonValue q : e.getAsObject().get("quotes").getAsArray()) {
                    JsonObject quote = q.getAsObject();
                    String article = TextFiles.readUtf8(DataLayout.standard().articles().resolve(src.getString("identifier")));
                    int start = quote.get("start").getAsNumber().value().intValue();
                    int end = quote.get("end").getAsNumber().value().intValue();
                    assertEquals(article.substring(start, end), quote.getString("exact"), "quote is verbatim at its offsets");
                    quotes++;
                }
            }
        assertTrue(sources.size() >= 3, "distinct sources: " + sources);
        assertEquals(sources.size(), r.get("sources").getAsNumber().value().intValue());
        assertTrue(quotes >= sources.size());
        assertEquals("2024-08-06: 4 sources", r.getString("datesSummary"));
    }

    @Test
    void maliAccusesUkraineListsUkrainesDenial() {
        JsonObject r = kg.json("/api/provenance?actor=Mali&relation=accuses&target=ukraine");
        List<JsonValue> claims = r.get("claims").getAsArray();
        assertFalse(claims.isEmpty());
        for (JsonValue c : claims) {
            List<JsonValue> denials = c.getAsObject().get("denials").getAsArray();
            assertFalse(denials.isEmpty(), "every Mali accusation is answered: " + c.getAsObject().getString("iri"));
            for (JsonValue d : denials) {
                assertEquals("denies", d.getAsObject().getString("relation"));
                assertEquals("ukraine", d.getAsObject().getObj("actor").getString("id"));
                assertEquals("mali", d.getAsObject().getObj("target").getString("id"));
                assertFalse(d.getAsObject().get("evidence").getAsArray().isEmpty());
            }
        }
        JsonObject dated = claims.get(0).getAsObject();
        assertEquals("2024-08-04", dated.getString("date"));
        assertTrue(dated.get("denials").getAsArray().stream()
                .anyMatch(d -> "2024-08-05".equals(d.getAsObject().getString("date"))));
    }

    @Test
    void datesTheSourcesDisagreeOnAreCounted() {
        JsonObject r = kg.json("/api/provenance?actor=mali&relation=severs&target=Ukraine");
        assertEquals("2024-08-04: 3 sources, undated: 2 sources", r.getString("datesSummary"));
        assertTrue(r.get("datesDisagree").getAsBoolean().value());
        assertEquals(2, r.get("claims").getAsArray().size());
    }

    @Test
    void badParametersAre400AndHostileValuesNeverInjectSparql() {
        assertEquals(400, kg.get("/api/provenance?actor=Q1032&relation=severs", null).statusCode());
        assertEquals(400, kg.get("/api/provenance?actor=Q1032&relation=likes&target=Q212", null).statusCode());
        for (String hostile : List.of("Niger\" } ?s ?p ?o {", "Niger\"@en } UNION { ?actor ?p ?o", "<x> } #",
                "Mali\n}\nSELECT * { ?s ?p ?o", "Niger' >", "Q1032 }")) {
            var resp = kg.get("/api/provenance?actor=" + SeedServer.q(hostile) + "&relation=severs&target=Q212", null);
            assertEquals(400, resp.statusCode(), hostile + " -> " + resp.body());
            assertTrue(resp.body().contains("unknown actor"), resp.body());
        }
    }
}
