package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds a database in a sibling folder ({@code DIR.building}) and, only when the build
 * succeeds, moves it into place with atomic renames. Used by loaders that are fast but not
 * crash-safe (Jena's parallel loader): a crash or error damages only the folder being built, and
 * the store at {@code DIR} stays as it was.
 */
public final class FreshDatabase {
    private FreshDatabase() {}

    /**
     * Runs {@code build} on a new empty store beside {@code dir}, then swaps it in.
     *
     * @param build fills the new store; it may read the old one at {@code dir}, still in place
     */
    public static <T> T buildAndSwap(Path dir, Function<KgStore, T> build) {
        Path absolute = dir.toAbsolutePath();
        Path building = absolute.resolveSibling(absolute.getFileName() + ".building");
        deleteTree(building);
        T result;
        try (KgStore store = KgStore.open(building)) {
            result = build.apply(store);
        } catch (RuntimeException | Error e) {
            deleteTree(building);
            throw e;
        }
        Path old = absolute.resolveSibling(absolute.getFileName() + ".old");
        try {
            deleteTree(old);
            if (Files.exists(absolute)) Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new database into " + absolute, e);
        }
        return result;
    }

    /**
     * Completes a swap that a crash interrupted between its two renames, so that {@code dir} is
     * never found missing (which {@code serve} would take for "no store yet" and rebuild from the
     * data folder, losing imports). The state {@code DIR} missing with {@code DIR.old} present
     * only arises there, after the new database was complete and closed: {@code DIR.building}
     * is moved into place, or, if it is gone too, {@code DIR.old} is put back.
     *
     * @return true if something was recovered
     */
    public static boolean recoverInterruptedSwap(Path dir) {
        Path absolute = dir.toAbsolutePath();
        Path old = absolute.resolveSibling(absolute.getFileName() + ".old");
        Path building = absolute.resolveSibling(absolute.getFileName() + ".building");
        if (Files.exists(absolute) || !Files.isDirectory(old)) return false;
        try {
            if (Files.isDirectory(building)) {
                Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the interrupted swap of " + absolute, e);
        }
        return true;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
