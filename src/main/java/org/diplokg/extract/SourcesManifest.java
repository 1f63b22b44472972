package org.diplokg.extract;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code sources.csv} (file,url,publisher,published,title,language) keyed by file name. */
public final class SourcesManifest {
    private SourcesManifest() {
    }

    public static Map<String, SourceMeta> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static Map<String, SourceMeta> read(Reader r) throws IOException {
        Map<String, SourceMeta> out = new LinkedHashMap<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        for (CSVRecord rec : fmt.parse(r)) {
            String file = get(rec, "file");
            if (file.isEmpty()) continue;
            out.put(file, new SourceMeta(file, get(rec, "url"), get(rec, "publisher"), date(get(rec, "published")),
                    get(rec, "title"), get(rec, "language")));
        }
        return out;
    }

    private static String get(CSVRecord rec, String col) {
        return rec.isMapped(col) && rec.isSet(col) ? rec.get(col).trim() : "";
    }

    /** ISO date, or the date part of an ISO date-time; null when missing or unreadable. */
    private static LocalDate date(String s) {
        if (s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
