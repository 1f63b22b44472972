package org.diplokg.extract;

import org.diplokg.model.Relation;

import java.util.List;

/**
 * A reading of one sentence as "actor relation target" that the second reader proposes, with the
 * evidence for it as named binary features (see {@link PairReader}); {@link PairModel} weighs them.
 *
 * @param trigger the cue token the reading hangs on (the accusation topic is looked for after it)
 * @param features its features, named without the relation ({@link #namedFeatures} adds it)
 * @param key     the claim key within an article: relation, actor, target (built once, it is looked up often)
 */
record PairCandidate(Relation relation, String actorId, String targetId, int sentence, int trigger,
                     List<String> features, String key) {

    PairCandidate(Relation relation, String actorId, String targetId, int sentence, int trigger, List<String> features) {
        this(relation, actorId, targetId, sentence, trigger, features, key(relation, actorId, targetId));
    }

    PairCandidate withFeatures(List<String> f) {
        return new PairCandidate(relation, actorId, targetId, sentence, trigger, f, key);
    }

    /** The features as the model file names them: "accuses|a:before". */
    List<String> namedFeatures() {
        String prefix = relation.code() + "|";
        List<String> out = new java.util.ArrayList<>(features.size());
        for (String f : features) out.add(prefix + f);
        return out;
    }

    static String key(Relation r, String actor, String target) {
        return r.code() + "|" + actor + "|" + target;
    }
}
