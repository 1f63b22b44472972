package org.diplokg.refdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the table from the small refdata fixture in src/test/resources/refdata-fixture. */
class ActorTableBuilderTest {

    @TempDir
    Path tmp;

    private static Path fixture() throws URISyntaxException {
        return Path.of(ActorTableBuilderTest.class.getResource("/refdata-fixture").toURI());
    }

    private Map<String, CSVRecord> buildAndParse(Path out) throws Exception {
        ActorTableBuilder.build(fixture(), out);
        try (Reader in = Files.newBufferedReader(out, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get())) {
            assertEquals(ActorTableBuilder.HEADER, parser.getHeaderNames());
            List<CSVRecord> records = parser.getRecords();
            records.forEach(r -> assertEquals(ActorTableBuilder.HEADER.size(), r.size(), "columns in " + r));
            Map<String, CSVRecord> byId = records.stream()
                    .collect(Collectors.toMap(r -> r.get("id"), Function.identity(), (a, b) -> {
                        throw new AssertionError("duplicate id " + a.get("id"));
                    }));
            List<String> ids = records.stream().map(r -> r.get("id")).toList();
            assertEquals(ids.stream().sorted().toList(), ids, "rows sorted by id");
            return byId;
        }
    }

    private static List<String> values(CSVRecord r, String column) {
        String v = r.get(column);
        return v.isEmpty() ? List.of() : List.of(v.split("\\|"));
    }

