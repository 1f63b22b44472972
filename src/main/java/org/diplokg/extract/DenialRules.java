package org.diplokg.extract;

import org.diplokg.extract.RelationRules.Analysis;
import org.diplokg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.diplokg.extract.Clauses.blocked;
import static org.diplokg.extract.Clauses.firstListAfter;
import static org.diplokg.extract.Clauses.insideQuote;
import static org.diplokg.extract.Clauses.institutionAfter;
import static org.diplokg.extract.Clauses.mentionEndingAt;
import static org.diplokg.extract.Clauses.participle;
import static org.diplokg.extract.Clauses.quotedSpeaker;
import static org.diplokg.extract.Clauses.speakerAfterQuote;
import static org.diplokg.extract.Clauses.subjectBefore;
import static org.diplokg.extract.Clauses.w;
import static org.diplokg.extract.RelationRules.ACCUSATION_NOUNS;
import static org.diplokg.extract.RelationRules.AUX;
import static org.diplokg.extract.RelationRules.DENIAL_LABELS;
import static org.diplokg.extract.RelationRules.INSTITUTIONS;
import static org.diplokg.extract.RelationRules.REPORT_VERBS;

/**
 * Denials said with a verb or a label: "Kyiv denied the accusations", "firmly rejects the accusations of
 * Mali", "a charge Turkey flatly denied", "brushed the allegations aside", "called the accusation unfounded".
 * The denied accuser is named ("the accusations of Mali", "the Saudi charges") or left to the article
 * ({@link Candidate.TargetHint#LINK_ACCUSER}, {@link Candidate.TargetHint#ANSWERED_ONLY}). One of the rule
 * families {@link RelationRules} runs for each trigger word.
 */
final class DenialRules {
    static final Set<String> DENY = Words.of("deny", "denies", "denied", "denying", "denial");

    static final Set<String> REJECT = Words.of("reject", "rejects", "rejected", "rejecting", "rebuff",
            "rebuffs", "rebuffed", "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted",
            "refuting", "repudiate", "repudiates", "repudiated", "rebut", "rebutted", "rebuts");

    /** Verbs that reject with a particle: "brushed the accusations aside", "waved away each new claim". */
    static final Set<String> BRUSH = Words.of("brush", "brushes", "brushed", "brushing", "wave", "waves",
            "waved", "waving", "shrug", "shrugs", "shrugged", "shrugging", "swat", "swats", "swatted", "swatting");

    private static final Set<String> PARTICLES = Words.of("aside", "away", "off");

    private static final Set<String> DENY_OBJ = Words.of("accusations", "accusation", "allegations", "allegation",
            "claims", "charges", "involvement", "involved", "responsibility", "role", "any", "that", "supporting",
            "support", "having", "it", "these", "this", "them", "being", "wrongdoing", "reports", "report", "the",
            "such", "all", "backing", "sponsoring", "interfering", "claim");

    /** Neutral nouns that name an accusation only when the accuser is named or the denial label follows. */
    static final Set<String> SOFT_CLAIM_NOUNS = Words.of("report", "reports", "criticism", "criticisms",
            "remarks", "comments", "version", "account", "story", "statements", "accusations", "narrative", "suggestion",
            "suggestions", "insinuation", "libel", "slander", "smear", "fabrication", "fabrications", "assertion", "speech",
            "statement", "description", "characterisation", "characterization", "portrayal", "notion", "theory");

    private final TopicClassifier topics;

    DenialRules(TopicClassifier topics) {
        this.topics = topics;
    }

    /** A denying or rejecting verb at {@code i}, "brushed" and "waved" only with "aside", "away" or "off" after them. */
    static boolean rejects(List<Token> t, int i) {
        String w = w(t, i);
        if (DENY.contains(w) || REJECT.contains(w)) return true;
        if (!BRUSH.contains(w)) return false;
        for (int j = i + 1; j < t.size() && j <= i + 8; j++) {
            if (PARTICLES.contains(w(t, j))) return true;
            if (!t.get(j).isWord() && !w(t, j).equals("\"") && !w(t, j).equals("'s")) return false;
        }
        return false;
    }


