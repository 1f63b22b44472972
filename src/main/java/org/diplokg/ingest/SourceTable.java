package org.diplokg.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.diplokg.model.SourceDocument;

/**
 * The source manifest ({@code sources.csv}: {@code file,url,publisher,published,title,language})
 * and the folder of article texts beside it. Blank fields mean unknown.
 */
public final class SourceTable {
    static final Set<String> COLUMNS = Set.of("file", "url", "publisher", "published", "title", "language");

    private final Map<String, SourceDocument> byFile;
    private final Map<String, SourceDocument> byUrl;
    private final Path articleDir;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    private SourceTable(Map<String, SourceDocument> byFile, Map<String, SourceDocument> byUrl, Path articleDir) {
        this.byFile = Collections.unmodifiableMap(byFile);
        this.byUrl = Collections.unmodifiableMap(byUrl);
        this.articleDir = articleDir;
    }

    /** An empty manifest, for loads that bring every source by URL (imports). */
    public static SourceTable empty() {
        return new SourceTable(Map.of(), Map.of(), null);
    }

    /**
     * Reads a manifest.
     *
     * @param articleDir the folder holding the files the manifest names
     */
    public static SourceTable read(Path manifest, Path articleDir) {
        CsvTable table = CsvTable.open(manifest, Set.of("file", "url"), COLUMNS);
        Map<String, SourceDocument> byFile = new LinkedHashMap<>();
        Map<String, SourceDocument> byUrl = new LinkedHashMap<>();
        table.forEachRow(row -> {
            String file = row.get("file");
            String url = row.get("url");
            if (file == null && url == null)
                throw new InputException(row.location(), "a source needs a file or a url");
            if (file != null && (file.contains("/") || file.contains("\\")))
                throw row.error("file", "'" + file + "' must be a plain file name inside the articles folder");
            if (url != null && !(url.startsWith("http://") || url.startsWith("https://")))
                throw row.error("url", "'" + url + "' is not an http(s) URL");
            if (file != null && !Files.isRegularFile(articleDir.resolve(file)))
                throw row.error("file", "article file not found: " + articleDir.resolve(file));
            LocalDate published = null;
            String date = row.get("published");
            if (date != null) {
                try {
                    published = Dates.parseIsoDate(date);
                } catch (DateTimeParseException e) {
                    throw row.error("published", "invalid date '" + date + "', expected yyyy-mm-dd");
                }
            }
            SourceDocument doc = new SourceDocument(file, url, row.get("publisher"), published,
                    row.get("title"), row.get("language"));
            if (file != null && byFile.put(file, doc) != null)
                throw row.error("file", "duplicate file '" + file + "'");
            if (url != null && byUrl.put(url, doc) != null)
                throw row.error("url", "duplicate url '" + url + "'");
        });
        return new SourceTable(byFile, byUrl, articleDir);
    }

    /**
     * The manifest for a folder of articles, or an empty one when the manifest file does not
     * exist (articles then have no URL and no publication date).
     */
    public static SourceTable forArticles(Path articleDir, Path manifest) {
        return Files.exists(manifest) ? read(manifest, articleDir)
                : new SourceTable(Map.of(), Map.of(), articleDir);
    }

    /** The manifest's entry for an article file, or a bare document knowing only its name. */
    public SourceDocument document(String file) {
        return Optional.ofNullable(byFile.get(file))
                .orElseGet(() -> new SourceDocument(file, null, null, null, null, null));
    }

    /** Finds a source by file name or URL. */
    public Optional<SourceDocument> find(String fileOrUrl) {
        if (fileOrUrl == null) return Optional.empty();
        return Optional.ofNullable(byFile.get(fileOrUrl)).or(() -> Optional.ofNullable(byUrl.get(fileOrUrl)));
    }

    public Collection<SourceDocument> all() {
        Map<SourceDocument, Boolean> seen = new LinkedHashMap<>();
        byFile.values().forEach(d -> seen.put(d, true));
        byUrl.values().forEach(d -> seen.put(d, true));
        return seen.keySet();
    }

    /** The article folder, or {@code null} for a manifest without one. */
    public Path articleDir() {
        return articleDir;
    }

    /** The text of a source's article file, read once; empty for URL-only sources. */
    public Optional<String> text(SourceDocument source) {
        if (source.file() == null || articleDir == null) return Optional.empty();
        return Optional.of(texts.computeIfAbsent(source.file(), f -> TextFiles.readUtf8(articleDir.resolve(f))));
    }
}
