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
    private static final Set<String> TITLE_WORDS = Words.of("president", "prime", "minister", "foreign", "ministry",
            "spokesman", "spokeswoman", "spokesperson", "king", "queen", "emir", "crown", "prince", "leader",
            "chancellor", "premier", "defence", "defense", "interior", "affairs", "secretary", "general", "deputy",
            "ambassador", "envoy", "vice", "senior", "official", "top", "diplomat", "colonel", "chief", "army",
            "junta", "of", "state", "security", "adviser", "advisor", "national", "government", "presidential",
            "transitional", "military", "head", "new", "then", "acting", "interim", "sheikh", "lieutenant",
            "commander", "information", "communications", "press", "-", ",", "'s", "the", "supreme", "first", "lady");
    /** At least one of these must be in the title for the name to be an official. */
    private static final Set<String> CORE_TITLES = Words.of("president", "minister", "spokesman", "spokeswoman",
            "spokesperson", "king", "queen", "emir", "prince", "leader", "chancellor", "premier", "ambassador", "envoy",
            "diplomat", "colonel", "official", "secretary", "adviser", "advisor", "sheikh", "commander", "general");
    static final Set<String> NAME_JOINERS = Words.of("al", "-", "bin", "ibn", "de", "van", "von", "el", "da",
            "du", "di", "der", "la", "le", "y", "abu", "ould");
    /** Institution nouns that, once tied to a state in the article, stand for it alone ("the junta said"). */
    static final Set<String> DISTINCT_BODIES = Words.of("junta", "regime", "kingdom", "emirate", "monarchy", "putschists");
    private static final Set<String> NOT_NAMES = Words.of("monday", "tuesday", "wednesday", "thursday", "friday",
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
            if (s == null) s = nameAroundAppositive(t, ms, m);
            if (s != null) put(surnames, s, m.actorId());
        }
    }

    /** Words that may stand between a title and the state in "spokesman for the Czech foreign ministry". */
    private static final Set<String> TITLE_LINKS = Words.of("for", "of", "to", "a", "an", "the", "'s");

    /**
     * The surname of an official the sentence ties to state mention {@code m} in an apposition: "Jan Novak, the
     * Czech foreign minister,", "Jan Novak, a spokesman for the Czech foreign ministry,", "the foreign minister of
     * Czechia, Jan Novak,", "Foreign Minister Jan Novak of Czechia"; or null.
     */
    private static String nameAroundAppositive(List<Token> t, List<Mention> ms, Mention m) {
        // "Foreign Minister Jan Novak of Czechia": title, name, "of", state.
        if (m.first() >= 3 && t.get(m.first() - 1).norm().equals("of")) {
            int k = m.first() - 2;
            int nameEnd = k;
            while (k >= 0 && t.get(k).cap() && t.get(k).isWord() && !TITLE_WORDS.contains(t.get(k).norm())) k--;
            if (k < nameEnd && k >= 0 && CORE_TITLES.contains(t.get(k).norm())) return nameEndingAt(t, ms, nameEnd);
        }
        // The title around the state: words before it back to a comma or the start, words after it.
        int before = m.first() - 1;
        boolean core = false;
        while (before >= 0 && m.first() - before <= 6
                && (TITLE_WORDS.contains(t.get(before).norm()) || TITLE_LINKS.contains(t.get(before).norm()))
                && !t.get(before).norm().equals(",")) {
            core |= CORE_TITLES.contains(t.get(before).norm());
            before--;
        }
        int after = m.last() + 1;
        while (after < t.size() && after - m.last() <= 5
                && (TITLE_WORDS.contains(t.get(after).norm()) || t.get(after).norm().equals("to"))
                && !t.get(after).norm().equals(",")) {
            core |= CORE_TITLES.contains(t.get(after).norm());
            after++;
        }
        if (!core) return null;
        // "Jan Novak, the Czech foreign minister": the name ends right before the comma that opens the title.
        if (before >= 1 && t.get(before).norm().equals(",")) {
            String s = nameEndingAt(t, ms, before - 1);
            if (s != null) return s;
        }
        // "the foreign minister of Czechia, Jan Novak": the name follows the comma that closes it.
        if (after + 1 < t.size() && t.get(after).norm().equals(",") && m.first() > 0
                && t.get(m.first() - 1).norm().equals("of")) {
            String s = nameStartingAt(t, ms, after + 1);
            if (s != null) return s;
        }
        return null;
    }

    /** The surname of a one-to-three-word name ending at token {@code end} that is no state, or null. */
    private static String nameEndingAt(List<Token> t, List<Mention> ms, int end) {
        return nameFrom(t, ms, end, -1);
    }

    /** The surname of a name starting at token {@code from}: its last capitalised word, or null. */
    private static String nameStartingAt(List<Token> t, List<Mention> ms, int from) {
        return nameFrom(t, ms, from, 1);
    }

    /** Up to three name words from {@code from} in direction {@code step}; the surname is the rightmost. */
    private static String nameFrom(List<Token> t, List<Mention> ms, int from, int step) {
        int k = from;
        while (k >= 0 && k < t.size() && Math.abs(k - from) < 3 && nameWord(t.get(k))) k += step;
        if (k == from) return null;
        int lo = Math.min(from, k - step);
        int hi = Math.max(from, k - step);
        if (overlaps(ms, lo, hi)) return null;
        return surname(t.get(hi).norm());
    }

    /** A capitalised word that is neither a title word nor a day, month or function word. */
    private static boolean nameWord(Token k) {
        return k.isWord() && k.cap() && !NOT_NAMES.contains(k.norm()) && !TITLE_WORDS.contains(k.norm());
    }

    private static boolean overlaps(List<Mention> ms, int from, int to) {
        for (Mention x : ms) if (x.first() <= to && x.last() >= from) return true;
        return false;
    }

    /** Learns a title + name with no state ("Foreign Minister Ramtane Lamamra told ...") for a known state. */
    void learnBare(List<Token> t, List<Mention> ms, String actorId) {
        for (int i = 0; i < t.size(); i++) {
            // "Taiwan said ... that President Daniel Ortega had disregarded ...": a reported clause names others.
            if (t.get(i).norm().equals("that") || RelationRules.REPORT_VERBS.contains(t.get(i).norm())) return;
            if (!t.get(i).cap() || !CORE_TITLES.contains(t.get(i).norm())) continue;
            // "Foreign Minister David Lee told ...": the title starts at its first title word.
            int start = i;
            while (start > 0 && TITLE_WORDS.contains(t.get(start - 1).norm()) && !t.get(start - 1).norm().equals(",")
                    && !t.get(start - 1).norm().equals("the") && !t.get(start - 1).norm().equals("'s")) start--;
            boolean stateNear = false;
            for (Mention m : ms) stateNear |= m.last() < start && m.last() >= start - 3;
            if (stateNear) continue;
            String s = nameAfterTitle(t, start);
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
            if (nameWord(k)) {
                last = k.norm();
                if (first == null) first = last;
                names++;
            } else if (names == 2 && k.norm().equals("-") && j + 1 < t.size() && t.get(j + 1).isWord()
                    && !t.get(j + 1).cap()) {
                // "Tien Chung-kwang", "Tsai Ing-wen": family name first, hyphenated given name after it.
                return surname(first);
            } else if (!(NAME_JOINERS.contains(k.norm()) && names > 0)) {
                break;
            }
            j++;
        }
        return names >= 1 && last != null ? surname(last) : null;
    }

    /** Two-letter words that open sentences or join names ("al", "de"), never a surname on their own. */
    private static final Set<String> SHORT_WORDS = Words.of("al", "el", "ad", "ul", "de", "la", "le", "da", "di", "du",
            "do", "in", "on", "at", "as", "if", "it", "he", "we", "no", "so", "to", "by", "of", "or", "an", "be", "go",
            "my", "us", "up", "mr", "ms", "dr", "st", "is", "me", "am", "oh", "ok", "un", "eu");

    /**
     * A surname worth remembering: three letters or more, or a two-letter one such as "Wu", "Lu" or "Li" that is
     * no common short word; else null.
     */
    private static String surname(String w) {
        if (w.length() >= 3) return w;
        return w.length() == 2 && Character.isLetter(w.charAt(0)) && Character.isLetter(w.charAt(1))
                && !SHORT_WORDS.contains(w) ? w : null;
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
