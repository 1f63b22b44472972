package org.diplokg.cli;

import org.diplokg.extract.ClaimsCsvWriter;
import org.diplokg.extract.ExtractedClaim;
import org.diplokg.extract.Extractor;
import org.diplokg.extract.Gazetteer;
import org.diplokg.extract.PairModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code extract --articles DIR [--sources FILE] --out FILE.csv [--actors FILE] [--pair-model FILE | --rules-only]}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract severs/accuses/denies claims, each with its quote, from a folder of plain-text articles.")
public class ExtractCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, description = "Folder of *.txt articles (UTF-8).")
    Path articles;

    @Option(names = "--sources", description = "Manifest CSV (file,url,publisher,published,title,language); default DIR/sources.csv.")
    Path sources;

    @Option(names = "--out", required = true, description = "Claims CSV to write.")
    Path out;

    @Option(names = "--actors", defaultValue = "data/actors.csv", description = "Actor gazetteer CSV (default: ${DEFAULT-VALUE}).")
    Path actors;

    @Option(names = "--pair-model", description = "Weights for the second reader (default: the model in the jar; see train-pair-model).")
    Path pairModel;

    @Option(names = "--rules-only", description = "Leave the second reader out: claims from the rules alone.")
    boolean rulesOnly;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path manifest = sources != null ? sources : articles.resolve("sources.csv");
        if (sources != null && !Files.isRegularFile(sources)) {
            spec.commandLine().getErr().println("error: --sources " + sources + ": no such file");
            return 2;
        }
        if (sources == null && !Files.isRegularFile(manifest)) {
            // Without publication dates "said Tuesday" and "August 4" cannot be dated, so say so rather than
            // leave the user to wonder why the dates are empty.
            spec.commandLine().getErr().println("warning: no manifest " + manifest + "; the articles get no URL or "
                    + "publication date, and dates relative to publication stay empty (use --sources FILE)");
        }
        PairModel model = rulesOnly ? PairModel.NONE : pairModel == null ? PairModel.bundled() : PairModel.read(pairModel);
        Extractor extractor = new Extractor(Gazetteer.load(actors), model);
        List<ExtractedClaim> claims = extractor.extractFolder(articles, manifest);
        new ClaimsCsvWriter().write(claims, out);
        System.out.printf("%d claims written to %s%n", claims.size(), out);
        return 0;
    }
}
