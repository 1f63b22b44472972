package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.Quad;
import org.diplokg.TestData;
import org.diplokg.ingest.CsvTable;
import org.diplokg.ingest.InputException;
import org.diplokg.ingest.TextFiles;
import org.diplokg.model.Attestation;
import org.diplokg.model.Claim;
import org.diplokg.model.Evidence;
import org.diplokg.model.InputLocation;
import org.diplokg.model.Method;
import org.diplokg.model.Relation;
import org.diplokg.model.SourceDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad input stops the load with {@code file:line[:column]: what is wrong}, and the
 * store keeps exactly the quads it had.
 */
class BadInputTest {
    static final String HEADER = "relation,actor,target,date,topic,source,quote,status,note\n";
    static final String ART = "001_491341cf80c4d23a.txt";
    static final String GOOD = "severs,niger,ukraine,2024-08-06,," + ART
            + ",\"Niger said Tuesday it was cutting diplomatic ties with Ukraine\",accepted,\n";

    @TempDir
    static Path dir;
    static KgStore store;
    static Set<Quad> before;
    static ClaimLoader loader;

    @BeforeAll
    static void seed() {
        store = TestData.seededStore(dir.resolve("db"));
        before = TestData.snapshot(store);
        loader = TestData.seedBuilder().loader();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Arguments> badFiles() {
        String longQuote = "x".repeat(501);
        return Stream.of(
                Arguments.of("unknown actor", HEADER + GOOD + "severs,atlantis,ukraine,2024-08-06,," + ART + ",\"Niger\",accepted,\n",
                        ":3:2: actor: unknown actor 'atlantis'"),
                Arguments.of("unknown QID", HEADER + "severs,Q999999999,ukraine,2024-08-06,," + ART + ",\"Niger\",accepted,\n",
                        ":2:2: actor: unknown actor 'Q999999999'"),
                Arguments.of("impossible date", HEADER + "severs,niger,ukraine,2024-02-30,," + ART + ",\"Niger\",accepted,\n",
                        ":2:4: date: invalid date '2024-02-30'"),
                Arguments.of("non-ISO date", HEADER + "severs,niger,ukraine,24/08/2024,," + ART + ",\"Niger\",accepted,\n",
                        ":2:4: date: invalid date '24/08/2024'"),
                Arguments.of("missing column", "relation,actor,target,topic,source,quote,status,note\n",
                        ":1: missing column 'date'"),
                Arguments.of("unknown column", HEADER.replace("note", "notes"),
                        ":1:9: unknown column 'notes'"),
                Arguments.of("unknown source", HEADER + "severs,niger,ukraine,2024-08-06,,nowhere.txt,\"Niger\",accepted,\n",
                        ":2:6: source: unknown source 'nowhere.txt'"),
                Arguments.of("quote over 500 characters", HEADER + "severs,niger,ukraine,2024-08-06,," + ART + "," + longQuote + ",accepted,\n",
                        ":2:7: quote: quote is 501 characters; at most 500"),
                Arguments.of("quote not in the article", HEADER + "severs,niger,ukraine,2024-08-06,," + ART + ",\"Niger said Monday\",accepted,\n",
                        ":2:7: quote: quote does not occur verbatim in article " + ART),
                Arguments.of("unterminated quoted field", HEADER + GOOD + "severs,niger,ukraine,2024-08-06,," + ART + ",\"Niger said,accepted,\n",
                        ":3: malformed CSV"),
                Arguments.of("too few fields", HEADER + "severs,niger,ukraine,2024-08-06," + ART + ",\"Niger\",accepted\n",
                        ":2: expected 9 fields"),
                Arguments.of("too many fields", HEADER + GOOD.replace("accepted,", "accepted,,extra"),
                        ":2: expected 9 fields"),
                Arguments.of("empty required field", HEADER + "severs,,ukraine,2024-08-06,," + ART + ",\"Niger\",accepted,\n",
                        ":2:2: empty required field 'actor'"),
                Arguments.of("unknown relation", HEADER + "sanctions,niger,ukraine,2024-08-06,," + ART + ",\"Niger\",accepted,\n",
                        ":2:1: relation: unknown relation 'sanctions'"),
                Arguments.of("topic on a severance", HEADER + "severs,niger,ukraine,2024-08-06,terrorism," + ART + ",\"Niger\",accepted,\n",
                        ":2:5: topic: a topic applies only to accusations"),
                Arguments.of("unknown status", HEADER + "severs,niger,ukraine,2024-08-06,," + ART + ",\"Niger\",maybe,\n",
                        ":2:8: status: unknown status 'maybe'"),
                Arguments.of("same actor and target", HEADER + "severs,niger,Q1032,2024-08-06,," + ART + ",\"Niger\",accepted,\n",
                        ":2:3: target: actor and target are the same"),
                Arguments.of("empty file", "", ":1: empty file"),
                Arguments.of("blank file", " \r\n\n", ":1: empty file"),
                Arguments.of("missing header", GOOD, ":1:1: unknown column 'severs'"),
                Arguments.of("blank header line", "\n" + HEADER + GOOD, ":1: blank header line"),
                Arguments.of("wrong header", "who,whom,when\n" + GOOD, ":1:1: unknown column 'who'"),
                Arguments.of("duplicate column", HEADER.replace("note", "quote"), ":1:9: duplicate column 'quote'"),
                Arguments.of("record just over the length limit", HEADER + GOOD.replace("accepted,", "accepted,"
                        + "n".repeat((int) CsvTable.MAX_RECORD_CHARS)), ":2: record longer than 1048576 characters"),
                Arguments.of("quoted field never closed over many lines", HEADER + GOOD + "severs,niger,ukraine,2024-08-06,," + ART
                        + ",\"" + "line\n".repeat((int) CsvTable.MAX_RECORD_CHARS / 5 + 1), ":3: record longer than"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badClaimsFileIsRejectedWithItsPlaceAndTheStoreIsUnchanged(String kind, String content, String expected) throws Exception {
        Path file = dir.resolve(kind.replace(' ', '-') + ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> loader.load(store, List.of(file)));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(file + expected), "expected '" + file + expected + "' in: " + e.getMessage());
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() throws Exception {
        Path file = dir.resolve("latin1.csv");
        byte[] good = (HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "severs,niger,ukraine,2024-08-06,,x,\"Nig\u00e9r\",accepted,\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);
        InputException e = assertThrows(InputException.class, () -> loader.load(store, List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ":3:40: invalid UTF-8 (byte 0xE9"), e.getMessage());
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void aBadSecondFileKeepsTheGoodFirstFileOutToo() throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, HEADER + GOOD.replace("2024-08-06", "2024-08-01"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, HEADER + "severs,niger,ukraine,2024-13-01,," + ART + ",\"Niger\",accepted,\n");
        InputException e = assertThrows(InputException.class, () -> loader.load(store, List.of(good, bad)));
        assertTrue(e.getMessage().startsWith(bad + ":2:4:"), e.getMessage());
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void shapeViolationInsideTheTransactionRollsBackEverything() {
        // Built directly, bypassing the CSV checks, so the SHACL check is the one that catches it.
        SourceDocument source = new SourceDocument("999_not-in-manifest.txt", null, null, null, null, null);
        Evidence tooLong = new Evidence(source, "q".repeat(600), null, null, Method.CURATED, 1.0);
        Attestation row = new Attestation(new Claim(Relation.SEVERS, "niger", "mali", LocalDate.of(2024, 1, 1)),
                null, tooLong, true, null, new InputLocation("direct.csv", 2, 0));
        ShapeViolationException e = assertThrows(ShapeViolationException.class,
                () -> loader.loadAttestations(store, List.of(row)));
        assertTrue(e.getMessage().contains("direct.csv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("at most") || e.getMessage().contains("500"), e.getMessage());
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void aOneGigabyteFileOfOneLineIsRefusedAtLineOneWithoutReadingItAll() throws Exception {
        // Sparse: a 1 GiB file of NUL bytes costs no disk; the reader must give up after 1 MiB.
        Path file = dir.resolve("one-gigabyte-line.csv");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(HEADER.trim().getBytes(StandardCharsets.UTF_8));
            raf.setLength(1L << 30);
        }
        long t0 = System.nanoTime();
        InputException e = assertThrows(InputException.class, () -> loader.load(store, List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ":1: record longer than"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "must stop early, not read the gigabyte");
        assertEquals(before, TestData.snapshot(store));
    }

    @Test
    void aHugeBinaryOrEmptyArticleIsRefusedWithItsName() throws Exception {
        Path data = dir.resolve("articles-data");
        var layout = TestData.seedCopyWithArticle(data, "901_huge.txt", "");
        try (RandomAccessFile raf = new RandomAccessFile(layout.articles().resolve("901_huge.txt").toFile(), "rw")) {
            raf.setLength(TextFiles.MAX_BYTES + 1);
        }
        ClaimLoader withHuge = new StoreBuilder(layout, org.diplokg.ontology.IriMinter.withDefaultBase()).loader();
        Path claims = dir.resolve("cites-huge.csv");
        Files.writeString(claims, HEADER + "severs,niger,ukraine,2024-08-06,,901_huge.txt,\"Niger\",accepted,\n");
        InputException huge = assertThrows(InputException.class, () -> withHuge.load(store, List.of(claims)));
        assertTrue(huge.getMessage().contains("901_huge.txt:1: file is " + (TextFiles.MAX_BYTES + 1) + " bytes"), huge.getMessage());

        Files.write(layout.articles().resolve("901_huge.txt"), new byte[] {'N', 'i', 'g', 'e', 'r', (byte) 0xFF, 0, 1, 2});
        InputException binary = assertThrows(InputException.class,
                () -> new StoreBuilder(layout, org.diplokg.ontology.IriMinter.withDefaultBase()).loader().load(store, List.of(claims)));
        assertTrue(binary.getMessage().contains("901_huge.txt:1:6: invalid UTF-8 (byte 0xFF"), binary.getMessage());

        Files.write(layout.articles().resolve("901_huge.txt"), new byte[0]);
        InputException empty = assertThrows(InputException.class,
                () -> new StoreBuilder(layout, org.diplokg.ontology.IriMinter.withDefaultBase()).loader().load(store, List.of(claims)));
        assertTrue(empty.getMessage().contains(claims + ":2:7: quote: quote does not occur verbatim"), empty.getMessage());
        assertEquals(before, TestData.snapshot(store));
    }
}
