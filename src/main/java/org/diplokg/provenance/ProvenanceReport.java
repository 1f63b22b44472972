package org.diplokg.provenance;

import java.util.List;
import java.util.stream.Collectors;

import org.diplokg.model.Relation;

/**
 * Where the claims of one (actor, relation, target) come from. The same act may be recorded as
 * several claims that differ only in date, because sources disagree on the date or leave it out;
 * {@link #dates()} says how many sources give each date.
 *
 * @param actor         who acts
 * @param relation      the relation asked for
 * @param target        whom the act concerns
 * @param claims        every matching claim, dated ones first in date order, then undated
 * @param dates         distinct sources per date, in the same order
 * @param sources       distinct source documents over all claims
 * @param corroboration distinct publishers over all claims
 */
public record ProvenanceReport(ActorRef actor, Relation relation, ActorRef target, List<ClaimProvenance> claims,
                               List<DateCount> dates, int sources, int corroboration) {
    public ProvenanceReport {
        claims = List.copyOf(claims);
        dates = List.copyOf(dates);
    }

    /** True when the sources give more than one date (undated counts as one). */
    public boolean datesDisagree() {
        return dates.size() > 1;
    }

    /** E.g. {@code 2024-08-04: 3 sources, undated: 2 sources}. */
    public String datesSummary() {
        return dates.stream().map(DateCount::toString).collect(Collectors.joining(", "));
    }
}
