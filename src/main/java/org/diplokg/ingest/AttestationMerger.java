package org.diplokg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.diplokg.model.Attestation;
import org.diplokg.model.Method;
import org.diplokg.model.Relation;

/**
 * Applies the curation rules to the rows of one load. Evidence is one per (claim, source): when
 * a person curated that pair, the curated rows replace what the extractor or an import found;
 * and a curated {@code rejected} row suppresses every row for its claim and source (a rejection
 * without a date covers every date, one without a topic every topic).
 */
public final class AttestationMerger {
    private AttestationMerger() {}

    /** The accepted rows that survive, grouped by (claim, source) in input order, without duplicates. */
    public static List<Attestation> merge(List<Attestation> rows) {
        List<Attestation> rejections = rows.stream()
                .filter(a -> !a.accepted() && a.evidence().method() == Method.CURATED).toList();
        Map<List<Object>, List<Attestation>> groups = new LinkedHashMap<>();
        for (Attestation row : rows) {
            if (!row.accepted() || rejections.stream().anyMatch(r -> rejects(r, row))) continue;
            groups.computeIfAbsent(List.of(row.claim(), row.evidence().source().identityKey()), k -> new ArrayList<>()).add(row);
        }
        List<Attestation> kept = new ArrayList<>();
        for (List<Attestation> group : groups.values()) {
            boolean curated = group.stream().anyMatch(a -> a.evidence().method() == Method.CURATED);
            Map<List<Object>, Attestation> distinct = new LinkedHashMap<>();
            for (Attestation a : group) {
                if (curated && a.evidence().method() != Method.CURATED) continue;
                List<Object> key = List.of(Objects.toString(a.topic()), Objects.toString(a.evidence().quote()));
                Attestation previous = distinct.get(key);
                if (previous == null || a.evidence().confidence() > previous.evidence().confidence())
                    distinct.put(key, a);
            }
            kept.addAll(distinct.values());
        }
        return kept;
    }

    private static boolean rejects(Attestation rejection, Attestation row) {
        var r = rejection.claim();
        var c = row.claim();
        return r.relation() == c.relation()
                && r.actorId().equals(c.actorId())
                && r.targetId().equals(c.targetId())
                && (r.date() == null || r.date().equals(c.date()))
                && (r.relation() != Relation.ACCUSES || rejection.topic() == null || rejection.topic() == row.topic())
                && rejection.evidence().source().identityKey().equals(row.evidence().source().identityKey());
    }
}
