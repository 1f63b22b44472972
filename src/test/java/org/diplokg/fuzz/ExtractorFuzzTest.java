package org.diplokg.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.diplokg.extract.Extractor;
import org.diplokg.extract.Gazetteer;
import org.diplokg.model.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * The extractor never throws on text: seeded mutants of the seed articles (decoded leniently,
 * as any byte soup can be), pure random UTF-8, empty text, and one huge article.
 */
class ExtractorFuzzTest {
    static final long SEED = 20240804L;
    static final int ITERATIONS = 300;

    @Test
    void mutatedAndRandomTextNeverMakesTheExtractorThrow() throws Exception {
        Extractor extractor = new Extractor(Gazetteer.load(Path.of("data/actors.csv")));
        SourceDocument meta = new SourceDocument("fuzz.txt", null, "Fuzz", LocalDate.of(2024, 8, 6), "fuzz", "en");
        List<byte[]> articles;
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            articles = files.sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        Mutator mutator = new Mutator(SEED);
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            String text = switch (i % 3) {
                case 0, 1 -> new String(mutator.mutate(articles.get(i % articles.size())), StandardCharsets.UTF_8);
                default -> randomText(random, random.nextInt(2000));
            };
            extractOrFail(extractor, text, meta, "seed " + SEED + ", iteration " + i);
        }
        extractOrFail(extractor, "", meta, "empty text");
        extractOrFail(extractor, "\0\0\0\uFFFD\uFEFF", meta, "binary text");
        // A huge article (about 4 MB): the extractor must finish, not throw.
        StringBuilder huge = new StringBuilder();
        String body = new String(articles.get(0), StandardCharsets.UTF_8);
        while (huge.length() < 4_000_000) huge.append(body).append('\n');
        extractOrFail(extractor, huge.toString(), meta, "huge article");
    }

    private static void extractOrFail(Extractor extractor, String text, SourceDocument meta, String what) {
        try {
            assertNotNull(extractor.extract(text, meta));
        } catch (RuntimeException | StackOverflowError e) {
            fail(what + ": extractor threw " + e, e);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        String words = " Mali Niger Ukraine severed diplomatic relations accused denied terrorism on 4 August 2024 . , \" \n";
        String[] w = words.split(" ");
        for (int i = 0; i < length; i++) {
            if (random.nextBoolean()) s.append(w[random.nextInt(w.length)]).append(' ');
            else {
                int cp;
                do cp = random.nextInt(0x10FFFF); while (cp >= 0xD800 && cp <= 0xDFFF);
                s.appendCodePoint(cp);
            }
        }
        return s.toString();
    }
}
