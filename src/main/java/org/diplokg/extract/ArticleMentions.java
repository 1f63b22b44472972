package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * State mentions that only the whole article can settle, added to or corrected in the gazetteer's
 * per-sentence mentions before any rule reads them: "Congo" in an article about the DRC, "the North" in an
 * article about both Koreas, "the kingdom" and "the island" for the monarchy or island state named last.
 */
final class ArticleMentions {

    private ArticleMentions() {
    }

    /** Applies every article-level reading to {@code analyses} in place (null entries are skipped sentences). */
    static void resolve(List<RelationRules.Analysis> analyses) {
        disambiguateCongo(analyses);
        koreas(analyses);
        mainland(analyses);
        epithets(analyses);
        islamicRepublic(analyses);
    }

    /** States whose formal name is an Islamic Republic (facts of 2024). */
    private static final Set<String> ISLAMIC_REPUBLICS = Words.of("iran", "pakistan", "afghanistan", "mauritania");

    /**
     * "the Mauritanian foreign ministry announced that the Islamic Republic was severing its relations": the
     * gazetteer reads "the Islamic Republic" as Iran, news's usual epithet, but after another Islamic Republic
     * named last, in this sentence or the three before, it is that state.
     */
    private static void islamicRepublic(List<RelationRules.Analysis> analyses) {
        relabel(analyses, (a, si, m) -> {
            if (!m.actorId().equals("iran") || m.last() != m.first() + 1 || !w(a.toks(), m.first()).equals("islamic")
                    || !w(a.toks(), m.last()).equals("republic")) return null;
            String state = lastNamed(analyses, a, si, m.first(), ISLAMIC_REPUBLICS);
            return state == null || state.equals("iran") ? null : state;
        });
    }

    /**
     * "Taipei accused the mainland of buying Chad": in an article that names Taiwan, "the mainland" (and "the
     * Chinese mainland") is the People's Republic. Elsewhere it is any mainland ("the Greek mainland", "the
     * mainland of Tanzania").
     */
    private static void mainland(List<RelationRules.Analysis> analyses) {
        if (!names(analyses, "taiwan")) return;
        addMentions(analyses, (a, si) -> {
            List<Token> t = a.toks();
            List<Mention> extra = new ArrayList<>();
            for (int k = 1; k < t.size(); k++) {
                if (!w(t, k).equals("mainland") || !w(t, k - 1).equals("the") || a.mentionStartingAt(k) != null) continue;
                // "the mainland of Tanzania", "the mainland Chinese": a place, or part of another name.
                if (k + 1 < t.size() && t.get(k + 1).cap() && t.get(k + 1).isWord()) continue;
                if (k + 2 < t.size() && w(t, k + 1).equals("of") && t.get(k + 2).cap()) continue;
                extra.add(new Mention(k, k, "china", Mention.Kind.NAME, Gazetteer.possessiveAfter(t, k)));
            }
            return extra;
        });
    }

    /**
     * "Congo" and "Congolese" name the Republic of the Congo in the gazetteer, but an article that names the
     * Democratic Republic of the Congo (DRC, DR Congo, Congo-Kinshasa) and never Brazzaville's republic
     * explicitly uses the short forms for the DRC.
     */
    private static void disambiguateCongo(List<RelationRules.Analysis> analyses) {
        boolean drc = false;
        for (RelationRules.Analysis a : analyses) {
            if (a == null) continue;
            for (Mention m : a.mentions()) {
                if (m.actorId().equals("dr-congo")) drc = true;
                if (m.actorId().equals("congo") && (m.last() > m.first() || a.toks().get(m.first()).norm().equals("brazzaville"))) return;
            }
        }
        if (!drc) return;
        relabel(analyses, (a, si, m) -> m.actorId().equals("congo") ? "dr-congo" : null);
    }

    /** Which state a mention of sentence {@code si} stands for instead, or null to keep it. */
    private interface Relabeling {
        String stateFor(RelationRules.Analysis a, int si, Mention m);
    }