    void denies(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        String w = t.get(i).norm();
        boolean isDeny = DENY.contains(w);
        int nounAt = -1;
        boolean pointed = false;
        String aboutState = null;
        for (int j = i + 1; j < t.size() && j <= i + (isDeny ? 5 : 8); j++) {
            if (ACCUSATION_NOUNS.contains(t.get(j).norm())) {
                if (territorialClaim(t, j)) return;
                nounAt = j;
                break;
            }
            // "dismissed the report as \"another lie\"", "rejected Ali's \"irresponsible\" remarks"
            if (!isDeny && SOFT_CLAIM_NOUNS.contains(t.get(j).norm())
                    && (namedOwner(a, i, j) || labelAfter(t, j + 1, j + 8) || agentAfter(a, j))) {
                nounAt = j;
                break;
            }
            // "rejected Israel's attempt to hold the Lebanese state responsible", "reject attempts by the United
            // States to shift the blame": an attempt to blame is the charge.
            if (!isDeny && GrievanceRules.ATTEMPTS.contains(t.get(j).norm()) && blameAfter(t, j + 1)) {
                nounAt = j;
                break;
            }
            // "dismissed the suggestion that China had bought Panama's recognition": a claim about the denier.
            if (!isDeny && SOFT_CLAIM_NOUNS.contains(t.get(j).norm()) && j + 2 < t.size() && w(t, j + 1).equals("that")) {
                Mention opens = stateOpening(a, j + 1);
                if (opens != null) {
                    nounAt = j;
                    aboutState = opens.actorId();
                    break;
                }
            }
            // "rejected that description outright": a claim the article has just reported, if it reports one.
            if (!isDeny && SOFT_CLAIM_NOUNS.contains(t.get(j).norm()) && j == i + 2 && DEMONSTRATIVES.contains(w(t, i + 1))) {
                nounAt = j;
                pointed = true;
                break;
            }
            if (t.get(j).norm().equals(".") || t.get(j).norm().equals(";")) break;
        }
        // "an allegation the UAE rejected as ...", "a charge Turkey flatly denied": the noun comes first.
        boolean relative = nounAt < 0 && nounBeforeSubject(a, i);
        // "Lome dismissed them as baseless": the charges of an earlier sentence, if the article reports any.
        boolean anaphoric = !isDeny && nounAt < 0 && i + 1 < t.size() && (ANAPHORIC_OBJ.contains(w(t, i + 1))
                || w(t, i + 1).equals("it") && i + 2 < t.size() && w(t, i + 2).equals("as"));
        if (!isDeny && nounAt < 0 && !relative && !anaphoric) return; // "rejected Mali's move" is not a denial
        if (isDeny && nounAt < 0) {
            String nx = i + 1 < t.size() ? t.get(i + 1).norm() : ".";
            boolean clauseEnd = nx.length() == 1 && !Character.isLetterOrDigit(nx.charAt(0));
            boolean objOk = false;
            for (int j = i + 1; j < t.size() && j <= i + 4; j++) {
                if (DENY_OBJ.contains(t.get(j).norm())) objOk = true;
            }
            // "denied firing into Rwanda": a gerund object is the act denied.
            boolean gerund = nx.length() > 4 && nx.endsWith("ing") && !t.get(i + 1).cap();
            if (!clauseEnd && !objOk && !gerund && !relative && !nx.equals("in") && !nx.equals("any")) return; // "denied entry", "denied visas"
        }
        if (i > 0 && Set.of("was", "were", "been", "is", "are", "being").contains(t.get(i - 1).norm())) return;
        if (blocked(a, i)) return;
        List<String> actors = subjectBefore(a, i, false);
        if (actors.isEmpty()) actors = quotedSpeaker(a, i);
        if (actors.isEmpty() && nounAt >= 0) actors = accusedInClause(a, nounAt);
        // The claim's "that" clause is about the denier, or it is no denial of a charge against it; the states
        // in the clause are what was claimed, so only an accusation the article reports names the accuser.
        if (aboutState != null && !actors.contains(aboutState)) return;
        List<String> targets = new ArrayList<>();
        if (nounAt >= 0) {
            // "the accusations of/from/by X", "X's accusations"
            if (nounAt >= 2 && t.get(nounAt - 1).norm().equals("'s")) {
                Mention m = mentionEndingAt(a, nounAt - 2);
                if (m != null) targets.add(m.actorId());
            }
            for (int j = nounAt - 1; j > i && targets.isEmpty(); j--) {
                Mention m = mentionEndingAt(a, j);
                if (m != null && m.possessive() && m.kind() != Mention.Kind.PERSON) targets.add(m.actorId());
                // "the Saudi charges", "North Korean allegations": the demonym names the accuser.
                if (m != null && m.kind() != Mention.Kind.PERSON && (j == nounAt - 1
                        || (m.kind() == Mention.Kind.DEMONYM && j == nounAt - 2))) targets.add(m.actorId());
            }
            if (targets.isEmpty() && nounAt + 1 < t.size()) {
                String p = t.get(nounAt + 1).norm();
                int from = nounAt + 2;
                // "suggestions by Palestinian officials": the author, named after the noun.
                if (participle(p) && nounAt + 2 < t.size() && t.get(nounAt + 2).norm().equals("by")) {
                    from = nounAt + 3;
                    p = "by";
                }
                if (p.equals("of") || p.equals("from") || p.equals("by")) {
                    targets = firstListAfter(a, from, from + 6, actors);
                }
            }
        }
        // "Iran rejects Tirana's baseless claims" read with Albania as the denier: the denier named as its own
        // accuser means the subject was misread.
        if (!targets.isEmpty() && actors.containsAll(targets)) return;
        targets.removeAll(actors);
        Candidate c = new Candidate(Relation.DENIES, i, "denies", actors, targets, targets.isEmpty() ? 0.7 : 0.9);
        // "rejects the accusation of genocide that has now been made against Israel": the state the charge is
        // against is defended, not answered, so no other state in the sentence is the accuser.
        int against = nounAt >= 0 ? againstAfter(t, nounAt) : -1;
        boolean defends = against > 0 && !firstListAfter(a, against, against + 1, actors).isEmpty();
        if (targets.isEmpty()) c.hint = anaphoric || pointed || defends || aboutState != null ? Candidate.TargetHint.ANSWERED_ONLY : Candidate.TargetHint.LINK_ACCUSER;
        else c.answersTopic = topics.scan(t, Math.max(nounAt, 0), t.size());
        out.add(c);
        if (!targets.isEmpty() && !actors.isEmpty() && nounAt >= 0 && ACCUSATION_NOUNS.contains(t.get(nounAt).norm())) {
            // Rejecting "the accusations of Mali" says Mali accused the denier ("criticism", "remarks" do not).
            Candidate implied = new Candidate(Relation.ACCUSES, nounAt, "implied-by-denial", targets, actors, 0.65);
            implied.topic = topics.classify(t, nounAt);
            implied.noDate = true;
            out.add(implied);
        }
    }

