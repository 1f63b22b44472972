package org.diplokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplokg.store.Backup;
import org.diplokg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write every quad of the store to a gzip-compressed N-Quads file, from one consistent snapshot.",
                "The file appears under its name only when complete."})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Backup file, e.g. diplokg.nq.gz.")
    Path out;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.open(store.db)) {
            long quads = Backup.write(kg, out);
            spec.commandLine().getOut().printf("wrote %d quads to %s%n", quads, out);
        }
        return 0;
    }
}
