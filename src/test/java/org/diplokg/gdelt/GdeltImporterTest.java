package org.diplokg.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.ingest.ActorTable;
import org.diplokg.ingest.InputException;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.KgStore;
import org.diplokg.store.Ontology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT import against expectations computed here, independently of the importer, from the raw
 * rows, {@code data/cameo-countries.csv} and {@code data/actors.csv}.
 */
class GdeltImporterTest {
    private static final Path DATA = Path.of("data");
    private static final String SAMPLE2 = "20150218230000.export.sample100.CSV";
    private static final String SAMPLE1 = "gdelt1_events1.sample100.tsv";
    private static final String EDITED = "edited.export.CSV";

    private static GdeltImporter importer;
    private static Map<String, String> stateByCameo;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() throws IOException {
        ActorTable actors = ActorTable.read(DATA.resolve("actors.csv"));
        IriMinter iris = IriMinter.withDefaultBase();
        importer = new GdeltImporter(actors, CameoCountryMap.read(DATA.resolve("cameo-countries.csv"), actors), iris,
                Ontology.load(iris), Progress.silent());
        Map<String, String> stateByIso3 = new HashMap<>();
        for (CSVRecord r : csv(DATA.resolve("actors.csv")))
            if (r.get("type").equals("state")) stateByIso3.put(r.get("iso3"), r.get("id"));
        stateByCameo = new HashMap<>();
        for (CSVRecord r : csv(DATA.resolve("cameo-countries.csv")))
            if (stateByIso3.containsKey(r.get("iso3"))) stateByCameo.put(r.get("code"), stateByIso3.get(r.get("iso3")));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(GdeltImporterTest.class.getResource("/gdelt/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claim tuples (relation|actor|target|date|url) the raw rows call for, computed by hand. */
    private static Set<String> expectedClaims(Path file) throws IOException {
        Set<String> expected = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            String code = f[26];
            String relation = code.equals("161") ? "Severance"
                    : code.matches("112[1-5]?") ? "Accusation" : code.equals("016") ? "Denial" : null;
            String a = stateByCameo.get(f[7]);
            String t = stateByCameo.get(f[17]);
            String url = f.length == 61 ? f[60] : f.length == 58 ? f[57] : "";
            if (relation == null || a == null || t == null || a.equals(t) || !url.startsWith("http")) continue;
            String date = f[1].substring(0, 4) + "-" + f[1].substring(4, 6) + "-" + f[1].substring(6, 8);
            expected.add(String.join("|", relation, a, t, date, url));
        }
        return expected;
    }

    /** The same tuples as the store holds them, for claims with imported evidence. */
    private static Set<String> storedClaims(KgStore store) {
        String q = """
                PREFIX dk: <https://w3id.org/diplokg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX schema: <http://schema.org/>
                SELECT DISTINCT ?cls ?a ?t ?date ?url WHERE {
                  ?claim prov:wasDerivedFrom ?ev ; a ?cls ; dk:actor ?a ; dk:target ?t ; dk:date ?date .
                  FILTER (?cls != dk:Claim)  # every claim is also a dk:Claim since main types it so
                  ?ev dk:method dk:imported ; dct:source ?doc . ?doc schema:url ?url .
                }""";
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> found = new HashSet<>();
            try (var qe = QueryExecutionFactory.create(q, DatasetImpl.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    found.add(String.join("|", s.getResource("cls").getLocalName(),
                            local(s.getResource("a").getURI()), local(s.getResource("t").getURI()),
                            s.getLiteral("date").getLexicalForm(), s.getResource("url").getURI()));
                }
            }
            return found;
        });
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Set<Quad> quads(KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    private static long unmappedTotal(ImportSummary s) {
        return s.unmappedByReason().values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void sample100GivesExactlyTheClaimsItsRowsCallFor() throws IOException {
        Path file = resource(SAMPLE2);
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            ImportSummary s = importer.importInto(store, List.of(file));
            assertEquals(100, s.rows());
            assertEquals(s.rows(), s.mapped() + unmappedTotal(s));
            Set<String> expected = expectedClaims(file);
            assertEquals(expected, storedClaims(store));
            assertEquals(expected.size(), s.mapped());
            // The three accusation rows: one USA on USA, two ZWE on nobody.
            assertEquals(1, s.unmapped(UnmappedReason.SAME_STATE));
            assertEquals(2, s.unmapped(UnmappedReason.ACTOR2_NOT_STATE));
            assertEquals(97, s.unmapped(UnmappedReason.OTHER_EVENT_CODE));
        }
    }

    @Test
    void editedRowsCoverEveryMappingCase() throws IOException {
        Path file = resource(EDITED);
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            ImportSummary s = importer.importInto(store, List.of(file));
            assertEquals(13, s.rows());
            assertEquals(s.rows(), s.mapped() + unmappedTotal(s));
            assertEquals(7, s.mapped());
            for (UnmappedReason r : UnmappedReason.values())
                assertEquals(1, s.unmapped(r), r.name());
            Set<String> expected = expectedClaims(file);
            assertEquals(6, expected.size()); // the duplicate row adds nothing
            assertEquals(expected, storedClaims(store));
            assertTrue(expected.stream().anyMatch(c -> c.startsWith("Accusation|romania|moldova|")));
            String topic = """
                    PREFIX dk: <https://w3id.org/diplokg/ontology#>
                    ASK { ?c a dk:Accusation ; dk:actor <https://w3id.org/diplokg/id/actor/united-kingdom> ;
                             dk:topic dk:aggression ; prov:wasDerivedFrom ?ev .
                          ?ev dk:gdeltEventId 410412349 ; dk:numSources ?n ; dk:numArticles ?m ; dk:confidence 0.5 . }"""
                    .replace("PREFIX dk:", "PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX dk:");
            DatasetGraph dsg = store.datasetGraph();
            assertTrue(Txn.calculateRead(dsg, () -> {
                try (var qe = QueryExecutionFactory.create(topic, DatasetImpl.wrap(dsg))) {
                    return qe.execAsk();
                }
            }));
        }
    }

    @Test
    void zipAndPlainGiveTheSameStore() throws IOException {
        Path plain = resource(EDITED);
        Path zip = tmp.resolve("edited.export.CSV.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(EDITED));
            z.write(Files.readAllBytes(plain));
            z.closeEntry();
        }
        try (KgStore a = KgStore.open(tmp.resolve("a")); KgStore b = KgStore.open(tmp.resolve("b"))) {
            importer.importInto(a, List.of(plain));
            importer.importInto(b, List.of(zip));
            Set<Quad> qa = quads(a);
            assertFalse(qa.isEmpty());
            assertEquals(qa, quads(b));
        }
    }

    @Test
    void reimportChangesNothing() {
        Path file = resource(EDITED);
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            importer.importInto(store, List.of(file));
            Set<Quad> once = quads(store);
            importer.importInto(store, List.of(file));
            assertEquals(once, quads(store));
        }
    }