    /**
     * "Delcy Rodriguez rejected as \"a lie\" the version circulated by Bogota that Venezuelan security forces had set
     * fire to two trucks": a speaker the sentence does not tie to a state rejects a charge against the state its
     * "that" clause opens with. Empty when the clause does not open with a state.
     */
    private static List<String> accusedInClause(Analysis a, int noun) {
        List<Token> t = a.toks();
        for (int k = noun + 1; k < t.size() && k <= noun + 8; k++) {
            String x = w(t, k);
            // Only the noun's own agent may stand between it and "that": "the version circulated by Bogota that".
            if (!x.equals("that")) {
                boolean agent = participle(x) || x.equals("by") || x.equals("and") || x.equals(",") || x.equals("the");
                for (Mention m : a.mentions()) agent |= m.first() <= k && k <= m.last();
                if (!agent) break;
                continue;
            }
            Mention opens = stateOpening(a, k);
            if (opens != null) return new ArrayList<>(List.of(opens.actorId()));
            break;
        }
        return new ArrayList<>();
    }

    /** The state (not a person) that opens the clause after the "that" at {@code that}, past "the"; else null. */
    private static Mention stateOpening(Analysis a, int that) {
        List<Token> t = a.toks();
        int first = that + 1;
        while (first < t.size() && w(t, first).equals("the")) first++;
        for (Mention m : a.mentions()) if (m.first() == first && m.kind() != Mention.Kind.PERSON) return m;
        return null;
    }

    /** Verbs whose infinitive after "attempt" makes it an accusation: "to blame", "to hold ... responsible". */
    private static final Set<String> BLAMING = Words.of("blame", "hold", "shift", "pin", "accuse", "implicate",
            "smear", "scapegoat", "frame", "link", "tie", "portray", "paint", "lay");

    /** "to blame", "by the United States to shift the blame": a blaming infinitive within seven words. */
    private static boolean blameAfter(List<Token> t, int from) {
        for (int k = from; k + 1 < t.size() && k <= from + 6; k++) {
            if (w(t, k).equals("to")) return BLAMING.contains(w(t, k + 1));
            if (w(t, k).equals(".") || w(t, k).equals(";")) return false;
        }
        return false;
    }

