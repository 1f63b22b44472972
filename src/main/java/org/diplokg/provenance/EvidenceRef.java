package org.diplokg.provenance;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one source says for a claim.
 *
 * @param iri        the evidence's IRI
 * @param source     the source document
 * @param method     {@code curated}, {@code extracted} or {@code imported}
 * @param confidence 0 to 1
 * @param quotes     the verbatim quotes, ordered by offset
 */
public record EvidenceRef(String iri, SourceRef source, String method, BigDecimal confidence, List<QuoteRef> quotes) {
    public EvidenceRef {
        quotes = List.copyOf(quotes);
    }
}