    @Test
    void gdelt1SampleIsDetectedAndCounted() throws IOException {
        Path file = resource(SAMPLE1);
        try (GdeltReader reader = GdeltReader.open(file)) {
            reader.next();
            assertTrue(reader.format().isVersion1());
        }
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            ImportSummary s = importer.importInto(store, List.of(file));
            assertEquals(100, s.rows());
            assertEquals(s.rows(), s.mapped() + unmappedTotal(s));
            assertEquals(expectedClaims(file), storedClaims(store));
        }
    }

    @Test
    void truncatedRowStopsTheImportWithFileAndLineAndLeavesTheStoreUnchanged() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            importer.importInto(store, List.of(resource(EDITED)));
            Set<Quad> before = quads(store);
            InputException e = assertThrows(InputException.class,
                    () -> importer.importInto(store, List.of(resource("truncated.export.CSV"))));
            assertTrue(e.getMessage().contains("truncated.export.CSV:4:"), e.getMessage());
            assertTrue(e.getMessage().contains("40"), e.getMessage());
            assertEquals(before, quads(store));
        }
    }

    @Test
    void fastImportBuildsBesideAndKeepsWhatTheStoreHeld() {
        Path db = tmp.resolve("db");
        Set<Quad> expected;
        try (KgStore store = KgStore.open(tmp.resolve("ref"))) {
            importer.importInto(store, List.of(resource(SAMPLE2), resource(EDITED)));
            expected = quads(store);
        }
        try (KgStore store = KgStore.open(db)) {
            importer.importInto(store, List.of(resource(SAMPLE2)));
        }
        importer.importFresh(db, List.of(resource(EDITED)));
        try (KgStore store = KgStore.open(db)) {
            assertEquals(expected, quads(store));
        }
        assertThrows(InputException.class, () -> importer.importFresh(db, List.of(resource("truncated.export.CSV"))));
        assertFalse(Files.exists(tmp.resolve("db.building")));
        try (KgStore store = KgStore.open(db)) {
            assertEquals(expected, quads(store));
        }
    }
}
