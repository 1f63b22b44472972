package org.diplokg.provenance;

/**
 * An actor as the graph describes it.
 *
 * @param iri      the actor's DiploKG IRI
 * @param id       the last segment of the IRI ({@code niger})
 * @param label    English label, or the id when the graph has none
 * @param qid      Wikidata QID ({@code Q1032}), or {@code null}
 * @param wikidata Wikidata entity IRI, or {@code null}
 */
public record ActorRef(String iri, String id, String label, String qid, String wikidata) {
}
