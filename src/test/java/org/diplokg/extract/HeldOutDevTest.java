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
 * Regression guard on the held-out DEV split ({@code data/eval/dev}). This is NOT a generalisation
 * measure: the rules were tuned while looking at these 12 articles (dev errors were analysed by category
 * and fixed with general rules), so the figures here are optimistic. The untouched TEST split is how
 * generalisation is measured; it has no test here on purpose. Thresholds are the reached figures rounded
 * down to 0.05 (F1 0.953 → 0.95, date accuracy 0.941 → 0.90 at the time of writing).
 */
class HeldOutDevTest {

    @Test
    void devSplitDoesNotRegress() throws Exception {
        Gazetteer gazetteer = Gazetteer.load(Path.of("data/actors.csv"));
        List<ExtractedClaim> claims = new Extractor(gazetteer)
                .extractFolder(Path.of("data/eval/dev/articles"), Path.of("data/eval/dev/sources.csv"));
        StringWriter w = new StringWriter();
        new ClaimsCsvWriter().write(claims, w);
        String gold = Files.readString(Path.of("data/eval/dev/gold.csv"), StandardCharsets.UTF_8);
        Evaluation.Result r = new Evaluation(gazetteer).evaluate(new StringReader(gold), new StringReader(w.toString()));
        String report = r.table() + "FP " + r.falsePositives() + "\nFN " + r.falseNegatives() + "\nDATE " + r.dateErrors();
        assertTrue(r.overall().f1() >= 0.95, report);
        assertTrue(r.dateAccuracy() >= 0.90, report);
    }
}
