package org.diplokg.extract;

import java.time.LocalDate;

/**
 * One claim found in one article, with its evidence.
 *
 * @param quote        the sentence, equal to {@code text.substring(start, end)} of the article text
 * @param topic        only for {@link Relation#ACCUSES}, else null
 * @param answersTopic for {@link Relation#DENIES}: topic of the accusation the denial answers, if linked
 * @param rule         short name of the rule that produced the claim (explainability)
 */
public record ExtractedClaim(String sourceFile, String sourceUrl, Relation relation,
                             String actorId, String actorQid, String targetId, String targetQid,
                             LocalDate date, Topic topic, Topic answersTopic,
                             String quote, int start, int end, double confidence, String rule) {
}