    /** What a reporter may ask a spokesman about: a charge, or the statement or protest that made it. */
    private static final Set<String> QUESTIONED = Words.of("protest", "protests", "complaint", "complaints");

    /**
     * "Asked about Blinken's comments, Wang rejected them as \"smears\"", "On Friday, asked about the White House
     * statement, Peskov repeated that the charges were \"groundless\"": a denial after a reporter's question answers
     * the state whose claim the question names. Fills the accuser of the sentence's denials that name none.
     */
    static void answerQuestion(Analysis a, List<Candidate> out) {
        List<Token> t = a.toks();
        int about = -1;
        for (int k = 0; k < t.size() && k <= 8 && about < 0; k++) {
            if (!w(t, k).equals("asked") || k > 0 && !w(t, k - 1).equals(",")) continue;
            for (int j = k + 1; j < t.size() && j <= k + 9 && about < 0; j++) if (w(t, j).equals("about")) about = j;
        }
        if (about < 0) return;
        String owner = null;
        for (int k = about + 1; k < t.size() && k <= about + 8 && owner == null; k++) {
            String x = w(t, k);
            if (x.equals(",") || x.equals(".")) break;
            if (!(ACCUSATION_NOUNS.contains(x) || SOFT_CLAIM_NOUNS.contains(x) || QUESTIONED.contains(x))) continue;
            int end = k - 1;
            while (end > about && !t.get(end).isWord() && !w(t, end).equals("'s")) end--; // 'Taipei's "chequebook" claims'
            Mention m = mentionEndingAt(a, w(t, end).equals("'s") ? end - 1 : end);
            if (m != null && m.kind() != Mention.Kind.PERSON) owner = m.actorId();
            // "about Taipei's claims of chequebook diplomacy": the first claim noun is the one asked about
            break;
        }
        if (owner == null) return;
        for (Candidate c : out) {
            if (c.relation != Relation.DENIES || !c.targets.isEmpty() || c.trigger < about || c.actors.contains(owner)) continue;
            c.targets = new ArrayList<>(List.of(owner));
            c.hint = Candidate.TargetHint.NONE;
        }
    }

    /** Just past the "against" within eight words after the claim noun at {@code noun}, or -1. */
    private static int againstAfter(List<Token> t, int noun) {
        for (int k = noun + 1; k < t.size() && k <= noun + 8; k++) {
            if (w(t, k).equals("against")) return k + 1;
            if (w(t, k).equals(".") || w(t, k).equals(";") || w(t, k).equals(",")) return -1;
        }
        return -1;
    }

    private static final Set<String> ANAPHORIC_OBJ = Words.of("them", "these", "those");
    private static final Set<String> DEMONSTRATIVES = Words.of("that", "this", "these", "those");
    private static final Set<String> TERRITORIAL = Words.of("territorial", "maritime", "sovereignty", "land");

    /** "rejects any Chinese claims based on the map", "claims to the islands": a claim to land, not a charge. */
    private static boolean territorialClaim(List<Token> t, int noun) {
        String w = t.get(noun).norm();
        if (!w.equals("claim") && !w.equals("claims")) return false;
        if (noun > 0 && TERRITORIAL.contains(w(t, noun - 1))) return true;
        String next = noun + 1 < t.size() ? w(t, noun + 1) : "";
        return next.equals("to") || next.equals("over")
                || next.equals("based") && noun + 2 < t.size() && w(t, noun + 2).equals("on");
    }

    /**
     * "the libel spread by South Africa", "the narrative pushed by Lima", "suggestions by Palestinian officials": the
     * claim noun's author is a state.
     */
    private static boolean agentAfter(Analysis a, int noun) {
        List<Token> t = a.toks();
        int by = noun + 1 < t.size() && participle(t.get(noun + 1).norm()) ? noun + 2 : noun + 1;
        if (by + 1 >= t.size() || !t.get(by).norm().equals("by")) return false;
        for (Mention m : a.mentions()) {
            if (m.first() == by + 1 && m.kind() != Mention.Kind.PERSON) return true;
        }
        return false;
    }

    /** A state named as the owner of the claim noun at {@code noun} ("Ali's remarks", "the French criticism"). */
    private static boolean namedOwner(Analysis a, int from, int noun) {
        for (Mention m : a.mentions()) {
            if (m.first() <= from || m.last() >= noun || m.kind() == Mention.Kind.PERSON) continue;
            if (m.possessive() || m.last() >= noun - 2) return true;
        }
        return false;
    }

