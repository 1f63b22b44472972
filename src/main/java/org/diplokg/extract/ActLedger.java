package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The acts an article has told of so far, with the states that did them: "A U.S. drone strike killed ...",
 * "Ethiopia signed a memorandum ...", "Bolivia cut ties ...". A later sentence that only says "condemned the
 * strike" or "called the decision a surrender to terrorism" names its target through this ledger (event
 * coreference by kind of act, the latest act of that kind winning). One ledger per article.
 */
final class ActLedger {

    /** Kinds of act that a later "the strike", "the agreement", "the decision" refers back to. */
    enum Kind { STRIKE, KILLING, RAID, AGREEMENT, ATTACK, SHOOTDOWN, BREAK }

    private static final Map<String, Kind> NOUNS = Words.table(Map.ofEntries(
            Map.entry("strike", Kind.STRIKE), Map.entry("strikes", Kind.STRIKE), Map.entry("airstrike", Kind.STRIKE),
            Map.entry("airstrikes", Kind.STRIKE), Map.entry("bombing", Kind.STRIKE), Map.entry("bombardment", Kind.STRIKE),
            Map.entry("killing", Kind.KILLING), Map.entry("assassination", Kind.KILLING), Map.entry("murder", Kind.KILLING),
            Map.entry("raid", Kind.RAID), Map.entry("storming", Kind.RAID), Map.entry("incursion", Kind.RAID),
            Map.entry("agreement", Kind.AGREEMENT), Map.entry("memorandum", Kind.AGREEMENT), Map.entry("deal", Kind.AGREEMENT),
            Map.entry("accord", Kind.AGREEMENT), Map.entry("pact", Kind.AGREEMENT),
            Map.entry("attack", Kind.ATTACK), Map.entry("attacks", Kind.ATTACK), Map.entry("cyberattack", Kind.ATTACK),
            Map.entry("cyberattacks", Kind.ATTACK), Map.entry("offensive", Kind.ATTACK), Map.entry("assault", Kind.ATTACK),
            Map.entry("downing", Kind.SHOOTDOWN), Map.entry("shootdown", Kind.SHOOTDOWN),
            Map.entry("decision", Kind.BREAK), Map.entry("move", Kind.BREAK), Map.entry("measures", Kind.BREAK),
            Map.entry("measure", Kind.BREAK), Map.entry("severance", Kind.BREAK), Map.entry("rupture", Kind.BREAK)));
    private static final Map<String, Kind> VERBS = Words.table(Map.ofEntries(
            Map.entry("struck", Kind.STRIKE), Map.entry("bombed", Kind.STRIKE), Map.entry("killed", Kind.KILLING),
            Map.entry("assassinated", Kind.KILLING), Map.entry("raided", Kind.RAID), Map.entry("stormed", Kind.RAID),
            Map.entry("signed", Kind.AGREEMENT), Map.entry("attacked", Kind.ATTACK)));
    private static final List<Kind> ARMED = List.of(Kind.STRIKE, Kind.KILLING, Kind.ATTACK, Kind.RAID, Kind.SHOOTDOWN);

    /** @param against the states the act was aimed at, where the article said so (breaks) */
    private record Act(Kind kind, List<String> agents, List<String> against, int sentence) {
    }

    private final List<Act> acts = new ArrayList<>();
    private final RelationRules rules;

    ActLedger(RelationRules rules) {
        this.rules = rules;
    }

    /** The kind of act a noun names ("the strike"), or null. Breaks are named by "decision", "move", "measures". */
    static Kind nounKind(String norm) {
        return NOUNS.get(norm);
    }

    /** Records the acts told in sentence {@code si} whose doer the sentence names. */
    void note(RelationRules.Analysis a, int si) {
        List<Token> t = a.toks();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).norm();
            Kind noun = NOUNS.get(w);
            Kind verb = VERBS.get(w);
            if (w.equals("shot") && i + 1 < t.size() && t.get(i + 1).norm().equals("down")) verb = Kind.SHOOTDOWN;
            if (noun == Kind.BREAK || (noun == null && verb == null)) continue;
            List<String> agents = new ArrayList<>();
            String modifier = modifierAgent(a, i);
            if (modifier != null) agents.add(modifier);
            else if (verb != null && !passive(t, i)) agents.addAll(Clauses.mainSubject(a, i));
            if (!agents.isEmpty()) acts.add(new Act(noun != null ? noun : verb, agents, List.of(), si));
        }
    }

    /** Records a break ("Bolivia cut ties with Israel"): a later "the decision" or "the measures" is Bolivia's. */
    void noteBreak(List<String> actors, List<String> targets, int si) {
        acts.add(new Act(Kind.BREAK, List.copyOf(actors), List.copyOf(targets), si));
    }

    /**
     * The doers of the latest break with {@code target} told before sentence {@code si}: those of "the
     * decision" when the state it hit speaks of it. With {@code count} > 0 ("the decision by the four
     * countries") the latest break told of exactly that many states together, else none.
     */
    List<String> breaksAgainst(String target, int si, int count) {
        for (int i = acts.size() - 1; i >= 0; i--) {
            Act act = acts.get(i);
            if (act.kind() != Kind.BREAK || act.sentence() >= si || !act.against().contains(target)) continue;
            if (count == 0 || act.agents().size() == count) return act.agents();
        }
        return List.of();
    }

    /**
     * The doers of the latest act of {@code kind} told within {@code window} sentences before {@code si}; for an
     * armed act with no doer of its own kind, the latest armed act ("killed in a U.S. strike" ... "the killing").
     */
    List<String> agents(Kind kind, int si, int window) {
        List<String> own = latest(List.of(kind), si, window);
        if (!own.isEmpty() || !ARMED.contains(kind)) return own;
        return latest(ARMED, si, window);
    }

    private List<String> latest(List<Kind> kinds, int si, int window) {
        for (int i = acts.size() - 1; i >= 0; i--) {
            Act act = acts.get(i);
            if (act.sentence() >= si || act.sentence() < si - window) continue;
            if (kinds.contains(act.kind())) return act.agents();
        }
        return List.of();
    }

    /** "was killed", "had been struck": the subject suffered the act. */
    private static boolean passive(List<Token> t, int i) {
        if (i == 0) return false;
        String p = t.get(i - 1).norm();
        return p.equals("was") || p.equals("were") || p.equals("been") || p.equals("being");
    }

    /** "a U.S. drone strike", "Iran's missile attack", "the strike by Israel": the state that did the act. */
    private static String modifierAgent(RelationRules.Analysis a, int i) {
        List<Token> t = a.toks();
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.PERSON || m.last() >= i) continue;
            if (m.last() < i - 3) continue;
            boolean adjacent = true;
            for (int k = m.last() + 1; k < i; k++) {
                String w = t.get(k).norm();
                if (!(w.equals("'s") || w.equals("-") || (t.get(k).isWord() && !t.get(k).cap()))) adjacent = false;
            }
            if (adjacent) return m.actorId();
        }
        if (i + 2 < t.size() && t.get(i + 1).norm().equals("by")) {
            int k = i + 2;
            if (t.get(k).norm().equals("the") && k + 1 < t.size()) k++;
            Mention m = a.mentionStartingAt(k);
            if (m != null && m.kind() != Mention.Kind.PERSON) return m.actorId();
        }
        return null;
    }
}
