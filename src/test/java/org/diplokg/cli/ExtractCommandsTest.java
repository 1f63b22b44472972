package org.diplokg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandsTest {

    @Test
    void extractWritesTheClaimsCsvAndEvaluatePrintsScores(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("claims.csv");
        // --sources defaults to DIR/sources.csv: give a folder that has one.
        Path dir = Files.createDirectory(tmp.resolve("articles"));
        for (Path p : Files.newDirectoryStream(Path.of("data/articles"), "*.txt")) Files.copy(p, dir.resolve(p.getFileName()));
        Files.copy(Path.of("data/sources.csv"), dir.resolve("sources.csv"));
        int rc = new CommandLine(new ExtractCommand()).execute("--articles", dir.toString(), "--out", out.toString());
        assertEquals(0, rc);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("source_file,source_url,relation,actor,actor_wikidata,target,target_wikidata,date,topic,quote,start,end,confidence,method",
                lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("001_491341cf80c4d23a.txt,https://www.urdupoint.com/")
                && l.contains(",severs,niger,Q1032,ukraine,Q212,2024-08-06,")));
        assertTrue(lines.get(lines.size() - 1).endsWith(",extracted"));

        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            rc = new CommandLine(new EvaluateCommand()).execute("--gold", "data/gold/seed-gold.csv", "--pred", out.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, rc);
        String table = buf.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("overall") && table.contains("denies") && table.contains("date accuracy"), table);
    }

    @Test
    void extractRequiresArticlesAndOut() {
        assertEquals(2, new CommandLine(new ExtractCommand()).execute("--out", "x.csv"));
    }
}
