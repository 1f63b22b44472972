package org.diplokg.extract;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes claims as CSV with the exact columns of the claims exchange format; {@code method} is "extracted". */
public final class ClaimsCsvWriter {

    /** Column order of the claims CSV. */
    public static final List<String> HEADER = List.of("source_file", "source_url", "relation", "actor",
            "actor_wikidata", "target", "target_wikidata", "date", "topic", "quote", "start", "end", "confidence",
            "method");

    public void write(List<ExtractedClaim> claims, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(claims, w);
        }
    }

    public void write(List<ExtractedClaim> claims, Writer w) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\n").get();
        try (CSVPrinter p = new CSVPrinter(w, fmt)) {
            for (ExtractedClaim c : claims) {
                p.printRecord(c.sourceFile(), c.sourceUrl(), c.relation().code(), c.actorId(), c.actorQid(),
                        c.targetId(), c.targetQid(), c.date() == null ? "" : c.date().toString(),
                        c.topic() == null ? "" : c.topic().code(), c.quote(), c.start(), c.end(),
                        String.format(Locale.ROOT, "%.2f", c.confidence()), "extracted");
            }
        }
    }
}
