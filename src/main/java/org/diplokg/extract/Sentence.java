package org.diplokg.extract;

/**
 * A sentence span {@code [start, end)} in the article text.
 *
 * @param heading the span is a short line with no closing punctuation (headline, menu, teaser)
 */
public record Sentence(int start, int end, boolean heading) {
}
