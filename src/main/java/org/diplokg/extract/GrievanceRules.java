package org.diplokg.extract;

import org.diplokg.extract.RelationRules.Analysis;
import org.diplokg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.diplokg.extract.Clauses.blocked;
import static org.diplokg.extract.Clauses.institutionAfter;
import static org.diplokg.extract.Clauses.listAfter;
import static org.diplokg.extract.Clauses.subjectBefore;
import static org.diplokg.extract.Clauses.w;

/**
 * Charges a state makes by acting on a grievance rather than with a charge verb: it takes another state to
 * court ("South Africa filed a case against Israel"), protests against it for an act ("Taiwan strongly protests
 * against Beijing for luring Panama away"), demands that it stop one ("called on Pakistan to end the support
 * ... to all terrorist groups"), rejects its attempts at one ("rejected the attempts of the United States to
 * destabilise ...") or reports the help it gives armed groups ("said the MAK received support from Morocco").
 * One of the rule families {@link RelationRules} runs for each trigger word.
 */
final class GrievanceRules {

    private static final Set<String> FILED = Words.of("filed", "files", "file", "filing", "lodged", "lodges", "lodge",
            "brought", "brings", "bring", "instituted", "submitted", "launched");
    private static final Set<String> LEGAL_CASES = Words.of("case", "cases", "complaint", "complaints", "application",
            "lawsuit", "suit", "proceedings", "petition");
    private static final Set<String> PROTEST = Words.of("protest", "protests", "protested", "protesting");
    /** Verbs that demand an act of the state right after them ("urged Iran to stop", "called on Pakistan to end"). */
    static final Set<String> URGE = Words.of("urged", "urges", "urge", "urging", "called", "calls", "calling",
            "pressed", "presses", "demanded", "demands", "demanding");
    private static final Set<String> STOP = Words.of("end", "stop", "cease", "halt", "abandon", "renounce");
    /** What a demand to stop makes a charge: the state's wrongdoing, or its help to armed groups. */
    private static final Set<String> STOPPED_WRONGS = Words.of("aggression", "interference", "meddling", "hostility",
            "provocations", "provocation", "attacks", "occupation", "incursions", "shelling", "bombing", "bombardment",
            "harbouring", "harboring", "sponsorship", "sponsoring", "subversion", "violations");
    private static final Set<String> HELP = Words.of("support", "backing", "funding", "financing", "safe", "haven",
            "havens", "arming", "assistance", "weapons", "arms", "training", "sanctuary");
    static final Set<String> ATTEMPTS = Words.of("attempt", "attempts", "effort", "efforts", "bid", "bids");
    /** Infinitives that make an attempt a wrong: "attempts to destabilise", "efforts to interfere". */
    private static final Set<String> HARMFUL_AIMS = Words.of("destabilise", "destabilize", "undermine", "interfere",
            "meddle", "overthrow", "topple", "subvert", "sabotage", "invade", "annex", "dismember", "divide",
            "intervene", "violate", "provoke");
    private static final Set<String> RECEIVED = Words.of("received", "receives", "receive", "receiving", "got",
            "gets", "enjoyed", "enjoys", "obtained");

    private final TopicClassifier topics;

    GrievanceRules(TopicClassifier topics) {
        this.topics = topics;
    }

    /** Words this family reads, for {@link RelationRules}' trigger set. */
    static Set<String> triggers() {
        Set<String> all = new java.util.HashSet<>(URGE);
        all.addAll(ATTEMPTS);
        all.addAll(RECEIVED);
        all.add("against");
        return all;
    }

    /** Applies the rule for the trigger at {@code i}, if it is one of this family's. */
    void apply(Analysis a, int i, boolean denial, List<Candidate> out) {
        String w = w(a.toks(), i);
        if (w.equals("against") && !denial) against(a, i, out);
        if (URGE.contains(w)) urgedToStop(a, i, out);
        if (ATTEMPTS.contains(w)) harmfulAttempt(a, i, out);
        if (RECEIVED.contains(w)) receivedHelp(a, i, out);
    }

    /**
     * "South Africa filed a case against Israel", "the case South Africa filed against Israel", "Taiwan
     * "strongly protests" against Beijing for luring Panama away": the states after "against" are accused.
     */
    private void against(Analysis a, int k, List<Candidate> out) {
        List<Token> t = a.toks();
        List<String> accused = listAfter(a, k + 1);
        if (accused.isEmpty() || k < 2) return;
        int verb = -1;
        int prev = w(t, k - 1).equals("\"") ? k - 2 : k - 1;
        if (FILED.contains(w(t, prev))) {
            for (int j = prev - 1; j >= 0 && j >= k - 8 && verb < 0; j--) if (LEGAL_CASES.contains(w(t, j))) verb = prev;
        } else if (LEGAL_CASES.contains(w(t, prev))) {
            for (int j = prev - 1; j >= 0 && j >= k - 4 && verb < 0; j--) if (FILED.contains(w(t, j))) verb = j;
        } else if (PROTEST.contains(w(t, prev)) && forAfterList(a, k + 1)) {
            // a protest names its grievance with "for"; "protested against Israel" alone may be a street's
            verb = prev;
        }
        if (verb < 0 || blocked(a, verb)) return;
        charge(a, verb, k, accused, "grievance-against", out);
    }

