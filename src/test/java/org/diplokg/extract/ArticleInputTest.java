package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diplokg.ingest.InputException;
import org.diplokg.ingest.TextFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles read from a folder: an empty one yields nothing; a binary or huge one is refused with its name. */
class ArticleInputTest {
    static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = new Extractor(Gazetteer.load(Path.of("data/actors.csv")));
    }

    @Test
    void anEmptyArticleYieldsNoClaims() throws Exception {
        Files.write(dir.resolve("000_empty.txt"), new byte[0]);
        assertTrue(extractor.extractFolder(dir, dir.resolve("no-manifest.csv")).isEmpty());
    }

    @Test
    void aBinaryArticleIsRefusedAtItsLineAndColumn() throws Exception {
        Path binary = dir.resolve("001_binary.txt");
        Files.write(binary, new byte[] {'M', 'a', 'l', 'i', '\n', 'x', (byte) 0xC3, (byte) 0x28, 0, 1});
        InputException e = assertThrows(InputException.class, () -> extractor.extractFolder(dir, dir.resolve("no-manifest.csv")));
        assertTrue(e.getMessage().startsWith(binary + ":2:2: invalid UTF-8"), e.getMessage());
    }

    @Test
    void aHugeArticleIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("002_huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(TextFiles.MAX_BYTES + 1); // sparse: no disk cost
        }
        InputException e = assertThrows(InputException.class, () -> extractor.extractFolder(dir, dir.resolve("no-manifest.csv")));
        assertTrue(e.getMessage().startsWith(huge + ":1: file is " + (TextFiles.MAX_BYTES + 1) + " bytes"), e.getMessage());
    }
}
