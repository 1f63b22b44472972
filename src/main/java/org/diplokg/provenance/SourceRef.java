package org.diplokg.provenance;

import java.time.LocalDate;

/**
 * A source document. Unknown fields are {@code null}.
 *
 * @param iri          the document's DiploKG IRI
 * @param url          where it was published
 * @param identifier   the article's file name in the corpus
 * @param publisherIri the publisher's IRI
 * @param publisher    the publisher's name
 * @param published    the publication date
 * @param title        the headline
 */
public record SourceRef(String iri, String url, String identifier, String publisherIri, String publisher,
                        LocalDate published, String title) {
    /**
     * What counts as one independent voice for corroboration: the publisher when known, else
     * the document itself (two anonymous documents may well be two publishers).
     */
    public String voice() {
        return publisherIri != null ? publisherIri : iri;
    }
}
