package org.diplokg.extract;

import org.diplokg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words that make a sentence worth a second reading for one relation. Deliberately broad: the rules
 * decide by phrasing, the {@link PairModel} decides by evidence, so a cue only has to be necessary,
 * not sufficient. Each cue is named by its stem, which becomes a feature.
 */
final class PairCues {

    /** A cue word at token {@code at}. */
    record Cue(Relation relation, int at, String name) { }

    private static final List<String> SEVER_STEMS = List.of("sever", "cut", "break", "broke", "rupture", "terminat",
            "end", "suspen", "froze", "freez", "switch", "shift", "follow", "withdr", "downgrad");
    /** A severance cue needs one of these nearby: ending trade or a visit is not a rupture. */
    private static final Set<String> TIE_WORDS = Words.of("ties", "relations", "relationship", "recognition", "suit", "links");
    private static final List<String> ACCUSE_STEMS = List.of("accus", "blam", "charg", "alleg", "condemn", "denounc",
            "violat", "interfer", "meddl", "aggress", "terror", "hostil", "provocat", "sovereign", "attack", "support",
            "responsib", "crimin", "genocid", "destabili", "intervent", "espionag", "spying", "insult", "slander",
            "fraud", "complicit", "involv", "sabotag", "plot", "occup", "invas", "invad", "annex", "assassin",
            "repress", "coup", "smuggl", "cyber", "suppress", "suspicio", "incursion", "escalat", "illegal",
            "pira", "hijack", "harbo", "undermin", "blackmail", "duplic", "lying", "murder", "behind", "provok",
            "shelter", "financ");
    private static final List<String> DENY_STEMS = List.of("deni", "deny", "reject", "dismiss", "refut", "rebuff",
            "repudiat", "unfounded", "baseless", "groundless", "false", "untrue", "absurd", "nonsense", "fabricat",
            "distort", "mislead", "deceptiv", "propaganda", "lie", "unsubstantiated", "slander",
            "smear", "conspira", "categoric", "pretext", "nothing", "innocen");

    /** Stems by their first two letters, so a token is compared with one or two stems, not all of them. */
    private static final List<List<String>> SEVER_INDEX = index(SEVER_STEMS);
    private static final List<List<String>> ACCUSE_INDEX = index(ACCUSE_STEMS);
    private static final List<List<String>> DENY_INDEX = index(DENY_STEMS);

    private PairCues() {
    }

    private static List<List<String>> index(List<String> stems) {
        List<List<String>> byLetters = new ArrayList<>(26 * 26);
        for (int i = 0; i < 26 * 26; i++) {
            List<String> l = new ArrayList<>();
            for (String s : stems) if (slot(s) == i) l.add(s);
            byLetters.add(List.copyOf(l));
        }
        return List.copyOf(byLetters);
    }

    /** The index slot of a word's first two letters, or -1 when they are not both a to z. */
    private static int slot(String w) {
        int a = w.charAt(0) - 'a';
        int b = w.charAt(1) - 'a';
        return a < 0 || a >= 26 || b < 0 || b >= 26 ? -1 : a * 26 + b;
    }

    /** Every cue of the sentence, at most one per relation and stem (the first). */
    static List<Cue> find(List<Token> t) {
        List<Cue> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).norm();
            if (w.length() < 3 || !t.get(i).isWord()) continue;
            int head = slot(w);
            if (head < 0) continue;
            String sever = stem(w, SEVER_INDEX.get(head));
            if (sever != null && tiesNear(t, i)) add(out, seen, Relation.SEVERS, i, sever);
            String accuse = stem(w, ACCUSE_INDEX.get(head));
            if (accuse != null) add(out, seen, Relation.ACCUSES, i, accuse);
            String deny = stem(w, DENY_INDEX.get(head));
            if (deny != null) add(out, seen, Relation.DENIES, i, deny);
        }
        return out;
    }

    private static void add(List<Cue> out, List<String> seen, Relation r, int at, String name) {
        String key = r.code() + name;
        if (seen.contains(key)) return;
        seen.add(key);
        out.add(new Cue(r, at, name));
    }

    private static String stem(String w, List<String> stems) {
        for (String s : stems) {
            if (s.length() <= 4 ? w.equals(s) || w.startsWith(s) && w.length() <= s.length() + 4 : w.startsWith(s)) return s;
        }
        return null;
    }

    private static boolean tiesNear(List<Token> t, int i) {
        for (int k = Math.max(0, i - 6); k < Math.min(t.size(), i + 7); k++) {
            if (TIE_WORDS.contains(t.get(k).norm())) return true;
        }
        return false;
    }
}
