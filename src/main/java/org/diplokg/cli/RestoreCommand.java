package org.diplokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplokg.store.Backup;
import org.diplokg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup (gzip N-Quads) into an empty store, in one transaction.",
                "Refuses a store that is not empty; a damaged backup leaves the store empty."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "Backup file written by 'diplokg backup'.")
    Path file;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.open(store.db)) {
            long quads = Backup.restore(file, kg);
            spec.commandLine().getOut().printf("restored %d quads into %s%n", quads, store.db);
        }
        return 0;
    }
}
