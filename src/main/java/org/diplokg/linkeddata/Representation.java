package org.diplokg.linkeddata;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The five representations of a resource, chosen by the {@code Accept} header. Turtle comes
 * first: it is what {@code *}{@code /*} and a missing header get.
 */
public enum Representation {
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", RDFFormat.RDFXML_PLAIN),
    HTML("text/html", null);

    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(Representation::mediaType).toArray(String[]::new));

    private final String mediaType;
    private final RDFFormat format;

    Representation(String mediaType, RDFFormat format) {
        this.mediaType = mediaType;
        this.format = format;
    }

    public String mediaType() { return mediaType; }

    /** The RIOT format, or {@code null} for HTML. */
    public RDFFormat rdfFormat() { return format; }

    /** The best representation for an {@code Accept} header; empty when none is acceptable (406). */
    public static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(TURTLE);
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) return Optional.empty();
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }
}
