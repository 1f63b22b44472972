package org.diplokg.extract;

import org.diplokg.model.Relation;

import java.util.List;

/**
 * A reading of one sentence as "actor relation target" that the second reader proposes, with the
 * evidence for it as named binary features (see {@link PairReader}); {@link PairModel} weighs them.
 *
 * @param trigger the cue token the reading hangs on (the accusation topic is looked for after it)
 */
record PairCandidate(Relation relation, String actorId, String targetId, int sentence, int trigger,
                     List<String> features) {

    PairCandidate withFeatures(List<String> f) {
        return new PairCandidate(relation, actorId, targetId, sentence, trigger, f);
    }

    /** The claim key within an article: relation, actor, target. */
    String key() {
        return key(relation, actorId, targetId);
    }

    static String key(Relation r, String actor, String target) {
        return r.code() + "|" + actor + "|" + target;
    }
}
