package org.diplokg.extract;

import org.diplokg.model.Actor;

import org.diplokg.model.Relation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted claims against gold claims. A claim is its key (source file, relation, actor QID,
 * target QID); duplicates of a key count once. Actors may be given as id, label or QID: all are
 * resolved to QIDs through the gazetteer. Date accuracy is measured on matched keys: a predicted
 * date (or empty) is right when it equals one of the gold rows' dates for that key.
 */
public final class Evaluation {

    /** Counts and scores for one relation or overall. */
    public record Score(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * @param dateCorrect matched keys whose predicted date agrees with gold
     * @param falsePositives / falseNegatives keys, for error analysis
     */
    public record Result(Map<Relation, Score> perRelation, Score overall, int dateMatched, int dateCorrect,
                         List<String> falsePositives, List<String> falseNegatives, List<String> dateErrors) {
        public double dateAccuracy() {
            return dateMatched == 0 ? 0 : (double) dateCorrect / dateMatched;
        }

        /** A plain-text table of the scores. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-10s %5s %5s %5s %9s %7s %7s%n", "relation", "tp", "fp", "fn", "precision", "recall", "f1"));
            for (Map.Entry<Relation, Score> e : perRelation.entrySet()) row(sb, e.getKey().code(), e.getValue());
            row(sb, "overall", overall);
            sb.append(String.format(Locale.ROOT, "date accuracy on matched claims: %.3f (%d/%d)%n", dateAccuracy(), dateCorrect, dateMatched));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, Score s) {
            sb.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %9.3f %7.3f %7.3f%n", name, s.tp(), s.fp(), s.fn(),
                    s.precision(), s.recall(), s.f1()));
        }
    }

    private final Gazetteer gazetteer;

    public Evaluation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Evaluates two claims CSV files (gold and predicted). */
    public Result evaluate(Path gold, Path pred) throws IOException {
        try (Reader g = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
             Reader p = Files.newBufferedReader(pred, StandardCharsets.UTF_8)) {
            return evaluate(g, p);
        }
    }

    public Result evaluate(Reader gold, Reader pred) throws IOException {
        Map<String, Set<String>> g = read(gold);
        Map<String, Set<String>> p = read(pred);
        Map<Relation, int[]> counts = new EnumMap<>(Relation.class);
        for (Relation r : Relation.values()) counts.put(r, new int[3]);
        List<String> fps = new ArrayList<>();
        List<String> fns = new ArrayList<>();
        List<String> dateErrors = new ArrayList<>();
        int matched = 0;
        int correct = 0;
        for (Map.Entry<String, Set<String>> e : p.entrySet()) {
            Relation r = relationOf(e.getKey());
            if (g.containsKey(e.getKey())) {
                counts.get(r)[0]++;
                matched++;
                Set<String> gd = g.get(e.getKey());
                boolean ok = false;
                for (String d : e.getValue()) ok |= gd.contains(d);
                if (ok) correct++;
                else dateErrors.add(e.getKey() + " pred=" + e.getValue() + " gold=" + gd);
            } else {
                counts.get(r)[1]++;
                fps.add(e.getKey());
            }
        }
        for (String k : g.keySet()) {
            if (!p.containsKey(k)) {
                counts.get(relationOf(k))[2]++;
                fns.add(k);
            }
        }
        Map<Relation, Score> per = new EnumMap<>(Relation.class);
        int tp = 0, fp = 0, fn = 0;
        for (Map.Entry<Relation, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            per.put(e.getKey(), new Score(c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Result(per, new Score(tp, fp, fn), matched, correct, fps, fns, dateErrors);
    }

    /** The claim keys of a claims CSV, as {@link #evaluate} matches them. */
    Set<String> keys(Path claims) throws IOException {
        try (Reader r = Files.newBufferedReader(claims, StandardCharsets.UTF_8)) {
            return read(r).keySet();
        }
    }

    /** The key {@link #evaluate} gives a claim: source file, relation, actor QID, target QID. */
    String key(String sourceFile, Relation r, String actor, String target) {
        return sourceFile + "|" + r.code() + "|" + qid("", actor) + "|" + qid("", target);
    }

    private static Relation relationOf(String key) {
        return Relation.fromCode(key.split("\\|", -1)[1]);
    }

    /** key -> dates given for it (empty string for "no date"). */
    private Map<String, Set<String>> read(Reader r) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        for (CSVRecord rec : fmt.parse(r)) {
            Relation rel = Relation.fromCode(get(rec, "relation"));
            if (rel == null) continue;
            String a = qid(get(rec, "actor_wikidata"), get(rec, "actor"));
            String t = qid(get(rec, "target_wikidata"), get(rec, "target"));
            String key = get(rec, "source_file") + "|" + rel.code() + "|" + a + "|" + t;
            out.computeIfAbsent(key, k -> new HashSet<>()).add(get(rec, "date"));
        }
        return out;
    }

    private String qid(String wikidata, String actor) {
        if (wikidata.matches("Q\\d+")) return wikidata;
        return gazetteer.resolve(actor).map(Actor::wikidata).filter(q -> !q.isEmpty()).orElse(actor.isEmpty() ? wikidata : actor);
    }

    private static String get(CSVRecord rec, String col) {
        return rec.isMapped(col) && rec.isSet(col) ? rec.get(col).trim() : "";
    }
}
