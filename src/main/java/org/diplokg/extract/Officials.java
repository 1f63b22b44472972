package org.diplokg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-article memory of who speaks for which state. News introduces an official once with a title and
 * a state ("Iranian President Hassan Rouhani", "Chile's foreign minister, Alberto van Klaveren") and then
 * uses the surname alone ("Rouhani said"). The surname then becomes a state mention of kind
 * {@link Mention.Kind#OFFICIAL}. Also learnt: distinctive institution nouns ("Niger junta" makes a later
 * "the junta" Niger). A surname or noun claimed by two states is dropped. One instance per article.
 */
final class Officials {
    /** Words that make up a title between the state and the name. */
    private static final Set<String> TITLE_WORDS = Set.of("president", "prime", "minister", "foreign", "ministry",
            "spokesman", "spokeswoman", "spokesperson", "king", "queen", "emir", "crown", "prince", "leader",
            "chancellor", "premier", "defence", "defense", "interior", "affairs", "secretary", "general", "deputy",
            "ambassador", "envoy", "vice", "senior", "official", "top", "diplomat", "colonel", "chief", "army",
            "junta", "of", "state", "security", "adviser", "advisor", "national", "government", "presidential",
            "transitional", "military", "head", "new", "then", "acting", "interim", "sheikh", "lieutenant",
            "commander", "information", "communications", "press", "-", ",", "'s", "the", "supreme", "first", "lady");
    /** At least one of these must be in the title for the name to be an official. */
    private static final Set<String> CORE_TITLES = Set.of("president", "minister", "spokesman", "spokeswoman",
            "spokesperson", "king", "queen", "emir", "prince", "leader", "chancellor", "premier", "ambassador", "envoy",
            "diplomat", "colonel", "official", "secretary", "adviser", "advisor", "sheikh", "commander", "general");
    private static final Set<String> NAME_JOINERS = Set.of("al", "-", "bin", "ibn", "de", "van", "von", "el", "da",
            "du", "di", "der", "la", "le", "y", "abu", "ould");
    /** Institution nouns that, once tied to a state in the article, stand for it alone ("the junta said"). */
    static final Set<String> DISTINCT_BODIES = Set.of("junta", "regime", "kingdom", "emirate", "monarchy", "putschists");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "on", "in", "said", "says", "told", "the", "a", "an");

    private final Map<String, String> surnames = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Leaders leaders;

    /** @param leaders surnames known before reading; what the article itself teaches wins over them */
    Officials(Leaders leaders) {
        this.leaders = leaders;
    }

    /** Learns "STATE [title words] Name Surname" and "STATE junta" / "Kingdom of STATE" from one sentence. */
    void learn(List<Token> t, List<Mention> ms) {
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.OFFICIAL || m.kind() == Mention.Kind.PERSON) continue;
            int j = m.last() + 1;
            if (j < t.size() && DISTINCT_BODIES.contains(t.get(j).norm())) put(bodies, t.get(j).norm(), m.actorId());
            if (j + 1 < t.size() && t.get(j).norm().equals("'s") && DISTINCT_BODIES.contains(t.get(j + 1).norm())) {
                put(bodies, t.get(j + 1).norm(), m.actorId());
            }
            if (m.first() >= 2 && t.get(m.first() - 1).norm().equals("of") && DISTINCT_BODIES.contains(t.get(m.first() - 2).norm())) {
                put(bodies, t.get(m.first() - 2).norm(), m.actorId());
            }
            String s = nameAfterTitle(t, j);
            if (s != null) put(surnames, s, m.actorId());
        }
    }

    /** Learns a title + name with no state ("Foreign Minister Ramtane Lamamra told ...") for a known state. */
    void learnBare(List<Token> t, List<Mention> ms, String actorId) {
        for (int i = 0; i < t.size(); i++) {
            // "Taiwan said ... that President Daniel Ortega had disregarded ...": a reported clause names others.
            if (t.get(i).norm().equals("that") || RelationRules.REPORT_VERBS.contains(t.get(i).norm())) return;
            if (!t.get(i).cap() || !CORE_TITLES.contains(t.get(i).norm())) continue;
            if (i > 0 && (TITLE_WORDS.contains(t.get(i - 1).norm()) && !t.get(i - 1).norm().equals(",")
                    && !t.get(i - 1).norm().equals("the"))) continue;
            boolean stateNear = false;
            for (Mention m : ms) stateNear |= m.last() < i && m.last() >= i - 3;
            if (stateNear) continue;
            String s = nameAfterTitle(t, i);
            if (s != null) put(surnames, s, actorId);
        }
    }

    /** The surname ending "[title words] First Last" starting at {@code from}, or null. */
    private static String nameAfterTitle(List<Token> t, int from) {
        int j = from;
        boolean core = false;
        while (j < t.size() && j < from + 7 && TITLE_WORDS.contains(t.get(j).norm())) {
            core |= CORE_TITLES.contains(t.get(j).norm());
            j++;
        }
        if (!core) return null;
        String last = null;
        String first = null;
        int names = 0;
        while (j < t.size()) {
            Token k = t.get(j);
            if (k.isWord() && k.cap() && !NOT_NAMES.contains(k.norm()) && !TITLE_WORDS.contains(k.norm())) {
                last = k.norm();
                if (first == null) first = last;
                names++;
            } else if (names == 2 && k.norm().equals("-") && j + 1 < t.size() && t.get(j + 1).isWord()
                    && !t.get(j + 1).cap()) {
                // "Tien Chung-kwang", "Tsai Ing-wen": family name first, hyphenated given name after it.
                return first.length() >= 3 ? first : null;
            } else if (!(NAME_JOINERS.contains(k.norm()) && names > 0)) {
                break;
            }
            j++;
        }
        return names >= 1 && last != null && last.length() >= 3 ? last : null;
    }

    private static void put(Map<String, String> map, String key, String actor) {
        String old = map.putIfAbsent(key, actor);
        if (old != null && !old.equals(actor)) map.put(key, "");
    }

    /** The state an institution noun ("junta") stands for in this article, or null. */
    String body(String noun) {
        String s = bodies.get(noun);
        return s == null || s.isEmpty() ? null : s;
    }

    /** The gazetteer mentions plus capitalised known surnames that do not overlap them, in token order. */
    List<Mention> withOfficials(List<Token> t, List<Mention> ms) {
        List<Mention> out = null;
        int mi = 0;
        for (int i = 0; i < t.size(); i++) {
            while (mi < ms.size() && ms.get(mi).last() < i) mi++;
            if (mi < ms.size() && ms.get(mi).first() <= i) continue;
            Token k = t.get(i);
            if (!k.cap() || !k.isWord()) continue;
            String s = surnames.get(k.norm());
            if (s == null) s = leaders.state(k.norm());
            if (s == null || s.isEmpty()) continue;
            if (out == null) out = new ArrayList<>(ms);
            boolean poss = i + 1 < t.size() && t.get(i + 1).norm().equals("'s");
            out.add(new Mention(i, i, s, Mention.Kind.OFFICIAL, poss));
        }
        if (out == null) return ms;
        out.sort((x, y) -> Integer.compare(x.first(), y.first()));
        return out;
    }
}
