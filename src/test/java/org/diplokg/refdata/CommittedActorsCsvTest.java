package org.diplokg.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed {@code data/actors.csv} (path relative to the project root, Maven's
 * working directory) against facts other code relies on.
 */
class CommittedActorsCsvTest {

    private static final Path ACTORS = Path.of("data", "actors.csv");

    private static List<String> header;
    private static List<CSVRecord> rows;
    private static Map<String, CSVRecord> byId;

    @BeforeAll
    static void load() throws Exception {
        try (Reader in = Files.newBufferedReader(ACTORS, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get())) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        byId = new HashMap<>();
        for (CSVRecord r : rows) {
            CSVRecord previous = byId.put(r.get("id"), r);
            assertEquals(null, previous, "duplicate id " + r.get("id"));
        }
    }

    private static List<String> values(CSVRecord r, String column) {
        String v = r.get(column);
        return v.isEmpty() ? List.of() : List.of(v.split("\\|"));
    }

    @Test
    void headerAndShape() {
        assertEquals(ActorTableBuilder.HEADER, header);
        rows.forEach(r -> assertEquals(header.size(), r.size(), "columns in row " + r.getRecordNumber()));
        List<String> ids = rows.stream().map(r -> r.get("id")).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "rows sorted by id");
        ids.forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "slug " + id));
        rows.forEach(r -> assertTrue(List.of("state", "territory").contains(r.get("type")), "type of " + r.get("id")));
        rows.forEach(r -> assertTrue(r.get("wikidata").isEmpty() || r.get("wikidata").matches("Q[1-9][0-9]*"),
                "QID of " + r.get("id")));
    }

    @Test
    void everyUnMemberAndObserverIsAState() {
        long states = rows.stream().filter(r -> r.get("type").equals("state")).count();
        assertTrue(states >= 193, "states: " + states);
        for (String id : List.of("palestine", "vatican-city", "kosovo", "taiwan", "united-states", "dr-congo")) {
            assertEquals("state", byId.get(id).get("type"), id);
        }
        assertEquals("territory", byId.get("western-sahara").get("type"));
        // Every actor links out to Wikidata (owl:sameAs), so no row may lack a QID.
        rows.forEach(r -> assertFalse(r.get("wikidata").isEmpty(), "QID of " + r.get("id")));
        assertEquals("territory", byId.get("puerto-rico").get("type"));
    }

    @Test
    void knownFacts() {
        assertEquals("Q1032", byId.get("niger").get("wikidata"));
        assertEquals("Q912", byId.get("mali").get("wikidata"));
        assertEquals("Q212", byId.get("ukraine").get("wikidata"));
        assertEquals("NER", byId.get("niger").get("iso3"));
        assertEquals("ML", byId.get("mali").get("iso2"));
        List<String> kyiv = values(byId.get("ukraine"), "capitals");
        assertTrue(kyiv.contains("Kyiv") && kyiv.contains("Kiev"), kyiv.toString());
        assertTrue(values(byId.get("niger"), "demonyms").contains("Nigerien"));
        assertTrue(values(byId.get("mali"), "demonyms").contains("Malian"));
        assertTrue(values(byId.get("ivory-coast"), "aliases").contains("Côte d'Ivoire"));
        assertTrue(values(byId.get("united-states"), "aliases").contains("USA"));
    }

    @Test
    void noAliasNamesTwoActors() {
        Map<String, String> owner = new HashMap<>();
        for (CSVRecord r : rows) {
            owner.put(r.get("label").toLowerCase(Locale.ROOT), r.get("id"));
        }
        for (CSVRecord r : rows) {
            for (String alias : values(r, "aliases")) {
                String previous = owner.put(alias.toLowerCase(Locale.ROOT), r.get("id"));
                assertTrue(previous == null || previous.equals(r.get("id")),
                        "alias \"" + alias + "\" of " + r.get("id") + " also names " + previous);
            }
        }
        assertFalse(values(byId.get("dr-congo"), "aliases").contains("Congo"));
    }
}
