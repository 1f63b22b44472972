package org.diplokg.model;

/**
 * What an event dataset (GDELT) says about the event behind an imported piece of evidence: its id
 * there and how widely it was reported. Kept on the evidence so a reader can go back to the
 * dataset row and weigh the report.
 *
 * @param eventId     GDELT {@code GLOBALEVENTID}
 * @param numSources  GDELT {@code NumSources}: distinct sources reporting the event in the slice
 * @param numArticles GDELT {@code NumArticles}: articles mentioning the event in the slice
 */
public record EventRecord(long eventId, int numSources, int numArticles) {
    public EventRecord {
        if (numSources < 0 || numArticles < 0)
            throw new IllegalArgumentException("counts must not be negative: " + numSources + ", " + numArticles);
    }
}
