package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where DiploKG finds its input in a data folder: {@code actors.csv}, {@code sources.csv},
 * {@code articles/} and the curated claims files {@code curated/*.csv}.
 */
public record DataLayout(Path root) {
    /** The repository's own {@code data/} folder, relative to the working directory. */
    public static DataLayout standard() {
        return new DataLayout(Path.of("data"));
    }

    public Path actors() { return root.resolve("actors.csv"); }

    public Path sources() { return root.resolve("sources.csv"); }

    public Path articles() { return root.resolve("articles"); }

    /** CAMEO country codes to ISO 3166-1 alpha-3, for GDELT imports. */
    public Path cameoCountries() { return root.resolve("cameo-countries.csv"); }

    public Path curatedDir() { return root.resolve("curated"); }

    /** The curated claims files, sorted by name so every build reads them in the same order. */
    public List<Path> curatedClaims() {
        if (!Files.isDirectory(curatedDir())) return List.of();
        try (Stream<Path> files = Files.list(curatedDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
