package org.diplokg.extract;

import org.diplokg.model.Relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.diplokg.extract.Candidate.covered;
import static org.diplokg.extract.Clauses.w;

/**
 * Charges told by naming another state as the doer of a harmful act in a speaker's own words, with no charge
 * verb: 'Biden called the strike "another horrific atrocity committed by Russia"', "Le Drian said Russia's strike
 * on the station was "a crime against humanity"", '"Washington is trying to engineer a coup," Nebenzia said'.
 * The speaker's state accuses the doer. A narrator's account of the same act is no charge (see the annotation
 * guidelines), so the act must sit inside a quotation or a clause reported by a speech verb, and an act that is
 * not wrong in itself ("Russia's strike") must be judged so in the same words ("a crime against humanity").
 * These rules run after the others and never repeat a charge they found.
 */
final class HarmRules {

    /** Acts that are wrongdoing whoever reports them. */
    private static final Set<String> WRONG_ACTS = Words.of("aggression", "aggressions", "atrocity", "atrocities",
            "crime", "crimes", "massacre", "massacres", "invasion", "attack", "attacks", "occupation", "annexation",
            "interference", "meddling", "terrorism", "genocide", "provocation", "provocations", "sabotage",
            "subversion", "piracy");
    /** Acts that charge their doer only when the speaker judges them ("Russia's attack ... is unconscionable"). */
    private static final Set<String> ACTS = Words.of("strike", "strikes", "bombing", "bombings",
            "bombardment", "shelling", "offensive", "incursion", "incursions", "raid", "raids", "killing", "killings",
            "assassination", "cyberattack", "cyberattacks", "hacking", "activities", "activity", "operation",
            "operations", "actions", "decision", "policy", "policies", "war", "campaign", "blockade", "intervention",
            "recognition", "support", "shootdown", "violations", "violation", "intention", "plan", "plans", "move",
            "moves", "step", "steps");
    /** Words by which a speaker judges an act wrong; stems, as in {@link AppraisalRules}. */
    private static final List<String> JUDGING_STEMS = List.of("violat", "aggress", "provocat", "escalat",
            "irresponsib", "reckless", "destabili", "illegal", "unlawful", "illegitim", "crimin", "crime", "genocid",
            "terror", "interfer", "meddl", "atroci", "horrific", "heinous", "barbar", "brutal", "unconscionab",
            "malicious", "unprovoked", "indiscriminat", "cowardly", "outrag", "undermin", "flagrant", "massacre",
            "inhuman", "savage", "murder", "hostil", "sabotag", "unacceptab", "blatant", "civilian", "occup", "deprav",
            "abhorr", "despicab", "monstrous");
    private static final List<String> CONDEMNING = List.of("condemn", "denounc", "deplor");
    /** Acts that are choices of policy; condemning one is criticism, not a charge. */
    private static final Set<String> DECISIONS = Words.of("decision", "policy", "policies", "recognition", "intention",
            "plan", "plans", "move", "moves", "step", "steps", "support");
    /** Verbs that make their subject the doer of wrongdoing whatever their object. */
    private static final Set<String> WRONG_VERBS = Words.of("invaded", "invades", "invade", "invading", "bombed",
            "bombs", "bombing", "shelled", "shells", "shelling", "annexed", "annexes", "occupied", "occupies",
            "occupying", "attacked", "attacks", "attacking", "meddled", "meddles", "meddling", "interfered",
            "interferes", "interfering", "interfere", "meddle", "destabilise", "destabilize", "destabilising",
            "destabilizing", "destabilised", "destabilized", "sabotaged", "masterminded", "orchestrated", "sponsors",
            "sponsored", "sponsoring", "smuggle", "smuggles", "smuggled", "smuggling", "harbours", "harbors",
            "harboured", "harbored", "harbouring", "harboring", "violated", "violates", "violating", "undermines",
            "undermined", "undermining", "massacred", "terrorises", "terrorizes", "ambushed");
    /** Verbs that do so only with a harmful object close after them ("organised and paid for that coup"). */
    private static final Set<String> OBJECT_VERBS = Words.of("organised", "organized", "engineer", "engineered",
            "engineering", "paid", "pays", "funds", "funded", "funding", "finances", "financed", "financing", "arms",
            "armed", "arming", "supports", "supported", "supporting", "backs", "backed", "backing", "protects",
            "protected", "protecting", "trains", "trained", "training", "sends", "sent", "sending", "hit", "hits",
            "struck", "strikes", "killed", "kills", "planned", "plotted", "plotting", "staged", "carried",
            "launched", "launches", "fired", "waged", "wages", "waging", "committed", "commits", "provoked");
    /** Armed groups whose backer or sender does harm. */
    private static final Set<String> ARMED_GROUPS = Words.of("terrorists", "terrorist", "militants", "rebels",
            "insurgents", "militias", "militia", "extremists", "mercenaries", "saboteurs", "gangs", "jihadists",
            "separatists");
    /** Objects that make an {@link #OBJECT_VERBS} verb harmful. */
    private static final Set<String> HARMFUL_OBJECTS = union(ARMED_GROUPS, Set.of("coup", "attack", "attacks",
            "missiles", "drones", "weapons", "arms", "war", "aggression", "massacre", "atrocities", "crimes", "crime",
            "civilians", "plot", "strikes", "strike", "bombing", "commanders", "station", "hospital", "school", "rockets", "mortars", "shells",
            "embassy", "armed", "genocide"));
    /** Words between a doer and its verb: "is trying to", "continues to", "has long", "that" of a cleft sentence. */
    private static final Set<String> VERB_FILLERS = Words.of("is", "are", "was", "were", "has", "have", "had", "been",
            "continues", "continue", "continued", "to", "trying", "tried", "tries", "seeking", "sought", "seeks",
            "also", "still", "again", "now", "deliberately", "repeatedly", "actively", "directly", "openly", "once",
            "that", "who", "which", "itself", "long", "systematically", "knowingly", "even", "then", "and",
            "government", "regime", "authorities", "army", "forces", "military", "troops", "leadership", "\"");
    /** Participles that put the doer of a named act in a by-phrase: "an atrocity committed by Russia". */
    private static final Set<String> DOER_PARTICIPLES = Words.of("committed", "carried", "out", "waged", "launched",
            "perpetrated", "unleashed", "conducted", "being", "orchestrated", "staged", "led");
    /**
     * Acts whose "of" names the doer ("the military aggression of Saudi Arabia"); other nouns' "of" names victims
     * ("the invasion of Kuwait", "the occupation of Crimea").
     */
    static final Set<String> DOER_OF = Words.of("aggression", "interference", "meddling", "crimes",
            "atrocities", "actions", "policy", "policies", "decision", "provocations", "activities", "activity",
            "operations", "campaign");
    /** Heads after a person's possessive that stand for the state: "Maduro's government", "Putin's army". */
    private static final Set<String> STATE_HEADS = Words.of("government", "regime", "army", "forces", "troops",
            "military", "administration", "authorities", "intelligence", "services", "security");
    private static final Set<String> SPEAKING = Words.of("said", "says", "say", "saying", "told", "added", "stated", "declared",
            "wrote", "called", "calls", "calling", "described", "describes", "describing", "termed", "branded",
            "labelled", "labeled", "condemned", "condemns", "condemning", "denounced", "denounces", "decried", "warned",
            "insisted", "argued", "claimed", "charged", "tweeted", "posted", "noted", "stressed", "asserted",
            "protested", "complained");
    private static final Set<String> NEGATIONS = Words.of("not", "never", "no", "t", "neither", "nor", "nothing",
            "denied", "denies", "deny", "rejected", "rejects", "dismissed", "if", "whether", "would", "could", "might",
            "unless", "lest", "alleged", "allegedly", "claims", "claim", "accusations", "allegations", "avoided",
            "avoiding", "refused", "refusing", "declined", "without", "charge", "charges");
    private static final Set<String> ENDS = Words.of(".", ";", "?");
    private static final Set<String> ACT_MODIFIERS = Words.of("military", "armed", "naval", "air", "missile", "drone",
            "army", "state", "cyber", "nuclear");
    /** Words that may follow the head of an act's noun phrase. */
    private static final Set<String> PHRASE_AFTER = Words.of("on", "against", "in", "of", "by", "and", "that", "which",
            "was", "is", "has", "had", "were", "are", "at", "into", "over", "across", "near", "for", "from", "with",
            "to", "since", "shows", "showed", "proves", "proved", "undermines", "undermined", "constitutes", "amounts",
            "violates", "violated", "killed", "kills", "caused", "would", "will", "must", "cannot", "continues");
    private static final Set<String> PRONOUN_SPEAKERS = Set.of(", he", ", she", "he said", "she said");
    private static final Set<String> PRONOUNS = Words.of("he", "she", "it", "they", "we", "i");
    private static final Set<String> LIST_WORDS = Words.of("the", "and", ",", "its", "their");

