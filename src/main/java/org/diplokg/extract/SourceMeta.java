package org.diplokg.extract;

import java.time.LocalDate;

/** One row of {@code sources.csv}; any field but {@code file} may be empty/null. */
public record SourceMeta(String file, String url, String publisher, LocalDate published, String title, String language) {
    public static SourceMeta bare(String file) {
        return new SourceMeta(file, "", "", null, "", "");
    }
}
