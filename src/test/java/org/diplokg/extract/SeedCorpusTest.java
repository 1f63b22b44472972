package org.diplokg.extract;

import org.diplokg.model.Relation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Holds the extractor to the hand-written gold file of the seed corpus. */
class SeedCorpusTest {
    private static Gazetteer gazetteer;
    private static List<ExtractedClaim> claims;

    @BeforeAll
    static void extract() throws Exception {
        gazetteer = Gazetteer.load(Path.of("data/actors.csv"));
        claims = new Extractor(gazetteer).extractFolder(Path.of("data/articles"), Path.of("data/sources.csv"));
    }

    @Test
    void meetsF1AndDateAccuracyAgainstGold() throws Exception {
        StringWriter w = new StringWriter();
        new ClaimsCsvWriter().write(claims, w);
        String gold = Files.readString(Path.of("data/gold/seed-gold.csv"), StandardCharsets.UTF_8);
        Evaluation.Result r = new Evaluation(gazetteer).evaluate(new StringReader(gold), new StringReader(w.toString()));
        String report = r.table() + "FP " + r.falsePositives() + "\nFN " + r.falseNegatives() + "\nDATE " + r.dateErrors();
        assertTrue(r.overall().f1() >= 0.95, report);
        assertTrue(r.dateAccuracy() >= 0.9, report);
        for (Relation rel : Relation.values()) assertTrue(r.perRelation().get(rel).tp() > 0, report);
    }

    @Test
    void everyQuoteIsVerbatimAtItsOffsets() throws Exception {
        assertFalse(claims.isEmpty());
        for (ExtractedClaim c : claims) {
            String text = Files.readString(Path.of("data/articles", c.sourceFile()), StandardCharsets.UTF_8);
            assertEquals(c.quote(), text.substring(c.start(), c.end()), c.toString());
            assertTrue(c.confidence() > 0 && c.confidence() <= 1);
            assertEquals(c.relation() == Relation.ACCUSES, c.topic() != null, "topic only on accusations: " + c);
        }
    }

    @Test
    void urlsComeFromTheManifest() {
        assertTrue(claims.stream().filter(c -> c.sourceFile().startsWith("001_"))
                .allMatch(c -> c.sourceUrl().startsWith("https://www.urdupoint.com/")));
    }

    @Test
    void relatedTeasersAndAdsYieldNoClaimOfTheirOwn() {
        // The Euromaidan page lists "Related" teasers after the article; no claim may be quoted from them.
        for (ExtractedClaim c : claims) {
            assertFalse(c.quote().startsWith("Ukraine denies “terrorism” allegations"), c.toString());
            assertFalse(c.quote().contains("Denmark"), c.toString());
        }
    }
}
