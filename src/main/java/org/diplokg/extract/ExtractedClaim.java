package org.diplokg.extract;

import org.diplokg.model.Relation;
import org.diplokg.model.Topic;

import java.time.LocalDate;

/**
 * One claim found in one article, with its evidence.
 *
 * @param quote        the sentence, equal to {@code text.substring(start, end)} of the article text
 * @param topic        only for {@link Relation#ACCUSES}, else null
 * @param answersTopic for {@link Relation#DENIES}: topic of the accusation the denial answers, if linked
 * @param rule         short name of the rule that produced the claim (explainability)
 * @param dayWithoutYear the day the article gives when it prints no year and has no publication date;
 *                     {@link Extractor#extractFolder} may settle the year from other articles
 */
public record ExtractedClaim(String sourceFile, String sourceUrl, Relation relation,
                             String actorId, String actorQid, String targetId, String targetQid,
                             LocalDate date, Topic topic, Topic answersTopic,
                             String quote, int start, int end, double confidence, String rule,
                             java.time.MonthDay dayWithoutYear) {
    /** The same claim with another date. */
    public ExtractedClaim withDate(LocalDate d) {
        return new ExtractedClaim(sourceFile, sourceUrl, relation, actorId, actorQid, targetId, targetQid, d, topic,
                answersTopic, quote, start, end, confidence, rule, d == null ? dayWithoutYear : null);
    }
}
