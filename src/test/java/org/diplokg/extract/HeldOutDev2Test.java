package org.diplokg.extract;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression guard on the second DEVELOPMENT split ({@code data/eval/dev2}). This is NOT a generalisation
 * measure: in round 3 (branch extract3) the dev2 misses were read and grouped by phrasing family, and general
 * rules were written for those families (tested on other sentences in {@link AccusationDenialRulesTest}), so
 * these figures are optimistic. Before round 3 dev2 scored F1 0.760, dates 0.658; after it F1 0.939, dates
 * 0.796. Thresholds are those figures rounded down to 0.05 (F1 0.90, dates 0.75). The untouched TEST split
 * measures generalisation and has no test here on purpose.
 */
class HeldOutDev2Test {

    @Test
    void dev2SplitDoesNotRegress() throws Exception {
        Gazetteer gazetteer = Gazetteer.load(Path.of("data/actors.csv"));
        List<ExtractedClaim> claims = new Extractor(gazetteer)
                .extractFolder(Path.of("data/eval/dev2/articles"), Path.of("data/eval/dev2/sources.csv"));
        StringWriter w = new StringWriter();
        new ClaimsCsvWriter().write(claims, w);
        String gold = Files.readString(Path.of("data/eval/dev2/gold.csv"), StandardCharsets.UTF_8);
        Evaluation.Result r = new Evaluation(gazetteer).evaluate(new StringReader(gold), new StringReader(w.toString()));
        String report = r.table() + "FP " + r.falsePositives() + "\nFN " + r.falseNegatives() + "\nDATE " + r.dateErrors();
        assertTrue(r.overall().f1() >= 0.90, report);
        assertTrue(r.dateAccuracy() >= 0.75, report);
    }
}
