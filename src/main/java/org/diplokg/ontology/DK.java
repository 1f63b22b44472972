package org.diplokg.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.model.Method;
import org.diplokg.model.Relation;
import org.diplokg.model.Topic;

/** Terms of the DiploKG ontology, {@code https://w3id.org/diplokg/ontology#} (prefix {@code dk:}). */
public final class DK {
    private DK() {}

    public static final String NS = "https://w3id.org/diplokg/ontology#";
    /** The ontology's own IRI, also the name of the graph that holds it. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/diplokg/ontology";

    public static final Node Claim = term("Claim");
    public static final Node Evidence = term("Evidence");
    public static final Node Actor = term("Actor");
    public static final Node State = term("State");
    public static final Node Territory = term("Territory");

    public static final Node actor = term("actor");
    public static final Node target = term("target");
    public static final Node date = term("date");
    public static final Node dyad = term("dyad");
    public static final Node topic = term("topic");
    public static final Node answers = term("answers");
    public static final Node method = term("method");
    public static final Node confidence = term("confidence");
    public static final Node iso3 = term("iso3");
    public static final Node gdeltEventId = term("gdeltEventId");
    public static final Node numSources = term("numSources");
    public static final Node numArticles = term("numArticles");

    /** The claim class of a relation, e.g. {@code dk:Severance}. */
    public static Node claimClass(Relation relation) { return term(relation.claimClass()); }

    /** The direct property between actors, e.g. {@code dk:seversRelationsWith}. */
    public static Node directProperty(Relation relation) { return term(relation.directProperty()); }

    /** The SKOS concept of a topic, e.g. {@code dk:terrorism}. */
    public static Node topic(Topic topic) { return term(topic.code()); }

    /** The SKOS concept of a method, e.g. {@code dk:curated}. */
    public static Node method(Method method) { return term(method.code()); }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