    /** A denial label ("untrue", "a lie", "baseless") in {@code [from, to]}. */
    private static boolean labelAfter(List<Token> t, int from, int to) {
        for (int k = from; k < t.size() && k <= to; k++) {
            String w = t.get(k).norm();
            if (DENIAL_LABELS.contains(w)) return true;
            if (w.equals(".") || w.equals(";")) return false;
        }
        return false;
    }

    /** Words between a denial label and the verb that applies it: articles, adverbs, quotation marks. */
    private static final Set<String> LABEL_FILLERS = Words.of("a", "an", "another", "absolutely", "completely",
            "totally", "utterly", "entirely", "\"", "complete", "pure", "sheer", "simply", "just", "blatant", "outright",
            "baseless", "and", ",", "categorically", "clearly", "false", "as");

    /** Only "and" and the label walk's other words stand in {@code (from, to)}, "and" among them. */
    private static boolean quotedAndBetween(List<Token> t, int from, int to) {
        boolean and = false;
        for (int k = from; k < to; k++) {
            if (!LABEL_FILLERS.contains(w(t, k))) return false;
            and |= w(t, k).equals("and");
        }
        return and;
    }

    private static final Set<String> LABEL_VERBS = Words.of("called", "calls", "calling", "described", "describes",
            "termed", "branded", "labelled", "labeled");
    /** Other verbs a label may follow at once ("dismissed as baseless"): the denial rule reads those through the noun. */
    private static final Set<String> LABEL_RIGHT_AFTER = Words.of("call", "dismissed", "dismisses", "rejected", "rejects");

    /**
     * "the suggestion in the White House statement that Iran sponsors terrorism was \"baseless\"": the subject of
     * the copula at {@code aux} is a claim noun ("the", "this" or "that" before it) with its "that" clause. Returns
     * the noun's index, or -1.
     */
    private static int nounWithClause(Analysis a, int aux) {
        List<Token> t = a.toks();
        boolean clause = false;
        for (int k = aux - 2; k >= 1 && k >= aux - 16; k--) {
            String x = w(t, k);
            if (x.equals(".") || x.equals(";")) return -1;
            if ((x.equals("that") || x.equals("about")) && k < aux - 2) clause = true;
            if (clause && (ACCUSATION_NOUNS.contains(x) || SOFT_CLAIM_NOUNS.contains(x))
                    && (DEMONSTRATIVES.contains(w(t, k - 1)) || w(t, k - 1).equals("the") || stateEndsAt(a, k - 1))) return k;
        }
        return -1;
    }

    /** "Ukrainian claims", "Kyiv's claims": a state (not a person) ends at {@code k}, or its "'s" does. */
    private static boolean stateEndsAt(Analysis a, int k) {
        Mention m = mentionEndingAt(a, w(a.toks(), k).equals("'s") ? k - 1 : k);
        return m != null && m.kind() != Mention.Kind.PERSON;
    }

    /** Token {@code k} is part of a mention of {@code actor} ("Castillo" in "Peru's Castillo"). */
    private static boolean insideMentionOf(Analysis a, int k, String actor) {
        for (Mention m : a.mentions()) if (m.first() <= k && k <= m.last() && m.actorId().equals(actor)) return true;
        return false;
    }

    /** "an allegation the UAE rejected", "a charge Turkey flatly denied": a claim noun right before the subject. */
    private static boolean nounBeforeSubject(Analysis a, int i) {
        List<Token> t = a.toks();
        Mention subj = null;
        for (Mention m : a.mentions()) {
            if (m.last() < i && m.last() >= i - 8 && m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.OFFICIAL) subj = m;
        }
        if (subj == null) return false;
        // Only adverbs and auxiliaries between ("flatly", "have repeatedly"), or the state's officials: "a
        // charge U.S. officials have dismissed", "a charge that Myanmar's leader Aung San Suu Kyi rejected".
        boolean office = false;
        for (int k = subj.last() + 1; k < i; k++) {
            String x = w(t, k);
            if (x.equals("'s") && k == subj.last() + 1) continue;
            if (!t.get(k).isWord()) return false;
            if (INSTITUTIONS.contains(x)) office = true;
            else if (t.get(k).cap() && !office && !insideMentionOf(a, k, subj.actorId())) return false;
        }
        int b = subj.first() - 1;
        while (b >= 0 && (w(t, b).equals("the") || w(t, b).equals("that") || w(t, b).equals("which"))) b--;
        return b >= 0 && ACCUSATION_NOUNS.contains(w(t, b));
    }

