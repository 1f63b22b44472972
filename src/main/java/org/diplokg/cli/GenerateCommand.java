package org.diplokg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplokg.bench.GdeltGenerator;
import org.diplokg.gdelt.CameoCountryMap;
import org.diplokg.ingest.ActorTable;
import org.diplokg.store.DataLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write synthetic GDELT 2.0 event rows for benchmarks (import-gdelt reads them).",
                "Claims between states with Zipf-skewed actors, dates 2015-2024, 1-4 source articles each",
                "(one row per article), plus ~20% noise rows the importer counts and skips. Same seed, same file."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--claims", required = true, description = "Number of claims to draw.")
    long claims;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output TSV file.")
    Path out;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--max-sources", description = "At most this many articles per claim, 1 to 4 (default: ${DEFAULT-VALUE}).")
    int maxSources = 4;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Override
    public Integer call() throws IOException {
        DataLayout layout = new DataLayout(data);
        ActorTable actors = ActorTable.read(layout.actors());
        GdeltGenerator generator = new GdeltGenerator(CameoCountryMap.read(layout.cameoCountries(), actors), seed, Math.max(1, Math.min(4, maxSources)));
        long rows;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
            rows = generator.write(claims, w);
        }
        System.out.printf("wrote %,d rows for %,d claims to %s%n", rows, claims, out);
        return 0;
    }
}
