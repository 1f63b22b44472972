package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * States named in one list: "Denmark, the Netherlands and Britain", "Canberra and Washington",
 * "the British and American charges". A claim against one member of such a list is, in news prose,
 * a claim against each of them, and the readers often find only the member nearest their cue.
 * {@link RelationRules#listAfter} reads the list that starts where a rule expects its object; this class
 * finds the list around any mention, adjectives included, after the readers have decided.
 */
final class Coordination {

    /** What may stand between two members of one list. */
    private static final Set<String> JOINERS = Words.of(",", "and", "or", "the", "as", "well", "both", "nor", "also");

    private Coordination() {
    }

    /**
     * The other states listed together with {@code state}, when its first mention in the sentence comes after
     * token {@code after} (empty when it is named before, or not in a list). Members are joined only by
     * commas, "and", "or", "as well as" and articles, with at least one comma or conjunction between each
     * two, so "Iran Syria" is no list. The list is cut at {@code after}, since the states before the cue are
     * its speakers, not its objects, and at a ", and" that opens a new clause ({@link #newClause}).
     */
    static List<String> partners(List<Token> t, List<Mention> ms, String state, int after) {
        for (int i = 0; i < ms.size(); i++) {
            if (!ms.get(i).actorId().equals(state)) continue;
            // Named before the cue as well ("Armenia said ..., a charge Turkey denied, as Armenian and Azerbaijani
            // forces fought"): the claim is about that mention, not a list after the cue.
            if (ms.get(i).first() <= after) return List.of();
            int lo = i;
            while (lo > 0 && ms.get(lo - 1).first() > after && joined(t, ms.get(lo - 1), ms.get(lo))) lo--;
            int hi = i;
            while (hi + 1 < ms.size() && joined(t, ms.get(hi), ms.get(hi + 1))) hi++;
            for (int k = lo; k < hi; k++) {
                if (newClause(t, ms.get(k).last() + 1, ms.get(hi).last() + 1)) {
                    if (k < i) lo = k + 1;
                    else hi = k;
                    break;
                }
            }
            List<String> out = new ArrayList<>();
            for (int k = lo; k <= hi; k++) {
                String id = ms.get(k).actorId();
                if (!id.equals(state) && !out.contains(id)) out.add(id);
            }
            return out;
        }
        return List.of();
    }

    /** Words that may follow a list of states inside the same clause: "of harbouring", "for the attack". */
    private static final Set<String> LIST_FOLLOWERS = Words.of("of", "for", "over", "in", "on", "at", "to", "with",
            "from", "by", "as", "and", "or", "nor", "but", "'s", "'", "governments", "government", "authorities",
            "leaders", "ministers", "officials", "charges", "claims", "accusations", "allegations");

    /**
     * "Mali cut ties with Ukraine, and Niger and Burkina Faso welcomed the step": a ", and" between two states
     * opens a new clause when the states after it are followed by a verb, here any lower-case word that does
     * not continue a list. {@code sep} is the first token after the earlier state, {@code end} the first after
     * the list.
     */
    static boolean newClause(List<Token> t, int sep, int end) {
        if (sep + 1 >= t.size() || !t.get(sep).norm().equals(",") || !t.get(sep + 1).norm().equals("and")) return false;
        if (end >= t.size()) return false;
        Token next = t.get(end);
        return next.isWord() && !next.cap() && !LIST_FOLLOWERS.contains(next.norm());
    }

    /**
     * "suspended relations with Caracas and Peru broke them off": in a preposition's object, a bare "and" at
     * {@code sep} opens a new clause when a verb follows the states after it. A subject list ("after Bahrain and
     * Egypt severed ties") has its verb there too, so callers ask only about objects.
     */
    static boolean newClauseInObject(List<Token> t, int sep, int end) {
        return end < t.size() && t.get(sep).norm().equals("and") && finiteVerb(t.get(end));
    }

    /** Verbs that, right after "and STATE", make the state a new clause's subject rather than a list's member. */
    private static final Set<String> FINITE = Words.of("broke", "cut", "said", "says", "did", "took", "has", "had",
            "have", "was", "were", "is", "will", "would", "also", "then", "later", "soon");

    /**
     * Without a comma, "and" followed by a state usually continues a list ("with Canada and Australia last week"),
     * so only a verb after the state ("and Peru broke them off", "and Chile recalled") opens a new clause.
     */
    static boolean finiteVerb(Token k) {
        String w = k.norm();
        return k.isWord() && !k.cap() && (FINITE.contains(w) || w.length() > 4 && w.endsWith("ed"));
    }

    private static boolean joined(List<Token> t, Mention a, Mention b) {
        if (b.first() <= a.last()) return false;
        boolean conjunction = false;
        for (int k = a.last() + 1; k < b.first(); k++) {
            String w = t.get(k).norm();
            if (!JOINERS.contains(w)) return false;
            conjunction |= w.equals(",") || w.equals("and") || w.equals("or") || w.equals("nor");
        }
        return conjunction;
    }
}
