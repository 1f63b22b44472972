package org.diplokg.cli;

import org.diplokg.extract.Extractor;
import org.diplokg.extract.Gazetteer;
import org.diplokg.extract.PairModel;
import org.diplokg.ingest.SourceTable;
import org.diplokg.model.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench-extract}: extraction speed in MB of article text (UTF-8 bytes) per second on one thread,
 * i.e. per core. Files are read once; only {@link Extractor#extract} is timed.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
        description = "Benchmark extraction speed (MB/s per core, single thread, after warm-up).")
public class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "data/articles", description = "Folder of *.txt articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--sources", description = "Manifest CSV; default DIR/../sources.csv, then DIR/sources.csv.")
    Path sources;

    @Option(names = "--actors", defaultValue = "data/actors.csv", description = "Actor gazetteer CSV (default: ${DEFAULT-VALUE}).")
    Path actors;

    @Option(names = "--warmup-seconds", defaultValue = "5", description = "Warm-up time (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured time (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--rules-only", description = "Measure the rules without the second reader.")
    boolean rulesOnly;

    @Override
    public Integer call() throws Exception {
        Path manifest = sources;
        if (manifest == null) {
            Path sibling = articles.toAbsolutePath().getParent().resolve("sources.csv");
            manifest = Files.exists(articles.resolve("sources.csv")) ? articles.resolve("sources.csv") : sibling;
        }
        SourceTable meta = SourceTable.forArticles(articles, manifest);
        List<String> texts = new ArrayList<>();
        List<SourceDocument> metas = new ArrayList<>();
        long bytes = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(articles, "*.txt")) {
            for (Path p : ds) {
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                texts.add(new String(b, StandardCharsets.UTF_8));
                String name = p.getFileName().toString();
                metas.add(meta.document(name));
            }
        }
        Extractor ex = new Extractor(Gazetteer.load(actors), rulesOnly ? PairModel.NONE : PairModel.bundled());
        long claimsPerPass = pass(ex, texts, metas);
        long sink = 0;
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) sink += pass(ex, texts, metas);
        long passes = 0;
        // CPU time of this thread as well as wall clock: on a shared machine the wall clock mostly measures
        // the neighbours, while CPU time is what a dedicated core would do.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpu0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        long stop = t0 + (long) (seconds * 1e9);
        long now;
        do {
            sink += pass(ex, texts, metas);
            passes++;
            now = System.nanoTime();
        } while (now < stop);
        double cpuSecs = cpu ? (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 : Double.NaN;
        double secs = (now - t0) / 1e9;
        double mb = bytes * passes / 1e6;
        System.out.printf(Locale.ROOT, "articles=%d bytes/pass=%d passes=%d seconds=%.2f claims/pass=%d%n",
                texts.size(), bytes, passes, secs, claimsPerPass);
        if (sink < 0) System.out.println(); // keeps the JIT from dropping the work
        System.out.printf(Locale.ROOT, "extraction speed: %.2f MB/s per core (single thread)%n", mb / secs);
        if (cpu) System.out.printf(Locale.ROOT, "extraction speed in CPU time: %.2f MB/s per core (%.2f CPU seconds)%n",
                mb / cpuSecs, cpuSecs);
        return 0;
    }

    private static long pass(Extractor ex, List<String> texts, List<SourceDocument> metas) {
        long n = 0;
        for (int i = 0; i < texts.size(); i++) n += ex.extract(texts.get(i), metas.get(i)).size();
        return n;
    }
}
