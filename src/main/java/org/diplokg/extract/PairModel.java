package org.diplokg.extract;

import org.diplokg.model.Relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Logistic weights over {@link PairCandidate} features, and the probability above which a candidate
 * becomes a claim. Immutable. The bundled model is a plain text file (feature TAB weight, sorted) that
 * {@code ./diplokg train-pair-model} writes from annotated splits, so it can be read, diffed and rebuilt.
 */
public final class PairModel {

    /** The resource the extractor loads by default. */
    public static final String RESOURCE = "/org/diplokg/extract/pair-model.tsv";
    /** A model that accepts nothing: the rules alone. */
    public static final PairModel NONE = new PairModel(Map.of(), 2.0, "");

    private final Map<String, Double> weights;
    /** The same weights by relation, named without it ("accuses|bias" as ACCUSES, "bias"). */
    private final Map<Relation, Map<String, Double>> byRelation;
    private final double threshold;
    /** Thresholds of relations that do not use the general one. */
    private final Map<Relation, Double> relationThresholds;
    private final String trainedOn;

    /** @param trainedOn the splits the weights were fitted on, as given to the trainer (space-separated) */
    public PairModel(Map<String, Double> weights, double threshold, String trainedOn) {
        this(weights, threshold, Map.of(), trainedOn);
    }

    private PairModel(Map<String, Double> weights, double threshold, Map<Relation, Double> relationThresholds,
                      String trainedOn) {
        this.weights = java.util.Collections.unmodifiableMap(new HashMap<>(weights));
        this.byRelation = byRelation(weights);
        this.threshold = threshold;
        this.relationThresholds = relationThresholds.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(relationThresholds));
        this.trainedOn = trainedOn;
    }

    /** The general threshold. */
    public double threshold() {
        return threshold;
    }

    /** The threshold of one relation: its own where it has one, else the general one. */
    public double threshold(Relation r) {
        return relationThresholds.getOrDefault(r, threshold);
    }

    /** The relations with a threshold of their own. */
    public Map<Relation, Double> relationThresholds() {
        return relationThresholds;
    }

    public String trainedOn() {
        return trainedOn;
    }

    /** The same weights with one threshold for every relation. */
    public PairModel withThreshold(double t) {
        return new PairModel(weights, t, Map.of(), trainedOn);
    }

    /**
     * The same weights with a threshold of its own for one relation. The weights of each relation are
     * separate (every feature names its relation), so each can be cut where its errors cost most.
     */
    public PairModel withThreshold(Relation r, double t) {
        Map<Relation, Double> m = new EnumMap<>(Relation.class);
        m.putAll(relationThresholds);
        m.put(r, t);
        return new PairModel(weights, threshold, m, trainedOn);
    }

    public PairModel withTrainedOn(String splits) {
        return new PairModel(weights, threshold, relationThresholds, splits);
    }

    /** Probability that the features (named as in the model file) describe a claim the article makes. */
    public double probability(Collection<String> features) {
        return sigmoid(weights, features);
    }

    /**
     * The same as {@link #probability(Collection)} for features of one relation named without it ("bias" for
     * "accuses|bias"). The extractor asks this for every candidate, and sparing the names saves building them.
     */
    public double probability(Relation r, Collection<String> features) {
        return sigmoid(byRelation.getOrDefault(r, Map.of()), features);
    }

    private static double sigmoid(Map<String, Double> w, Collection<String> features) {
        double z = 0;
        for (String f : features) {
            Double v = w.get(f);
            if (v != null) z += v;
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static Map<Relation, Map<String, Double>> byRelation(Map<String, Double> weights) {
        Map<Relation, Map<String, Double>> out = new EnumMap<>(Relation.class);
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            int bar = e.getKey().indexOf('|');
            Relation r = bar > 0 ? Relation.fromCode(e.getKey().substring(0, bar)) : null;
            if (r != null) out.computeIfAbsent(r, k -> new HashMap<>()).put(e.getKey().substring(bar + 1), e.getValue());
        }
        out.replaceAll((r, m) -> java.util.Collections.unmodifiableMap(m));
        return java.util.Collections.unmodifiableMap(out);
    }

    public boolean accepts(Relation r, double probability) {
        return probability >= threshold(r);
    }

    /**
     * Fits weights by full-batch gradient descent on the mean log loss with an L2 penalty. Deterministic:
     * same examples in the same order, same weights.
     */
    public static PairModel fit(List<? extends Collection<String>> examples, boolean[] labels, double l2,
                                int iterations, double threshold) {
        Map<String, Integer> index = new TreeMap<>();
        for (Collection<String> e : examples) for (String f : e) index.putIfAbsent(f, 0);
        int n = 0;
        for (Map.Entry<String, Integer> e : index.entrySet()) e.setValue(n++);
        int[][] rows = new int[examples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = examples.get(i).stream().mapToInt(index::get).toArray();
        }
        double[] w = new double[n];
        double[] g = new double[n];
        double[] g2 = new double[n];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(g, 0);
            for (int i = 0; i < rows.length; i++) {
                double z = 0;
                for (int k : rows[i]) z += w[k];
                double err = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
                for (int k : rows[i]) g[k] += err;
            }
            for (int k = 0; k < n; k++) {
                double grad = g[k] / rows.length + l2 * w[k];
                // Adagrad: rare features (most of them) still move.
                g2[k] += grad * grad;
                w[k] -= 0.5 * grad / (Math.sqrt(g2[k]) + 1e-8);
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double v = w[e.getValue()];
            if (Math.abs(v) >= 1e-4) out.put(e.getKey(), v);
        }
        return new PairModel(out, threshold, "");
    }

    private static final String THRESHOLD_OF = "#threshold-";

    /** Writes the model: the threshold and the training splits, then one feature per line in name order. */
    public void write(Writer out) throws IOException {
        out.write("#threshold\t" + String.format(Locale.ROOT, "%.3f", threshold) + "\n");
        for (Map.Entry<Relation, Double> e : relationThresholds.entrySet()) {
            out.write(THRESHOLD_OF + e.getKey().code() + "\t" + String.format(Locale.ROOT, "%.3f", e.getValue()) + "\n");
        }
        out.write("#trained-on\t" + trainedOn + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
        }
    }

    public static PairModel read(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        Map<String, Double> w = new HashMap<>();
        double threshold = NONE.threshold;
        Map<Relation, Double> own = new EnumMap<>(Relation.class);
        String trainedOn = "";
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            int tab = line.indexOf('\t');
            if (tab < 0) continue;
            String name = line.substring(0, tab);
            String value = line.substring(tab + 1).trim();
            try {
                if (name.equals("#trained-on")) trainedOn = value;
                else if (name.equals("#threshold")) threshold = Double.parseDouble(value);
                else if (name.startsWith(THRESHOLD_OF)) {
                    Relation rel = Relation.fromCode(name.substring(THRESHOLD_OF.length()));
                    if (rel == null) throw new IOException("line " + lineNo + ": no relation named in '" + name + "'");
                    own.put(rel, Double.parseDouble(value));
                } else w.put(name, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IOException("line " + lineNo + ", column " + (tab + 2) + ": '" + value + "' is not a number");
            }
        }
        return new PairModel(w, threshold, own, trainedOn);
    }

    /** Reads a model file written by {@link #write}. */
    public static PairModel read(java.nio.file.Path file) throws IOException {
        try (Reader r = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    /** The model shipped in the jar, or {@link #NONE} when the build has none. */
    public static PairModel bundled() {
        try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? NONE : read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
