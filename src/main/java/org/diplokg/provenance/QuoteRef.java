package org.diplokg.provenance;

/**
 * A verbatim quote of a source: a Web Annotation selector.
 *
 * @param selector the selector's IRI (a fragment of the evidence IRI)
 * @param exact    the quoted text
 * @param start    offset of the quote in the article text, or {@code null}
 * @param end      end offset (exclusive), or {@code null}
 */
public record QuoteRef(String selector, String exact, Integer start, Integer end) {
}
