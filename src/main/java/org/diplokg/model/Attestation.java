package org.diplokg.model;

/**
 * One input row: a claim as one source attests it, with where the row came from.
 *
 * @param claim    the claim's identity
 * @param topic    what an accusation is about, or {@code null}
 * @param evidence the supporting source, quote and method
 * @param accepted {@code false} for a curator's rejection: the claim must not be asserted from
 *                 this source, whatever the extractor finds
 * @param note     free-text note, or {@code null}
 * @param origin   file and line of the row, for messages
 */
public record Attestation(Claim claim, Topic topic, Evidence evidence, boolean accepted,
                          String note, InputLocation origin) {
}