    private static final Set<String> HARM_CUES = union(WRONG_ACTS, ACTS, WRONG_VERBS, OBJECT_VERBS, Set.of("occupied"));
    private static final Set<String> SPEECH_CUES = union(SPEAKING, Set.of("\"", ":"));

    private final TopicClassifier topics = new TopicClassifier();

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) all.addAll(s);
        return Words.copyOf(all);
    }

    /** Charges the sentence tells through a doer of harm, none repeating a charge in {@code found}. */
    List<Candidate> apply(RelationRules.Analysis a, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        List<Token> t = a.toks();
        if (a.mentions().isEmpty() || !mayTellHarm(t)) return out;
        for (Span s : spans(a)) {
            for (Mention m : a.mentions()) {
                if (m.first() <= s.from() || m.last() >= s.to()) continue;
                int act = harmDoneBy(a, m, s);
                if (act < 0) continue;
                String doer = m.actorId();
                if (s.speakers().contains(doer) || covered(found, Relation.ACCUSES, doer)
                        || covered(out, Relation.ACCUSES, doer)) continue;
                if (s.speakers().isEmpty() && !s.pronoun()) continue;
                int trigger = s.verb() >= 0 ? s.verb() : act;
                Candidate c = new Candidate(Relation.ACCUSES, trigger, "harm-done", s.speakers(), List.of(doer), 0.6);
                c.topic = topics.classify(t, act);
                out.add(c);
            }
        }
        return out;
    }

    /** A cheap test before the spans are read: some act or harmful verb, and some speech verb or quotation. */
    private static boolean mayTellHarm(List<Token> t) {
        boolean harm = false;
        boolean speech = false;
        for (Token k : t) {
            String w = k.norm();
            if (!harm) harm = HARM_CUES.contains(w);
            if (!speech) speech = SPEECH_CUES.contains(w);
            if (harm && speech) return true;
        }
        return false;
    }

    /**
     * Words a speaker owns, {@code (from, to)} exclusive, with the speaker's states and the speech verb (where the
     * day of the statement is told), or -1.
     */
    record Span(int from, int to, List<String> speakers, boolean pronoun, int verb) {}

    /** The quotations and reported clauses of the sentence, each with its speaker. */
    private static List<Span> spans(RelationRules.Analysis a) {
        List<Token> t = a.toks();
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!w(t, i).equals("\"")) continue;
            if (open < 0) {
                open = i;
                continue;
            }
            if (!mentionInside(a, open, i)) {
                open = -1;
                continue;
            }
            int verb = speechVerb(t, open, i);
            List<String> speakers = quoteSpeaker(a, open, i, verb);
            boolean pronoun = speakers.isEmpty() && i + 2 < t.size()
                    && PRONOUN_SPEAKERS.contains(w(t, i + 1) + " " + w(t, i + 2));
            if (!speakers.isEmpty() || pronoun) spans.add(new Span(open, i, speakers, pronoun, verb));
            open = -1;
        }
        for (int v = 0; v < t.size(); v++) {
            if (!SPEAKING.contains(w(t, v))) continue;
            int end = v + 1;
            while (end < t.size() && !ENDS.contains(w(t, end))) end++;
            if (end <= v + 2 || !mentionInside(a, v, end) || Clauses.insideQuote(t, 0, v) || !spoken(t, v)) continue;
            List<String> speakers = Clauses.subjectBefore(a, v, false);
            if (!speakers.isEmpty()) spans.add(new Span(v, end, speakers, false, v));
        }
        return spans;
    }

    /**
     * Who speaks the quotation {@code (open, close)} introduced by the speech verb or colon at {@code verb}: its
     * subject when it stands before the quotation, else the speaker named after it; an empty list when no state is
     * seen to speak it.
     */
    private static List<String> quoteSpeaker(RelationRules.Analysis a, int open, int close, int verb) {
        if (verb < 0 || verb > close) return Clauses.speakerAfterQuote(a, close - 1);
        List<Token> t = a.toks();
        if (!spoken(t, verb)) return new ArrayList<>();
        List<String> s = Clauses.subjectBefore(a, verb, false);
        if (s.isEmpty() && w(t, verb).equals(":")) s = colonSpeaker(a, verb);
        return s;
    }

    /** The speech verb or colon that introduces the quotation {@code (open, close)}, or the verb after it; else -1. */
    private static int speechVerb(List<Token> t, int open, int close) {
        for (int k = open - 1; k >= 0 && k >= open - 14; k--) {
            String w = w(t, k);
            if (ENDS.contains(w) || w.equals("\"")) break;
            if (SPEAKING.contains(w) || w.equals(":")) return k;
        }
        for (int k = close + 1; k < t.size() && k <= close + 14; k++) {
            String w = w(t, k);
            if (ENDS.contains(w) || w.equals("\"")) break;
            if (SPEAKING.contains(w)) return k;
        }
        return -1;
    }

    /** '"...," she said': a pronoun speaks the quotation just closed. */
    static boolean pronounAfterQuote(List<Token> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!w(t, i).equals("he") && !w(t, i).equals("she")) continue;
            if (!SPEAKING.contains(w(t, i + 1))) continue;
            String before = w(t, i - 1);
            if (before.equals("\"") || before.equals(",") && i > 1 && w(t, i - 2).equals("\"")) return true;
        }
        return false;
    }

    /**
     * The speech verb at {@code v} asserts what follows: not "rejected what he called", "denied what it described
     * as", and not a parenthetical "Ottawa, he said, was" whose speaker is the pronoun, not the state before it.
     */
    private static boolean spoken(List<Token> t, int v) {
        if (v > 0 && PRONOUNS.contains(w(t, v - 1))) {
            return !(v > 1 && w(t, v - 2).equals(","));
        }
        for (int j = v - 1; j >= 0 && j >= v - 5; j--) {
            if (ENDS.contains(w(t, j))) break;
            if (NEGATIONS.contains(w(t, j))) return false;
        }
        return true;
    }

    /** "British Prime Minister Boris Johnson: ...": the state named in the words before the colon. */
    private static List<String> colonSpeaker(RelationRules.Analysis a, int colon) {
        for (Mention m : a.mentions()) {
            if (m.last() < colon && m.first() >= colon - 8 && m.kind() != Mention.Kind.PERSON) {
                return new ArrayList<>(List.of(m.actorId()));
            }
        }
        return new ArrayList<>();
    }

    /** Where the state {@code m} is said to do harm inside the span: the act's index, else -1. */
    private static int harmDoneBy(RelationRules.Analysis a, Mention m, Span s) {
        List<Token> t = a.toks();
        int end = m.last() + 1;
        // "Maduro's government", "the Assad regime": a leader's name stands for the state only with such a head.
        int head = m.possessive() ? end + 1 : end;
        boolean headed = head < s.to() && STATE_HEADS.contains(w(t, head));
        if (m.kind() == Mention.Kind.PERSON && !headed) return -1;
        if (negated(t, s.from(), m.first())) return -1;
        // "the Syrian regime's decision": the possessive sits on the head after a demonym.
        boolean possessive = m.possessive() || headed && head + 1 < s.to() && w(t, head + 1).equals("'s");
        if (possessive) {
            int owner = m.possessive() ? end : head + 1;
            int act = ownedAct(t, owner + 1, s);
            if (act < 0 && headed) act = verbOf(t, owner + 1, s);
            return act >= 0 ? act : actBefore(a, m, s);
        }
        int act = actBefore(a, m, s);
        if (act >= 0) return act;
        // "Russian-occupied regions"
        if (end + 1 < s.to() && w(t, end).equals("-") && w(t, end + 1).equals("occupied")) return end + 1;
        if (m.kind() == Mention.Kind.DEMONYM) {
            act = demonymAct(t, end, s);
            if (act >= 0 || !headed) return act;
        }
        if (Clauses.prepositional(a, m, false, s.to())) return -1;
        return verbOf(t, headed ? head + 1 : end, s);
    }

    /** "Russia's unprovoked attack", "Syria's decision ... undermines": the act the possessive owns. */
    private static int ownedAct(List<Token> t, int from, Span s) {
        for (int j = from; j < s.to() && j <= from + 4; j++) {
            String w = w(t, j);
            if (WRONG_ACTS.contains(w) || ACTS.contains(w)) {
                return head(t, j, s) && (WRONG_ACTS.contains(w) || judged(t, j, s)) ? j : -1;
            }
            if (w.equals("\"")) continue;
            if (!t.get(j).isWord() || t.get(j).cap()) return -1;
        }
        return -1;
    }

    /** "the Russian attack", "the Iraqi military invasion", "Iranian interference": a demonym before the act. */
    private static int demonymAct(List<Token> t, int from, Span s) {
        int j = from;
        while (j < s.to() && j < from + 2 && ACT_MODIFIERS.contains(w(t, j))) j++;
        if (j >= s.to() || !head(t, j, s)) return -1;
        String w = w(t, j);
        if (WRONG_ACTS.contains(w)) return j;
        return ACTS.contains(w) && judged(t, j, s) ? j : -1;
    }

    /** The act noun heads its phrase: "the Russian war criminals" has "war" as a modifier of a person. */
    private static boolean head(List<Token> t, int j, Span s) {
        return j + 1 >= s.to() || !t.get(j + 1).isWord() || PHRASE_AFTER.contains(w(t, j + 1));
    }

    /** "an atrocity committed by Russia", "the military aggression of Saudi Arabia": the act before its doer. */
    private static int actBefore(RelationRules.Analysis a, Mention m, Span s) {
        List<Token> t = a.toks();
        int k = m.first() - 1;
        // "by the Assad regime and Russia": a doer listed after others shares their "by".
        while (k > s.from() && (LIST_WORDS.contains(w(t, k)) || STATE_HEADS.contains(w(t, k)) || inMention(a, k))) k--;
        if (k <= s.from()) return -1;
        String prep = w(t, k);
        if (prep.equals("of")) {
            String head = w(t, k - 1);
            if (DOER_OF.contains(head) && (WRONG_ACTS.contains(head) || judged(t, k - 1, s))) return k - 1;
            return -1;
        }
        if (!prep.equals("by")) return -1;
        int backed = backedAgents(t, k, s);
        if (backed >= 0) return backed;
        int j = k - 1;
        // 'the visit was "a pure provocation" by the United States': the quotation closes before its doer.
        while (j > s.from() && w(t, j).equals("\"")) j--;
        int end = j;
        while (j > s.from() && j >= end - 4 && DOER_PARTICIPLES.contains(w(t, j))) j--;
        String act = w(t, j);
        if (WRONG_ACTS.contains(act) || ACTS.contains(act) && judged(t, j, s)) return j;
        return -1;
    }

    /** Participles that make the doer of a by-phrase the backer of the agents before them. */
    private static final Set<String> BACKING = Words.of("funded", "financed", "armed", "backed", "sponsored", "paid",
            "trained", "supported", "directed", "recruited", "equipped", "controlled");
    private static final Set<String> ARMED_AGENTS = union(ARMED_GROUPS, Set.of("attackers", "gunmen", "assailants",
            "bombers", "proxies"));
    private static final Set<String> GROUPS = Words.of("group", "groups", "network", "cell", "cells", "organisation",
            "organization", "outfit");

    /**
     * "mercenaries financed by Saudi Arabia", "terrorists recruited, trained, armed and paid by", "the attackers
     * belonged to a group funded and armed by": the index of the armed agents the by-phrase's doer backs, else -1.
     * A plain "group" counts only after an attack or terror word in the span.
     */
    private static int backedAgents(List<Token> t, int by, Span s) {
        int j = by - 1;
        boolean backing = false;
        while (j > s.from() && (BACKING.contains(w(t, j)) || w(t, j).equals("and") || w(t, j).equals(",")
                || w(t, j).equals("\""))) {
            backing |= BACKING.contains(w(t, j));
            j--;
        }
        if (!backing) return -1;
        String agent = w(t, j);
        if (ARMED_AGENTS.contains(agent)) return j;
        if (!GROUPS.contains(agent)) return -1;
        for (int k = s.from() + 1; k < j; k++) {
            if (w(t, k).startsWith("attack") || w(t, k).startsWith("terror")) return j;
        }
        return -1;
    }

    /** "Washington is trying to engineer a coup", "Iran continues to smuggle missiles": the doer's verb. */
    private static int verbOf(List<Token> t, int from, Span s) {
        int j = from;
        int fillers = 0;
        boolean passive = false;
        while (j < s.to() && VERB_FILLERS.contains(w(t, j)) && fillers < 5) {
            String w = w(t, j);
            passive |= w.equals("was") || w.equals("were") || w.equals("is") || w.equals("are") || w.equals("been");
            passive &= !(w.equals("trying") || w.equals("to"));
            j++;
            fillers++;
        }
        if (j >= s.to()) return -1;
        String v = w(t, j);
        // "Ukraine was attacked by": the subject of a passive is the victim.
        if (passive && v.endsWith("ed")) return -1;
        if (WRONG_VERBS.contains(v)) return j;
        if (!OBJECT_VERBS.contains(v)) return -1;
        for (int k = j + 1; k < s.to() && k <= j + 7; k++) {
            if (ENDS.contains(w(t, k)) || w(t, k).equals(",")) return -1;
            if (HARMFUL_OBJECTS.contains(w(t, k))) return j;
        }
        return -1;
    }

    private static boolean mentionInside(RelationRules.Analysis a, int from, int to) {
        for (Mention m : a.mentions()) if (m.first() > from && m.last() < to) return true;
        return false;
    }

    private static boolean inMention(RelationRules.Analysis a, int k) {
        for (Mention m : a.mentions()) if (m.first() <= k && k <= m.last()) return true;
        return false;
    }

    /**
     * The speaker judges the act at {@code act} wrong near it: "Russia's strike ... was a crime". Condemning counts
     * for a harmful act but not for a decision: condemning Albania's decision to cut ties is criticism, no charge.
     */
    private static boolean judged(List<Token> t, int act, Span s) {
        boolean decision = DECISIONS.contains(w(t, act));
        for (int j = Math.max(s.from() + 1, act - 5); j < s.to() && j <= act + 12; j++) {
            String w = w(t, j);
            for (String stem : JUDGING_STEMS) if (w.startsWith(stem)) return true;
            if (!decision) for (String stem : CONDEMNING) if (w.startsWith(stem)) return true;
        }
        return false;
    }

    /** A negation, doubt or rejection between the span's start and the doer: the harm is not asserted. */
    private static boolean negated(List<Token> t, int from, int to) {
        for (int j = from + 1; j < to; j++) if (NEGATIONS.contains(w(t, j))) return true;
        return false;
    }
}
