package org.diplokg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.diplokg.TestData;

/**
 * The child JVM of {@link CrashSafetyTest}: loads a claims file into a store, printing each
 * progress report as {@code PHASE count} on stdout. At the report named by its third argument
 * ({@code PHASE} or {@code PHASE:minCount}) it prints {@code STOPPED} and blocks on stdin, so
 * the parent kills it at a known point of the load instead of after a guessed delay.
 *
 * <p>Usage: {@code CrashLoadChild DB CLAIMS.csv STOP-AT}
 */
public final class CrashLoadChild {
    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Path claims = Path.of(args[1]);
        String[] stop = args[2].split(":");
        LoadListener.Phase stopPhase = LoadListener.Phase.valueOf(stop[0]);
        long stopCount = stop.length > 1 ? Long.parseLong(stop[1]) : 0;
        PrintStream out = System.out;
        LoadListener listener = (phase, count) -> {
            out.println(phase + " " + count);
            if (phase == stopPhase && count >= stopCount) {
                out.println("STOPPED");
                out.flush();
                try {
                    System.in.read(); // the parent never answers: it kills us here
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            out.flush();
        };
        try (KgStore store = KgStore.open(db)) {
            TestData.seedBuilder().loader().withListener(listener).load(store, List.of(claims));
        }
        out.println("DONE");
        out.flush();
    }
}
