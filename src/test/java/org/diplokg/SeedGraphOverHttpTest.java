package org.diplokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's promise, end to end: the seed data in a real TDB2 store behind a real Fuseki
 * on a free loopback port, asked over HTTP who severed relations with Ukraine.
 */
class SeedGraphOverHttpTest {
    @TempDir
    static Path dir;
    static SeedServer kg;
    static SparqlClient sparql;

    @BeforeAll
    static void start() {
        kg = new SeedServer(dir);
        sparql = kg.sparql();
    }

    @AfterAll
    static void stop() {
        kg.close();
    }

    @Test
    void maliAndNigerSeverRelationsWithUkraineOnTheirDates() {
        List<Map<String, String>> rows = sparql.select("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX wd: <http://www.wikidata.org/entity/>
                SELECT ?a ?date WHERE {
                  ?actor dk:seversRelationsWith ?ukraine .
                  ?ukraine owl:sameAs wd:Q212 .
                  ?actor owl:sameAs ?a .
                  ?claim a dk:Severance ; dk:actor ?actor ; dk:target ?ukraine ; dk:date ?date .
                } ORDER BY ?date""");
        assertEquals(List.of(
                Map.of("a", "http://www.wikidata.org/entity/Q912", "date", "2024-08-04"),
                Map.of("a", "http://www.wikidata.org/entity/Q1032", "date", "2024-08-06")), rows);
    }

    @Test
    void eachSeveranceHasEvidenceFromAtLeastTwoArticlesWithVerbatimQuotes() throws Exception {
        List<Map<String, String>> rows = sparql.select("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX schema: <http://schema.org/>
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?date ?evidence ?file ?quote ?start ?end WHERE {
                  ?claim a dk:Severance ; dk:date ?date ; dk:target/owl:sameAs wd:Q212 ;
                         prov:wasDerivedFrom ?evidence .
                  ?evidence dct:source/schema:identifier ?file ;
                            oa:hasSelector [ oa:exact ?quote ; oa:start ?start ; oa:end ?end ] .
                }""");
        Map<String, Set<String>> evidenceByDate = rows.stream().collect(Collectors.groupingBy(
                r -> r.get("date"), Collectors.mapping(r -> r.get("evidence"), Collectors.toSet())));
        Map<String, Set<String>> filesByDate = rows.stream().collect(Collectors.groupingBy(
                r -> r.get("date"), Collectors.mapping(r -> r.get("file"), Collectors.toSet())));
        assertEquals(Set.of("2024-08-04", "2024-08-06"), evidenceByDate.keySet());
        for (String date : evidenceByDate.keySet()) {
            assertTrue(evidenceByDate.get(date).size() >= 2, "evidence nodes for " + date);
            assertTrue(filesByDate.get(date).size() >= 2, "distinct articles for " + date);
        }
        Set<String> checked = new HashSet<>();
        for (Map<String, String> r : rows) {
            String article = Files.readString(Path.of("data/articles", r.get("file")));
            int start = Integer.parseInt(r.get("start"));
            int end = Integer.parseInt(r.get("end"));
            assertEquals(r.get("quote"), article.substring(start, end), "quote at its offsets in " + r.get("file"));
            checked.add(r.get("file"));
        }
        assertTrue(checked.size() >= 3, "quotes checked in " + checked);
    }

    @Test
    void actorsLinkToWikidataAndEveryClaimHasEvidence() {
        List<Map<String, String>> orphans = sparql.select("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?claim WHERE { ?claim a dk:Claim FILTER NOT EXISTS { ?claim prov:wasDerivedFrom ?e } }""");
        assertEquals(List.of(), orphans);
        List<Map<String, String>> niger = sparql.select("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?same WHERE { <https://w3id.org/diplokg/id/actor/niger> owl:sameAs ?same }""");
        assertEquals(List.of(Map.of("same", "http://www.wikidata.org/entity/Q1032")), niger);
    }

    @Test
    void ukrainesDenialAnswersMalisAccusation() {
        List<Map<String, String>> rows = sparql.select("""
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                SELECT DISTINCT ?denialDate ?accuser ?accused WHERE {
                  ?denial a dk:Denial ; dk:date ?denialDate ; dk:answers ?acc .
                  ?acc a dk:Accusation ; dk:actor ?accuser ; dk:target ?accused .
                }""");
        assertTrue(rows.contains(Map.of("denialDate", "2024-08-05",
                "accuser", "https://w3id.org/diplokg/id/actor/mali",
                "accused", "https://w3id.org/diplokg/id/actor/ukraine")), rows.toString());
    }
}
