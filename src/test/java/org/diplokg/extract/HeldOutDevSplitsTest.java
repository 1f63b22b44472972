package org.diplokg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression guards on the DEVELOPMENT splits under {@code data/eval}. None of them is a generalisation
 * measure: each was opened, its misses grouped, and general rules written for them (tested on other sentences
 * in {@link GeneralisationRulesTest}, {@link AccusationDenialRulesTest}, {@link ReasonClauseRulesTest},
 * {@link DiscourseRulesTest}, {@link AppraisalRulesTest} and {@link BreakReferenceRulesTest}), and the learnt
 * second reader ({@link PairModel}) is trained on all of them, so these figures are optimistic.
 *
 * <p>Two kinds of guard, since round 9:
 * <ul>
 *   <li><b>The rules alone, per split.</b> They are deterministic, so a guard can be tight: each is the figure
 *       the split had at the end of round 9 with one claim lost (one true claim fewer, one correct date fewer),
 *       rounded down to 0.01. A rule change that costs a split two claims fails here and names the split.</li>
 *   <li><b>Rules and second reader, pooled over the splits.</b> Retraining moves the reader's decisions near
 *       its threshold (p 0.45–0.5) from one sentence to another, so per split its figures change by a claim
 *       or two with any rule change. Per-split guards on them were lowered seven times in rounds 8 and 9 for
 *       that noise alone; pooled, the noise cancels. At the end of round 9 the pooled in-sample figures were
 *       F1 0.836 (1113 / 157 / 280) and date accuracy 0.661; the guards are 0.82 and 0.64.</li>
 * </ul>
 * History of the per-split figures (rules and reader) before round 9: dev 0.953 (round 2); dev2 0.760 → 0.939
 * (tuned in round 3); dev3 0.824 unseen → 0.897 (round 4); dev4 0.619 unseen → 0.732 (round 5); dev5 0.518 →
 * 0.612; dev6–dev14 measured as they arrived in round 7 and dev15–dev22 in round 8 (see
 * {@code docs/extraction.md}). Honest figures for the second reader are the leave-one-split-out ones of
 * {@code train-pair-model --cross-validate}. {@code test} to {@code test4}, retired held-out splits, are read
 * as dev splits since round 11, {@code test5} since round 12, {@code test6} since round 13, {@code test7}
 * since round 14 and {@code test8} since round 15; they hold the rules alone to their figures then (not the
 * second reader: it never trained on them).
 */
class HeldOutDevSplitsTest {

    private static final String[] SPLITS = {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
            "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
            "dev22"};

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(Path.of("data/actors.csv"));
    }

    @ParameterizedTest
    @CsvSource({"dev, 0.95, 0.94", "dev2, 0.94, 0.78", "dev3, 0.93, 0.95", "dev4, 0.77, 0.86", "dev5, 0.77, 0.83",
            "dev6, 0.72, 0.72", "dev7, 0.70, 0.63", "dev8, 0.65, 0.75", "dev9, 0.62, 0.57", "dev10, 0.59, 0.72",
            "dev11, 0.56, 0.66", "dev12, 0.59, 0.66", "dev13, 0.48, 0.58", "dev14, 0.72, 0.64", "dev15, 0.73, 0.82",
            "dev16, 0.54, 0.77", "dev17, 0.63, 0.71", "dev18, 0.56, 0.57", "dev19, 0.36, 0.75", "dev20, 0.66, 0.71",
            "dev21, 0.60, 0.54", "dev22, 0.66, 0.54",
            // dev19's dates 0.78 -> 0.75 in round 13: two more claims match, one of them dated a day late.
            // dev12's 0.69 -> 0.66 in round 14: one more claim matches, from a headline ("trade charges"), undated.
            // dev16's 0.79 -> 0.77 in round 16: one more claim matches ("Hu blamed Beijing"), which the article
            // leaves to an earlier paragraph's day; dev8's 0.77 -> 0.75 and dev10's 0.74 -> 0.72 in round 16: denials
            // read before the charge they answer now match, undated (a headline; "Iran, he said, had nothing to do
            // with the strikes"). No date changed.
            // The retired held-out splits, read as dev from round 11 on (their rules-alone figures then; test's
            // dates 0.64 -> 0.60 in round 13 only because two more claims match, both undated "at the time";
            // test4's 0.74 -> 0.72 in round 14 because four more claims match, three of them undated: one as the
            // article gives it, two from a headline, "Cairo and Israel trade blame").
            "test, 0.70, 0.60", "test2, 0.71, 0.73", "test3, 0.68, 0.66", "test4, 0.58, 0.72",
            // Retired after round 11, read as dev from round 12 on.
            "test5, 0.67, 0.66",
            // Retired after round 12, read as dev from round 13 on.
            "test6, 0.67, 0.70",
            // Retired after round 13, read as dev from round 14 on.
            "test7, 0.70, 0.65",
            // Retired after round 14, read as dev from round 15 on.
            "test8, 0.75, 0.72",
            // Retired after round 15, read as dev from round 16 on.
            "test9, 0.78, 0.69",
            // Retired after round 16, read as dev from round 17 on.
            "test10, 0.75, 0.65"})
    void rulesAloneDoNotRegress(String split, double minF1, double minDates) throws Exception {
        Evaluation.Result r = evaluate(split, PairModel.NONE);
        String report = r.table() + "FP " + r.falsePositives() + "\nFN " + r.falseNegatives() + "\nDATE " + r.dateErrors();
        assertTrue(r.overall().f1() >= minF1, report);
        assertTrue(r.dateAccuracy() >= minDates, report);
    }

    @Test
    void rulesAndSecondReaderPooledDoNotRegress() throws Exception {
        int tp = 0, fp = 0, fn = 0, matched = 0, correct = 0;
        StringBuilder perSplit = new StringBuilder();
        for (String split : SPLITS) {
            Evaluation.Result r = evaluate(split, PairModel.bundled());
            tp += r.overall().tp();
            fp += r.overall().fp();
            fn += r.overall().fn();
            matched += r.dateMatched();
            correct += r.dateCorrect();
            perSplit.append(String.format(Locale.ROOT, "%s %.3f%n", split, r.overall().f1()));
        }
        double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
        double dates = (double) correct / matched;
        String report = String.format(Locale.ROOT, "pooled %d / %d / %d, F1 %.3f, dates %.3f%n%s", tp, fp, fn, f1, dates, perSplit);
        assertTrue(f1 >= 0.82, report);
        assertTrue(dates >= 0.64, report);
    }

    private static Evaluation.Result evaluate(String split, PairModel model) throws Exception {
        Path dir = Path.of("data/eval", split);
        List<ExtractedClaim> claims = new Extractor(gazetteer, model).extractFolder(dir.resolve("articles"), dir.resolve("sources.csv"));
        StringWriter w = new StringWriter();
        new ClaimsCsvWriter().write(claims, w);
        String gold = Files.readString(dir.resolve("gold.csv"), StandardCharsets.UTF_8);
        return new Evaluation(gazetteer).evaluate(new StringReader(gold), new StringReader(w.toString()));
    }
}
