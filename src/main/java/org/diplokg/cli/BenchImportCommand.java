package org.diplokg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplokg.bench.HeapSampler;
import org.diplokg.gdelt.GdeltImporter;
import org.diplokg.gdelt.ImportSummary;
import org.diplokg.gdelt.Progress;
import org.diplokg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = {"Benchmark: import GDELT files with import-gdelt --fast and load the same quads, written as",
                "N-Quads, with Jena's parallel TDB2 loader; both into fresh databases under --work. Prints both rates and the ratio."})
final class BenchImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--work", required = true, paramLabel = "DIR", description = "Scratch folder for the N-Quads file and both databases.")
    Path work;

    @Option(names = "--keep", description = "Keep the databases and N-Quads file (default: delete them).")
    boolean keep;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GDELT event export files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(work);
        GdeltImporter importer = ImportGdeltCommand.importer(store, Progress.silent());
        Path nq = work.resolve("same-data.nq");
        long t0 = System.nanoTime();
        ImportSummary written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            w.start();
            written = importer.stream(files, w);
            w.finish();
        }
        System.out.printf("same data as N-Quads: %,d quads, %,d bytes, %.1f s (not timed below)%n",
                written.quadsWritten(), Files.size(nq), (System.nanoTime() - t0) / 1e9);

        Path jenaDb = work.resolve("jena-db");
        FreshDir.delete(jenaDb);
        double jena;
        long jenaQuads;
        try (HeapSampler heap = new HeapSampler(); KgStore kg = KgStore.open(jenaDb)) {
            long t = System.nanoTime();
            DataLoader loader = LoaderFactory.parallelLoader(kg.datasetGraph(), (fmt, args) -> {});
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
            jena = (System.nanoTime() - t) / 1e9;
            jenaQuads = loader.countQuads() + loader.countTriples();
            System.out.printf("Jena parallel loader: %,d quads in %.1f s = %,.0f quads/s; %s%n", jenaQuads, jena, jenaQuads / jena, heap.report());
        }

        Path ourDb = work.resolve("ours-db");
        FreshDir.delete(ourDb);
        double ours;
        ImportSummary summary;
        try (HeapSampler heap = new HeapSampler()) {
            long t = System.nanoTime();
            summary = importer.importFresh(ourDb, files);
            ours = (System.nanoTime() - t) / 1e9;
            System.out.printf("DiploKG import-gdelt --fast: %,d rows -> %,d quads in %.1f s = %,.0f quads/s (%,.0f rows/s); %s%n",
                    summary.rows(), summary.quadsWritten(), ours, summary.quadsWritten() / ours, summary.rows() / ours, heap.report());
        }
        System.out.printf("ratio (ours / Jena, throughput on the same quads): %.2f%n", jena / ours);
        try (KgStore a = KgStore.open(ourDb)) {
            System.out.printf("store: %,d quads (distinct) in ours%n", a.quadCount());
        }
        if (!keep) {
            FreshDir.delete(jenaDb);
            FreshDir.delete(ourDb);
            Files.deleteIfExists(nq);
        }
        return 0;
    }

    /** Deletes scratch folders. */
    static final class FreshDir {
        static void delete(Path dir) throws IOException {
            if (!Files.exists(dir)) return;
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }
}
