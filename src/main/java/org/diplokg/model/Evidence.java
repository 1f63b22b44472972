package org.diplokg.model;

import java.util.Objects;

/**
 * What one source says in support of a claim.
 *
 * @param source     the reporting document
 * @param quote      verbatim text from the document (at most 500 characters), or {@code null}
 * @param start      offset of the quote in the document text (Java chars), or {@code null}
 * @param end        end offset (exclusive), or {@code null}
 * @param method     how the evidence was obtained
 * @param confidence 0 to 1; 1 for curated evidence
 * @param event      the dataset event behind imported evidence, or {@code null}
 */
public record Evidence(SourceDocument source, String quote, Integer start, Integer end,
                       Method method, double confidence, EventRecord event) {
    /** Longest quote the graph keeps: short extracts, never whole articles. */
    public static final int MAX_QUOTE_LENGTH = 500;

    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(method, "method");
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }

    /** Evidence that no event dataset stands behind: curated or extracted. */
    public Evidence(SourceDocument source, String quote, Integer start, Integer end,
                    Method method, double confidence) {
        this(source, quote, start, end, method, confidence, null);
    }
}
