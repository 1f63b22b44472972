package org.diplokg.cli;

import java.nio.file.Path;

import org.diplokg.ontology.IriMinter;
import org.diplokg.store.DataLayout;
import org.diplokg.store.StoreBuilder;

import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("db");

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder with actors.csv, sources.csv, articles/ and curated/ (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI of DiploKG resources (default: ${DEFAULT-VALUE}).")
    String base = IriMinter.DEFAULT_BASE;

    StoreBuilder builder() {
        return new StoreBuilder(new DataLayout(data), new IriMinter(base));
    }
}
