package org.diplokg.cli;

import org.diplokg.extract.Evaluation;
import org.diplokg.extract.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code evaluate --gold GOLD.csv --pred PRED.csv [--actors FILE]}: P/R/F1 per relation and date accuracy. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score predicted claims against gold claims (key: source file, relation, actor QID, target QID).")
public class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, description = "Gold claims CSV.")
    Path gold;

    @Option(names = "--pred", required = true, description = "Predicted claims CSV.")
    Path pred;

    @Option(names = "--actors", defaultValue = "data/actors.csv", description = "Actor gazetteer CSV to resolve ids to QIDs (default: ${DEFAULT-VALUE}).")
    Path actors;

    @Option(names = "--verbose", description = "Also list false positives, false negatives and date errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Evaluation.Result r = new Evaluation(Gazetteer.load(actors)).evaluate(gold, pred);
        System.out.print(r.table());
        if (verbose) {
            r.falsePositives().forEach(k -> System.out.println("FP " + k));
            r.falseNegatives().forEach(k -> System.out.println("FN " + k));
            r.dateErrors().forEach(k -> System.out.println("DATE " + k));
        }
        return 0;
    }
}
