package org.diplokg.provenance;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim with all its evidence.
 *
 * @param iri      the claim's IRI
 * @param relation {@code severs}, {@code accuses} or {@code denies}
 * @param label    English label
 * @param actor    who acts
 * @param target   whom the act concerns (for a denial: the accuser)
 * @param date     the day of the act, or {@code null} when undated
 * @param topics   topic codes of an accusation ({@code terrorism}, ...)
 * @param evidence one entry per source
 */
public record ClaimRef(String iri, String relation, String label, ActorRef actor, ActorRef target, LocalDate date,
                       List<String> topics, List<EvidenceRef> evidence) {
    public ClaimRef {
        topics = List.copyOf(topics);
        evidence = List.copyOf(evidence);
    }

    /** Corroboration: the number of distinct publishers (see {@link SourceRef#voice()}). */
    public int corroboration() {
        return (int) evidence.stream().map(e -> e.source().voice()).distinct().count();
    }
}