    /** "against Beijing for luring ...": "for" right after the list of states that starts at {@code from}. */
    private static boolean forAfterList(Analysis a, int from) {
        int end = Clauses.listEnd(a, from);
        return end >= 0 && end + 1 < a.toks().size() && w(a.toks(), end + 1).equals("for");
    }

    /**
     * "called on Pakistan \"to end immediately the support and safe haven provided to all terrorist groups\"",
     * "urged Russia to stop its aggression": demanding that a state stop a wrong accuses it of that wrong.
     */
    private void urgedToStop(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int k = i + 1;
        if (k < t.size() && (w(t, k).equals("on") || w(t, k).equals("upon"))) k++;
        else if (w(t, i).startsWith("call")) return; // "called the move" is a label, read elsewhere
        if (k < t.size() && w(t, k).equals("the")) k++;
        Mention target = a.mentionStartingAt(k);
        if (target == null || target.kind() == Mention.Kind.PERSON) return;
        if (target.kind() == Mention.Kind.DEMONYM && !institutionAfter(a, target)) return;
        int to = target.last() + 1;
        while (to < t.size() && (w(t, to).equals("\"") || INSTITUTION_TAIL.contains(w(t, to)))) to++;
        if (to + 1 >= t.size() || !w(t, to).equals("to") || !STOP.contains(w(t, to + 1))) return;
        int wrong = -1;
        for (int j = to + 2; j < t.size() && j <= to + 9 && wrong < 0; j++) {
            String x = w(t, j);
            if (x.equals(".") || x.equals(";")) break;
            if (STOPPED_WRONGS.contains(x) || HELP.contains(x) && armedGroupAfter(t, j + 1)) wrong = j;
        }
        if (wrong < 0 || blocked(a, i)) return;
        charge(a, i, wrong, List.of(target.actorId()), "urged-to-stop", out);
    }

    private static final Set<String> INSTITUTION_TAIL = Words.of("government", "authorities", "'s", "leadership", "regime");

    /** Terrorist or armed groups named within ten words after {@code from}. */
    private static boolean armedGroupAfter(List<Token> t, int from) {
        for (int k = from; k < t.size() && k <= from + 10; k++) {
            String x = w(t, k);
            if (x.equals(".") || x.equals(";")) return false;
            if (x.startsWith("terror") || x.startsWith("militant") || x.startsWith("rebel") || x.startsWith("insurgen")
                    || x.startsWith("separatis") || x.startsWith("jihad") || x.equals("militias") || x.equals("extremists")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "rejected what it called the attempts of the United States to destabilise the Bolivarian Revolution",
     * "condemned Russia's efforts to undermine": an attempt at a wrong is a charge against whoever attempts it.
     * Rejecting an attempt to blame is a denial, read by {@link DenialRules}.
     */
    private void harmfulAttempt(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        List<String> owner = new ArrayList<>();
        Mention m = Clauses.ownerBefore(a, i);
        if (m != null) owner.add(m.actorId());
        int to = i + 1;
        if (owner.isEmpty() && to < t.size() && (w(t, to).equals("of") || w(t, to).equals("by"))) {
            owner = listAfter(a, to + 1);
            if (owner.isEmpty()) return;
            to = Clauses.listEnd(a, to + 1) + 1;
        }
        if (owner.isEmpty() || to + 1 >= t.size() || !w(t, to).equals("to") || !HARMFUL_AIMS.contains(w(t, to + 1))) return;
        int verb = -1;
        for (int k = i - 1; k >= 0 && k >= i - 8 && verb < 0; k--) {
            if (DenialRules.rejects(t, k) || RelationRules.CONDEMN.contains(w(t, k))) verb = k;
        }
        if (verb < 0 || blocked(a, verb)) return;
        charge(a, verb, to + 1, owner, "harmful-attempt", out);
    }

    /**
     * "said the MAK received support from Morocco and \"the Zionist entity\"": a speaker who says a group gets
     * help from states accuses them. Only inside a reported clause, as a narrator's account is no charge.
     */
    private void receivedHelp(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int from = -1;
        for (int j = i + 1; j < t.size() && j <= i + 4 && from < 0; j++) {
            if (HELP.contains(w(t, j)) && j + 1 < t.size() && w(t, j + 1).equals("from")) from = j + 2;
            else if (!t.get(j).isWord()) return;
        }
        if (from < 0) return;
        List<String> helpers = listAfter(a, from);
        if (helpers.isEmpty()) return;
        int speech = RelationRules.mainSpeech(t, i);
        if (speech < 0 || blocked(a, speech)) return;
        // The receiver stands between the speech verb and this one, and is no state: "said Mali received support
        // from Russia" is a state's own ties.
        for (Mention m : a.mentions()) if (m.first() > speech && m.last() < i) return;
        charge(a, speech, i, helpers, "received-help", out);
    }

    private void charge(Analysis a, int verb, int topicAt, List<String> accused, String rule, List<Candidate> out) {
        List<String> actors = subjectBefore(a, verb, false);
        actors.removeAll(accused);
        Candidate c = new Candidate(Relation.ACCUSES, verb, rule, actors, new ArrayList<>(accused), 0.75);
        c.topic = topics.classify(a.toks(), topicAt);
        out.add(c);
    }
}
