package org.diplokg.extract;

import org.diplokg.model.Topic;

import java.util.List;

/**
 * Classifies an accusation by the first topic keyword after its trigger (the thing the actor is
 * accused of usually follows the verb), falling back to the whole sentence, then to OTHER.
 */
public final class TopicClassifier {

    /** Topic for an accusation triggered at token {@code from}. */
    public Topic classify(List<Token> toks, int from) {
        Topic t = scan(toks, Math.max(0, from), toks.size());
        if (t == null) t = scan(toks, 0, toks.size());
        return t == null ? Topic.OTHER : t;
    }

    /** First topic keyword in {@code [from, to)}, or null. */
    public Topic scan(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = toks.get(i).norm();
            if (w.length() < 4) continue;
            if (w.startsWith("terror") || w.startsWith("jihad") || w.startsWith("extremis") || w.startsWith("militant")) return Topic.TERRORISM;
            if (w.startsWith("aggress") || w.startsWith("invasion") || w.startsWith("invad") || w.startsWith("incursion")
                    || w.startsWith("annex") || w.equals("occupation") || w.startsWith("bombing") || w.startsWith("bombard")
                    || w.equals("offensive") || w.equals("shelling") || w.startsWith("airstrike") || w.equals("unprovoked")) return Topic.AGGRESSION;
            if (w.startsWith("sovereign") || w.startsWith("interfer") || w.startsWith("meddl") || w.startsWith("intervention")
                    || w.startsWith("destabili") || w.equals("territorial")
                    || (w.equals("internal") && i + 1 < to && toks.get(i + 1).norm().equals("affairs"))) return Topic.SOVEREIGNTY;
            if (w.startsWith("hostil") || w.equals("hostile") || w.startsWith("enmity") || w.startsWith("provocat")
                    || w.startsWith("coercion") || w.startsWith("intimidat")) return Topic.HOSTILITY;
        }
        return null;
    }
}