    /**
     * A denial said with a label rather than a verb: "called the accusation unfounded", "called that claim
     * \"complete nonsense\"", "said the Russian account was \"a lie\"", "\"This is absolutely untrue,\" X said".
     * The accuser is the state owning the claim noun if named, else the article's accusation against the denier.
     */
    void labelDenial(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        // Walk back from the label over articles, adverbs and quotes to the verb that applies it.
        int j = i - 1;
        while (j >= 0 && LABEL_FILLERS.contains(w(t, j))) j--;
        if (j < 0) return;
        // 'the allegations were "extremely irresponsible" and "totally unfounded"': an earlier quoted judgement
        // joined to the label by "and" shares its verb.
        if (j > 0 && w(t, j + 1).equals("\"") && t.get(j).isWord()) {
            int open = j - 1;
            while (open >= 0 && open >= j - 5 && !w(t, open).equals("\"") && t.get(open).isWord()) open--;
            if (open > 0 && w(t, open).equals("\"") && AUX.contains(w(t, open - 1)) && quotedAndBetween(t, j + 1, i)) j = open - 1;
        }
        String v = w(t, j);
        int nounAt = -1;
        int verbAt;
        if (AUX.contains(v) || v.equals("'s")) {
            // "[the Russian account|this|that claim] was [a lie]"
            int n = j - 1;
            if (n < 0) return;
            String subj = w(t, n);
            if (ACCUSATION_NOUNS.contains(subj) || SOFT_CLAIM_NOUNS.contains(subj)) nounAt = n;
            else if ((n = nounWithClause(a, j)) >= 0) nounAt = n;
            else if (!(subj.equals("this") || subj.equals("that") || subj.equals("it"))) return;
            if (nounAt < 0 && n > 0) {
                // "this is untrue" must open the quotation or the clause
                String p = w(t, n - 1);
                if (!(p.equals("\"") || p.equals("that") || p.equals(","))) return;
            }
            verbAt = -1;
        } else if (LABEL_VERBS.contains(v) || LABEL_RIGHT_AFTER.contains(v)) {
            return; // handled below through the noun
        } else {
            // "called the accusation unfounded", "branded Pompeo's story about the airplane \"fake news\"",
            // "calling the charge of Chinese meddling \"totally unfounded\"": the verb, a claim noun within four
            // words of it, then the label.
            int vb = j;
            while (vb >= 0 && j - vb <= 10 && !LABEL_VERBS.contains(w(t, vb))) {
                if (w(t, vb).equals(".") || w(t, vb).equals(";")) return;
                vb--;
            }
            if (vb < 0 || j - vb > 10) return;
            int n = -1;
            for (int k = vb + 1; k <= j && k <= vb + 4 && n < 0; k++) {
                if (ACCUSATION_NOUNS.contains(w(t, k)) || SOFT_CLAIM_NOUNS.contains(w(t, k))) n = k;
            }
            if (n < 0) return;
            nounAt = n;
            verbAt = vb;
        }
        int anchor = verbAt >= 0 ? verbAt : (nounAt >= 0 ? nounAt : j);
        if (blocked(a, anchor)) return;
        for (Candidate c : out) if (c.relation == Relation.DENIES && Math.abs(c.trigger - i) < 12) return;
        List<String> actors;
        if (verbAt >= 0) actors = subjectBefore(a, verbAt, false);
        else {
            int speech = -1;
            for (int k = anchor - 1; k >= 0; k--) if (REPORT_VERBS.contains(w(t, k))) {
                speech = k;
                break;
            }
            actors = speech >= 0 ? subjectBefore(a, speech, false) : speakerAfterQuote(a, i);
        }
        List<String> targets = new ArrayList<>();
        if (nounAt >= 0) {
            for (Mention m : a.mentions()) {
                if (m.last() < nounAt && m.last() >= nounAt - 3 && m.kind() != Mention.Kind.PERSON
                        && (m.possessive() || m.kind() == Mention.Kind.DEMONYM) && !actors.contains(m.actorId())) {
                    targets = new ArrayList<>(List.of(m.actorId()));
                }
            }
        }
        Candidate c = new Candidate(Relation.DENIES, i, "denial-label", actors, targets, targets.isEmpty() ? 0.65 : 0.8);
        if (targets.isEmpty()) c.hint = Candidate.TargetHint.LINK_ACCUSER;
        out.add(c);
    }
}
