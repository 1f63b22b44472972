package org.diplokg.gdelt;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long import on stderr: rows, rate and ETA, at most every few seconds. The ETA
 * is from the share of the file's bytes read, so it works for zipped files too.
 */
public final class Progress {
    private final PrintStream out;
    private final long intervalNanos;
    private String file;
    private long fileStart;
    private long last;
    private long rows;

    public Progress(PrintStream out, Duration interval) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
    }

    /** No output: for tests and benchmarks that time the import alone. */
    public static Progress silent() {
        return new Progress(null, Duration.ZERO);
    }

    void startFile(String name) {
        file = name;
        rows = 0;
        fileStart = last = System.nanoTime();
    }

    /** Called per row; cheap unless a report is due. */
    void row(GdeltReader reader) {
        rows++;
        if (out == null || (rows & 0xFFF) != 0) return;
        long now = System.nanoTime();
        if (now - last < intervalNanos) return;
        last = now;
        double seconds = (now - fileStart) / 1e9;
        double done = reader.progress();
        long eta = done > 0 ? Math.round(seconds * (1 - done) / done) : -1;
        out.printf("%s: %,d rows, %,.0f rows/s, %.0f%% read, ETA %s%n", file, rows, rows / seconds,
                done * 100, eta < 0 ? "?" : Duration.ofSeconds(eta).toString().substring(2).toLowerCase());
    }

    void endFile() {
        if (out == null) return;
        double seconds = (System.nanoTime() - fileStart) / 1e9;
        out.printf("%s: %,d rows in %.1f s (%,.0f rows/s)%n", file, rows, seconds, rows / Math.max(seconds, 1e-9));
    }
}
