package org.diplokg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression guards on the round-5 DEVELOPMENT splits. {@code dev4} was the held-out test split of rounds 3–4
 * (F1 0.619) and was opened in round 5; {@code dev5} was written for round 5 and scored F1 0.518 before any
 * round-5 rule and 0.544 after the first half, then was opened too. Both figures after round 5 (dev4 0.732,
 * dev5 0.612) are therefore optimistic, NOT generalisation measures; the thresholds are those figures rounded
 * down to 0.05. The untouched {@code test} split measures generalisation and has no test here on purpose.
 */
class HeldOutDevSplitsTest {

    @ParameterizedTest
    @CsvSource({"dev4, 0.70, 0.75", "dev5, 0.60, 0.75"})
    void devSplitDoesNotRegress(String split, double minF1, double minDates) throws Exception {
        Path dir = Path.of("data/eval", split);
        Gazetteer gazetteer = Gazetteer.load(Path.of("data/actors.csv"));
        List<ExtractedClaim> claims = new Extractor(gazetteer).extractFolder(dir.resolve("articles"), dir.resolve("sources.csv"));
        StringWriter w = new StringWriter();
        new ClaimsCsvWriter().write(claims, w);
        String gold = Files.readString(dir.resolve("gold.csv"), StandardCharsets.UTF_8);
        Evaluation.Result r = new Evaluation(gazetteer).evaluate(new StringReader(gold), new StringReader(w.toString()));
        String report = r.table() + "FP " + r.falsePositives() + "\nFN " + r.falseNegatives() + "\nDATE " + r.dateErrors();
        assertTrue(r.overall().f1() >= minF1, report);
        assertTrue(r.dateAccuracy() >= minDates, report);
    }
}
