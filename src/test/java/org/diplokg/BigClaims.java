package org.diplokg;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a large, valid claims file over the seed actors and one seed article: every row a
 * distinct severance (actor, target, date), so each one becomes a claim of its own.
 */
public final class BigClaims {
    static final String ARTICLE = "001_491341cf80c4d23a.txt";
    static final String QUOTE = "Niger said Tuesday it was cutting diplomatic ties with Ukraine";

    private BigClaims() {}

    public static Path write(Path file, int rows) {
        List<String> actors;
        try {
            actors = Files.readAllLines(TestData.seed().actors()).stream().skip(1)
                    .map(l -> l.substring(0, l.indexOf(','))).toList();
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("relation,actor,target,date,topic,source,quote,status,note\n");
                int n = actors.size();
                LocalDate day0 = LocalDate.of(2000, 1, 1);
                for (int i = 0; i < rows; i++) {
                    String actor = actors.get(i % n);
                    String target = actors.get((i % n + 1 + (i / n) % (n - 1)) % n);
                    LocalDate date = day0.plusDays(i / (n * (n - 1L)));
                    out.write("severs," + actor + "," + target + "," + date + ",," + ARTICLE + ",\"" + QUOTE + "\",accepted,row " + i + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