    @Test
    void oneRowPerCountryWithSluggedIdsAndTypes() throws Exception {
        Map<String, CSVRecord> rows = buildAndParse(tmp.resolve("actors.csv"));

        assertEquals(Set.of("niger", "nigeria", "ukraine", "congo", "dr-congo", "ivory-coast", "aland-islands",
                "kosovo", "united-states", "northern-mariana-islands", "antigua-and-barbuda"), rows.keySet());
        rows.keySet().forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id));

        CSVRecord niger = rows.get("niger");
        assertEquals("Niger", niger.get("label"));
        assertEquals("state", niger.get("type"));
        assertEquals("Q1032", niger.get("wikidata"));
        assertEquals("NER", niger.get("iso3"));
        assertEquals("NE", niger.get("iso2"));
        assertEquals(List.of("Republic of Niger", "Nijar", "Niger (the)"), values(niger, "aliases"));
        assertEquals(List.of("Niamey"), values(niger, "capitals"));
        assertEquals(List.of("Nigerien"), values(niger, "demonyms"));

        assertEquals("territory", rows.get("aland-islands").get("type"));
        assertEquals("territory", rows.get("northern-mariana-islands").get("type"));
    }

    @Test
    void kosovoIsAStateWithItsQidFromTheGapList() throws Exception {
        CSVRecord kosovo = buildAndParse(tmp.resolve("actors.csv")).get("kosovo");
        assertEquals("state", kosovo.get("type"));
        assertEquals("Q1246", kosovo.get("wikidata"));
        assertEquals("UNK", kosovo.get("iso3"));
        assertEquals("XK", kosovo.get("iso2"));
        // joined to OWID_KOS by name; its code-like alias "XKX" is dropped
        assertTrue(values(kosovo, "aliases").contains(
                "Kosovo (under United Nations Security Council Resolution 1244/99)"));
        assertFalse(values(kosovo, "aliases").contains("XKX"));
    }

    @Test
    void capitalsMergeMledozeAndGeoNamesSpellings() throws Exception {
        assertEquals(List.of("Kyiv", "Kiev"), values(buildAndParse(tmp.resolve("actors.csv")).get("ukraine"), "capitals"));
    }

    @Test
    void isoCodesDroppedButCommonAbbreviationsKept() throws Exception {
        Map<String, CSVRecord> rows = buildAndParse(tmp.resolve("actors.csv"));
        List<String> us = values(rows.get("united-states"), "aliases");
        assertEquals(List.of("United States of America", "US", "USA", "U.S.", "U.S.A."), us);
        assertTrue(values(rows.get("dr-congo"), "aliases").contains("DRC"));
        Set<String> kept = Set.of("US", "USA", "UK", "UAE", "DRC", "PRC");
        for (CSVRecord r : rows.values()) {
            values(r, "aliases").stream().filter(a -> a.matches("[A-Z]{2,3}"))
                    .forEach(a -> assertTrue(kept.contains(a), "code-like alias " + a + " in " + r));
            assertFalse(values(r, "aliases").stream().anyMatch(a -> a.equalsIgnoreCase(r.get("label"))),
                    "label repeated as alias in " + r);
        }
    }

    @Test
    void aliasSharedByTwoActorsIsDroppedFromBoth() throws Exception {
        Map<String, CSVRecord> rows = buildAndParse(tmp.resolve("actors.csv"));
        List<String> congo = values(rows.get("congo"), "aliases");
        List<String> drCongo = values(rows.get("dr-congo"), "aliases");

        // "The Congo" is an alias of both in the fixture: neither keeps it
        assertFalse(congo.contains("The Congo"));
        assertFalse(drCongo.contains("The Congo"));
        // "Congo" is the label of the Republic of the Congo, so DR Congo cannot have it as an alias
        assertEquals("Congo", rows.get("congo").get("label"));
        assertFalse(drCongo.contains("Congo"));
        // unshared aliases survive
        assertTrue(congo.contains("Congo-Brazzaville"));
        assertTrue(drCongo.contains("Congo-Kinshasa"));

        Set<String> seen = new HashSet<>();
        for (CSVRecord r : rows.values()) {
            for (String name : values(r, "aliases")) {
                assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "alias shared: " + name);
            }
        }
    }

    @Test
    void mojibakeIsRepairedOrDropped() throws Exception {
        Map<String, CSVRecord> rows = buildAndParse(tmp.resolve("actors.csv"));
        List<String> civ = values(rows.get("ivory-coast"), "aliases");
        assertTrue(civ.contains("Côte D'Ivoire"), civ.toString());     // repaired from "CÃ´te D'Ivoire"
        assertTrue(values(rows.get("aland-islands"), "aliases").contains("Åland"));
        for (CSVRecord r : rows.values()) {
            for (String alias : values(r, "aliases")) {
                assertFalse(ActorTableBuilder.looksGarbled(alias), "garbled alias " + alias);
            }
        }
    }

    @Test
    void territoryLosesItsSovereignsDemonymAndJoinedDemonymsAreSplit() throws Exception {
        Map<String, CSVRecord> rows = buildAndParse(tmp.resolve("actors.csv"));
        assertEquals(List.of("American"), values(rows.get("united-states"), "demonyms"));
        assertEquals(List.of(), values(rows.get("northern-mariana-islands"), "demonyms"));
        assertEquals(List.of("Antiguan", "Barbudan"), values(rows.get("antigua-and-barbuda"), "demonyms"));
        // shared by two states: kept on both, the extractor must disambiguate
        assertEquals(List.of("Congolese"), values(rows.get("congo"), "demonyms"));
        assertEquals(List.of("Congolese"), values(rows.get("dr-congo"), "demonyms"));
    }

    @Test
    void notesReportWhatWasDropped() throws Exception {
        List<String> notes = ActorTableBuilder.read(fixture()).notes();
        assertTrue(notes.contains("COD: alias \"Congo\" dropped, also names [COD, COG]"), notes.toString());
        assertTrue(notes.contains("ALA: alias \"ÃEEland Islands\" is mojibake, dropped"), notes.toString());
        assertTrue(notes.contains("XK Kosovo: no QID in OWID, filled from the documented gap list: Q1246"), notes.toString());
    }

    @Test
    void outputIsDeterministic() throws Exception {
        Path first = tmp.resolve("a/actors.csv");
        Path second = tmp.resolve("b/actors.csv");
        buildAndParse(first);
        buildAndParse(second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String text = Files.readString(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", ActorTableBuilder.HEADER) + "\r\n"), "RFC 4180 header line");
    }

    @Test
    void slugFoldsDiacriticsAndPunctuation() {
        assertEquals("cote-d-ivoire", ActorTableBuilder.slug("Côte d'Ivoire"));
        assertEquals("sao-tome-and-principe", ActorTableBuilder.slug("São Tomé and Príncipe"));
        assertEquals("cocos-keeling-islands", ActorTableBuilder.slug("Cocos (Keeling) Islands"));
        assertEquals("turkiye", ActorTableBuilder.slug("Türkiye"));
    }

    @Test
    void repairMojibakeOnlyAcceptsCleanRoundTrips() {
        assertEquals(Optional.of("Curaçao"), ActorTableBuilder.repairMojibake("CuraÃ§ao"));
        assertEquals(Optional.empty(), ActorTableBuilder.repairMojibake("ÃEEland Islands"));
        assertEquals(Optional.empty(), ActorTableBuilder.repairMojibake("C<U+00F4>te d<U+2019>Ivoire"));
    }

    @Test
    void missingRefdataFails() {
        Path empty = tmp.resolve("empty");
        IOException e = assertThrows(IOException.class,
                () -> ActorTableBuilder.read(empty));
        assertTrue(e.getMessage().contains("mledoze_countries.json"), e.getMessage());
    }
}
