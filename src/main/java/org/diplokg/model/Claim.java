package org.diplokg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity of a claim: one relation between two actors on one date. Every source that
 * reports the same act supports the same claim.
 *
 * @param date the day of the act, or {@code null} when no source lets a reader tell
 */
public record Claim(Relation relation, String actorId, String targetId, LocalDate date) {
    public Claim {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(targetId, "targetId");
    }
}
