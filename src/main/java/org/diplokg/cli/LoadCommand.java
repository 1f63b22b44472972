package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplokg.store.KgStore;
import org.diplokg.store.LoadReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load claims CSV files into the store, in one transaction.",
                "Actors and sources come from the data folder. Bad input stops the load with",
                "file:line:column and leaves the store exactly as it was. Loading the same files twice changes nothing."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Claims CSV files (relation,actor,target,date,topic,source,quote,status,note).")
    List<Path> files;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.open(store.db)) {
            LoadReport report = store.builder().loader().load(kg, files);
            spec.commandLine().getOut().printf("loaded %d rows (%d kept) as %d claims: +%d quads%n",
                    report.rows(), report.kept(), report.claims(), report.quadsAdded());
        }
        return 0;
    }
}