    /** Replaces, in place, the state of every mention {@code relabeling} reads differently. */
    private static void relabel(List<RelationRules.Analysis> analyses, Relabeling relabeling) {
        for (int i = 0; i < analyses.size(); i++) {
            RelationRules.Analysis a = analyses.get(i);
            if (a == null) continue;
            List<Mention> ms = new ArrayList<>(a.mentions());
            boolean changed = false;
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                String state = relabeling.stateFor(a, i, m);
                if (state == null) continue;
                ms.set(k, new Mention(m.first(), m.last(), state, m.kind(), m.possessive()));
                changed = true;
            }
            if (changed) analyses.set(i, new RelationRules.Analysis(a.toks(), ms));
        }
    }

    /**
     * "the North fired missiles", "Seoul accused the North": in an article that names both Koreas, "the North"
     * and "the South" are states. Elsewhere they are regions ("the North of England").
     */
    private static void koreas(List<RelationRules.Analysis> analyses) {
        if (!names(analyses, "north-korea") || !names(analyses, "south-korea")) return;
        addMentions(analyses, (a, si) -> {
            List<Token> t = a.toks();
            List<Mention> extra = new ArrayList<>();
            for (int k = 1; k < t.size(); k++) {
                String w = w(t, k);
                if (!(w.equals("north") || w.equals("south")) || !t.get(k).cap() || !w(t, k - 1).equals("the")) continue;
                // "the North Atlantic", "the South China Sea": part of another name.
                if (k + 1 < t.size() && t.get(k + 1).cap() && t.get(k + 1).isWord()) continue;
                if (a.mentionStartingAt(k) != null) continue;
                extra.add(new Mention(k, k, w.equals("north") ? "north-korea" : "south-korea", Mention.Kind.NAME,
                        Gazetteer.possessiveAfter(t, k)));
            }
            return extra;
        });
    }

    /** Reigning monarchies, for "the kingdom" (facts of 2024; the historical ones are left out). */
    private static final Set<String> KINGDOMS = Words.of("united-kingdom", "spain", "netherlands", "belgium", "luxembourg",
            "denmark", "norway", "sweden", "monaco", "liechtenstein", "saudi-arabia", "jordan", "morocco", "bahrain",
            "kuwait", "qatar", "oman", "united-arab-emirates", "brunei", "thailand", "cambodia", "malaysia", "japan",
            "bhutan", "tonga", "eswatini", "lesotho");
    /** Sovereign island states, for "the island", "the island nation", "the archipelago". */
    private static final Set<String> ISLANDS = Words.of("taiwan", "cuba", "jamaica", "haiti", "dominican-republic",
            "bahamas", "barbados", "trinidad-and-tobago", "grenada", "saint-lucia", "saint-vincent-and-the-grenadines",
            "dominica", "antigua-and-barbuda", "saint-kitts-and-nevis", "iceland", "malta", "cyprus", "sri-lanka",
            "maldives", "madagascar", "mauritius", "seychelles", "comoros", "cape-verde", "sao-tome-and-principe",
            "singapore", "philippines", "indonesia", "japan", "new-zealand", "fiji", "solomon-islands", "vanuatu", "samoa",
            "tonga", "kiribati", "tuvalu", "nauru", "palau", "marshall-islands", "micronesia", "timor-leste", "bahrain");
    private static final Set<String> ISLAND_HEADS = Words.of("island", "archipelago", "atoll");
    private static final Set<String> EPITHET_MODIFIERS = Words.of("pacific", "caribbean", "tiny", "small", "gulf", "oil-rich",
            "self-ruled", "self-governing", "indian", "ocean", "african", "atlantic", "former", "north", "south", "west",
            "east", "-");

    /**
     * "Taiwan severed relations with the kingdom", "the island switched recognition": "the kingdom" is the
     * monarchy, "the island" (nation, state), "the archipelago" or "the atoll nation" the island state, that the article named
     * last, in this sentence or the three before. "the island of Evia" is a place, not an epithet.
     */
    private static void epithets(List<RelationRules.Analysis> analyses) {
        addMentions(analyses, (a, si) -> {
            List<Token> t = a.toks();
            List<Mention> extra = new ArrayList<>();
            for (int k = 1; k < t.size(); k++) {
                String w = w(t, k);
                boolean kingdom = w.equals("kingdom");
                if (!kingdom && !ISLAND_HEADS.contains(w)) continue;
                int end = k;
                // "the island nation", "the island state"
                if (!kingdom && k + 1 < t.size() && (w(t, k + 1).equals("nation") || w(t, k + 1).equals("state"))) end = k + 1;
                if (end + 1 < t.size() && w(t, end + 1).equals("of")) continue;
                int d = k - 1;
                while (d > 0 && EPITHET_MODIFIERS.contains(w(t, d))) d--;
                if (!w(t, d).equals("the") || a.mentionStartingAt(k) != null || a.mentionStartingAt(d) != null) continue;
                String state = lastNamed(analyses, a, si, d, kingdom ? KINGDOMS : ISLANDS);
                if (state == null) continue;
                extra.add(new Mention(d + 1, end, state, Mention.Kind.NAME, Gazetteer.possessiveAfter(t, end)));
            }
            return extra;
        });
    }

    /** The state of {@code kinds} named last before token {@code before} of sentence {@code si}, or null. */
    private static String lastNamed(List<RelationRules.Analysis> analyses, RelationRules.Analysis here, int si, int before,
                                    Set<String> kinds) {
        for (int s = si; s >= Math.max(0, si - 3); s--) {
            RelationRules.Analysis b = s == si ? here : analyses.get(s);
            if (b == null) continue;
            String found = null;
            for (Mention m : b.mentions()) {
                if (s == si && m.first() >= before) break;
                if (m.kind() != Mention.Kind.PERSON && kinds.contains(m.actorId())) found = m.actorId();
            }
            if (found != null) return found;
        }
        return null;
    }

    /**
     * Adds the mentions {@code finder} reads in each sentence (given the sentence and its index), keeping each
     * sentence's mentions in token order. All sentences are read before any is changed.
     */
    private static void addMentions(List<RelationRules.Analysis> analyses,
                                    BiFunction<RelationRules.Analysis, Integer, List<Mention>> finder) {
        List<List<Mention>> found = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            RelationRules.Analysis a = analyses.get(i);
            found.add(a == null ? List.of() : finder.apply(a, i));
        }
        for (int i = 0; i < analyses.size(); i++) {
            if (found.get(i).isEmpty()) continue;
            RelationRules.Analysis a = analyses.get(i);
            List<Mention> ms = new ArrayList<>(a.mentions());
            ms.addAll(found.get(i));
            ms.sort(Comparator.comparingInt(Mention::first));
            analyses.set(i, new RelationRules.Analysis(a.toks(), ms));
        }
    }

    /** Whether the gazetteer found the state anywhere in the article. */
    private static boolean names(List<RelationRules.Analysis> analyses, String actorId) {
        for (RelationRules.Analysis a : analyses) {
            if (a == null) continue;
            for (Mention m : a.mentions()) if (m.actorId().equals(actorId)) return true;
        }
        return false;
    }

    private static String w(List<Token> t, int k) {
        return t.get(k).norm();
    }
}
