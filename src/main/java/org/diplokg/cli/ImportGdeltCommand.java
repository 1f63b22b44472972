package org.diplokg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplokg.bench.HeapSampler;
import org.diplokg.gdelt.CameoCountryMap;
import org.diplokg.gdelt.GdeltImporter;
import org.diplokg.gdelt.ImportSummary;
import org.diplokg.gdelt.Progress;
import org.diplokg.ingest.ActorTable;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.DataLayout;
import org.diplokg.store.KgStore;
import org.diplokg.store.Ontology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-gdelt", mixinStandardHelpOptions = true,
        description = {"Import GDELT event exports (2.0: 61 columns, 1.0: 57/58; plain or .zip) as claims with imported evidence.",
                "CAMEO 161 -> severs, 112/1121-1125 -> accuses, 016 -> denies, between states (Actor1/Actor2CountryCode).",
                "Every row is mapped or counted under a reason in the summary. One transaction: bad input",
                "(wrong column count, bad date or id) stops the import with file:line and leaves the store unchanged.",
                "Importing the same file twice changes nothing."})
final class ImportGdeltCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--fast", description = {"Use Jena's parallel bulk loader. It is not crash-safe, so a new database",
            "is built beside --db (copying what it holds) and replaces it only when complete."})
    boolean fast;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--report-heap", description = "Sample heap use during the import and print the peaks (for benchmarks).")
    boolean reportHeap;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GDELT event export files (.CSV, .tsv or .zip).")
    List<Path> files;

    @Override
    public Integer call() {
        ImportSummary summary;
        GdeltImporter importer = importer(store, quiet ? Progress.silent() : new Progress(System.err, Duration.ofSeconds(5)));
        HeapSampler heap = reportHeap ? new HeapSampler() : null;
        long start = System.nanoTime();
        if (fast) {
            summary = importer.importFresh(store.db, files);
        } else {
            try (KgStore kg = KgStore.open(store.db)) {
                summary = importer.importInto(kg, files);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.print(summary.format());
        System.out.printf("%.1f s, %,.0f rows/s, %,.0f quads/s%n", seconds, summary.rows() / seconds, summary.quadsWritten() / seconds);
        if (heap != null) {
            heap.close();
            System.out.println(heap.report());
        }
        return 0;
    }

    static GdeltImporter importer(StoreOptions store, Progress progress) {
        DataLayout data = new DataLayout(store.data);
        ActorTable actors = ActorTable.read(data.actors());
        IriMinter iris = new IriMinter(store.base);
        return new GdeltImporter(actors, CameoCountryMap.read(data.cameoCountries(), actors), iris, Ontology.load(iris), progress);
    }
}
