package org.diplokg.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms DiploKG reuses from standard vocabularies: PROV-O, schema.org, Dublin Core, SKOS, OWL,
 * RDFS and the W3C Web Annotation vocabulary. Kept as {@link Node}s because the loader streams
 * triples rather than building models.
 */
public final class Vocab {
    private Vocab() {}

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    public static final Node rdfType = uri(RDF, "type");
    public static final Node rdfsLabel = uri(RDFS, "label");
    public static final Node owlSameAs = uri(OWL, "sameAs");
    public static final Node skosAltLabel = uri(SKOS, "altLabel");

    public static final Node provWasDerivedFrom = uri(PROV, "wasDerivedFrom");

    public static final Node schemaNewsArticle = uri(SCHEMA, "NewsArticle");
    public static final Node schemaOrganization = uri(SCHEMA, "Organization");
    public static final Node schemaCountry = uri(SCHEMA, "Country");
    public static final Node schemaUrl = uri(SCHEMA, "url");
    public static final Node schemaPublisher = uri(SCHEMA, "publisher");
    public static final Node schemaDatePublished = uri(SCHEMA, "datePublished");
    public static final Node schemaHeadline = uri(SCHEMA, "headline");
    public static final Node schemaInLanguage = uri(SCHEMA, "inLanguage");
    public static final Node schemaName = uri(SCHEMA, "name");
    public static final Node schemaIdentifier = uri(SCHEMA, "identifier");

    public static final Node dctSource = uri(DCT, "source");

    public static final Node oaHasSelector = uri(OA, "hasSelector");
    public static final Node oaTextQuoteSelector = uri(OA, "TextQuoteSelector");
    public static final Node oaTextPositionSelector = uri(OA, "TextPositionSelector");
    public static final Node oaExact = uri(OA, "exact");
    public static final Node oaStart = uri(OA, "start");
    public static final Node oaEnd = uri(OA, "end");

    /** The Wikidata entity IRI of a QID, e.g. {@code http://www.wikidata.org/entity/Q1032}. */
    public static Node wikidataEntity(String qid) {
        return NodeFactory.createURI(WIKIDATA_ENTITY + qid);
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
