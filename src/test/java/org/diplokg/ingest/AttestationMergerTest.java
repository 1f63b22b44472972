package org.diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.diplokg.model.Attestation;
import org.diplokg.model.Claim;
import org.diplokg.model.Evidence;
import org.diplokg.model.InputLocation;
import org.diplokg.model.Method;
import org.diplokg.model.Relation;
import org.diplokg.model.SourceDocument;
import org.diplokg.model.Topic;
import org.junit.jupiter.api.Test;

class AttestationMergerTest {
    static final SourceDocument A = new SourceDocument("a.txt", null, null, null, null, null);
    static final SourceDocument B = new SourceDocument("b.txt", null, null, null, null, null);
    static final Claim SEVERS = new Claim(Relation.SEVERS, "niger", "ukraine", LocalDate.of(2024, 8, 6));

    static Attestation row(Claim claim, Topic topic, SourceDocument source, String quote, Method method, boolean accepted) {
        return new Attestation(claim, topic, new Evidence(source, quote, null, null, method, method == Method.CURATED ? 1 : 0.7),
                accepted, null, new InputLocation("t.csv", 2, 0));
    }

    @Test
    void curatedRowsReplaceExtractedOnesForTheSameClaimAndSource() {
        Attestation curated = row(SEVERS, null, A, "curated quote", Method.CURATED, true);
        Attestation extracted = row(SEVERS, null, A, "extracted quote", Method.EXTRACTED, true);
        Attestation otherSource = row(SEVERS, null, B, "other", Method.EXTRACTED, true);
        assertEquals(List.of(curated, otherSource), AttestationMerger.merge(List.of(extracted, curated, otherSource)));
    }

    @Test
    void curatedRejectionSuppressesTheExtractedClaimForThatSourceOnly() {
        Attestation rejected = row(SEVERS, null, A, "q", Method.CURATED, false);
        Attestation extractedA = row(SEVERS, null, A, "q", Method.EXTRACTED, true);
        Attestation extractedB = row(SEVERS, null, B, "q", Method.EXTRACTED, true);
        assertEquals(List.of(extractedB), AttestationMerger.merge(List.of(rejected, extractedA, extractedB)));
    }

    @Test
    void anUndatedRejectionCoversEveryDateButADatedOneOnlyItsOwn() {
        Claim undated = new Claim(Relation.SEVERS, "niger", "ukraine", null);
        Claim otherDay = new Claim(Relation.SEVERS, "niger", "ukraine", LocalDate.of(2024, 8, 7));
        Attestation extracted = row(otherDay, null, A, "q", Method.EXTRACTED, true);
        assertEquals(List.of(), AttestationMerger.merge(List.of(row(undated, null, A, "q", Method.CURATED, false), extracted)));
        assertEquals(List.of(extracted), AttestationMerger.merge(List.of(row(SEVERS, null, A, "q", Method.CURATED, false), extracted)));
    }

    @Test
    void aRejectionByTheExtractorRejectsNothing() {
        Attestation notCurated = row(SEVERS, null, A, "q", Method.EXTRACTED, false);
        Attestation curated = row(SEVERS, null, A, "q", Method.CURATED, true);
        assertEquals(List.of(curated), AttestationMerger.merge(List.of(notCurated, curated)));
    }

    @Test
    void topicsOfOneAccusationAreKeptAndDuplicatesDropped() {
        Claim accuses = new Claim(Relation.ACCUSES, "mali", "ukraine", null);
        Attestation terrorism = row(accuses, Topic.TERRORISM, A, "q1", Method.CURATED, true);
        Attestation sovereignty = row(accuses, Topic.SOVEREIGNTY, A, "q2", Method.CURATED, true);
        assertEquals(List.of(terrorism, sovereignty), AttestationMerger.merge(List.of(terrorism, sovereignty, terrorism)));
    }
}
