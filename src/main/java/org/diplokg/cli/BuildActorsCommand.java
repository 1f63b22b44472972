package org.diplokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplokg.refdata.ActorTableBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build-actors", mixinStandardHelpOptions = true,
        description = {"Regenerate the actor gazetteer (data/actors.csv) from the shared reference data.",
                "Same reference data, byte-identical output; notes on dropped or repaired names go to stderr."})
final class BuildActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--refdata", paramLabel = "DIR", description = "Reference data folder (default: ${DEFAULT-VALUE}).")
    Path refdata = Path.of("../shared/refdata");

    @Option(names = "--out", paramLabel = "FILE", description = "Output CSV (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("data/actors.csv");

    @Override
    public Integer call() throws Exception {
        ActorTableBuilder.Result result = ActorTableBuilder.build(refdata, out);
        result.notes().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getOut().printf("wrote %d actors to %s%n", result.actors().size(), out);
        return 0;
    }
}
