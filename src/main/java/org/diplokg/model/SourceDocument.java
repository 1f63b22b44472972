package org.diplokg.model;

import java.time.LocalDate;

/**
 * A news article, as listed in a {@code sources.csv} manifest. Blank manifest fields are
 * {@code null}: unknown, not empty.
 *
 * @param file      file name of the article text, or {@code null} for a URL-only source
 * @param url       the article's URL, or {@code null}
 * @param publisher publisher name, or {@code null}
 * @param published publication date, or {@code null}
 * @param title     headline, or {@code null}
 * @param language  BCP 47 language tag, or {@code null}
 */
public record SourceDocument(String file, String url, String publisher, LocalDate published,
                             String title, String language) {
    public SourceDocument {
        if (file == null && url == null)
            throw new IllegalArgumentException("a source needs a file or a URL");
    }

    /** The identity used to mint the document's IRI: its URL when known, else its file name. */
    public String identityKey() {
        return url != null ? url : "file:" + file;
    }
}
