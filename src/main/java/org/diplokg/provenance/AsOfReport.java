package org.diplokg.provenance;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether diplomatic relations between two actors stand severed on a date.
 *
 * @param a          one actor
 * @param b          the other
 * @param asOf       the date asked about
 * @param severed    true when some severance between them, either way, is dated on or before {@code asOf}
 * @param since      the earliest such severance date, or {@code null}
 * @param by         the actors who severed, in order of their first severance
 * @param severances the dated severance claims on or before {@code asOf}, with evidence
 * @param undated    severance claims between them that no source dates: reported, never counted
 * @param note       what the answer cannot take into account (restorations)
 */
public record AsOfReport(ActorRef a, ActorRef b, LocalDate asOf, boolean severed, LocalDate since, List<ActorRef> by,
                         List<ClaimRef> severances, List<ClaimRef> undated, String note) {
    /** The restriction every answer carries until the ontology has a restoration relation. */
    public static final String NO_RESTORATION = "DiploKG records no restoration of relations yet: "
            + "a severance is taken to stand from its date on.";

    public AsOfReport {
        by = List.copyOf(by);
        severances = List.copyOf(severances);
        undated = List.copyOf(undated);
    }

    /** E.g. {@code severed since 2024-08-04} or {@code not severed}. */
    public String answer() {
        return severed ? "severed since " + since : "not severed";
    }
}
