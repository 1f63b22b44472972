package org.diplokg.cli;

import org.diplokg.extract.Gazetteer;
import org.diplokg.extract.PairModel;
import org.diplokg.extract.PairModelTrainer;
import org.diplokg.model.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code train-pair-model --split DIR ... [--out FILE] [--threshold P] [--relation-threshold R=P ...] [--cross-validate]}. */
@Command(name = "train-pair-model", mixinStandardHelpOptions = true,
        description = "Fit the extractor's second reader on annotated splits, or cross-validate it (leave one split out).")
public class TrainPairModelCommand implements Callable<Integer> {

    @Option(names = "--split", required = true,
            description = "A split: DIR with articles/, sources.csv, gold.csv; or ARTICLES,SOURCES,GOLD. Repeatable.")
    List<String> splits;

    @Option(names = "--out", defaultValue = "src/main/resources/org/diplokg/extract/pair-model.tsv",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Probability from which a candidate is a claim (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--relation-threshold", paramLabel = "RELATION=P",
            description = "A threshold of its own for one relation, e.g. accuses=0.6. Repeatable.")
    Map<String, Double> relationThresholds = new java.util.LinkedHashMap<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cross-validate", description = "Print leave-one-split-out F1 at several thresholds instead of writing a model.")
    boolean crossValidate;

    @Option(names = "--verbose", description = "With --cross-validate: list the claims the model adds on each held-out split.")
    boolean verbose;

    @Option(names = "--actors", defaultValue = "data/actors.csv", description = "Actor gazetteer CSV (default: ${DEFAULT-VALUE}).")
    Path actors;

    @Override
    public Integer call() throws Exception {
        PairModelTrainer trainer = new PairModelTrainer(Gazetteer.load(actors));
        List<PairModelTrainer.Split> parsed = new ArrayList<>();
        for (String s : splits) parsed.add(PairModelTrainer.Split.parse(s));
        if (crossValidate) {
            System.out.print(trainer.crossValidate(parsed, new double[] {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6}, verbose));
            return 0;
        }
        PairModel m = trainer.train(parsed, threshold).withTrainedOn(String.join(" ", splits));
        for (Map.Entry<String, Double> e : relationThresholds.entrySet()) {
            Relation r = Relation.fromCode(e.getKey());
            if (r == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--relation-threshold: '" + e.getKey() + "' is not a relation (severs, accuses, denies)");
            }
            m = m.withThreshold(r, e.getValue());
        }
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            m.write(w);
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
