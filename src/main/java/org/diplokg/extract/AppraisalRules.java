package org.diplokg.extract;

import org.diplokg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.diplokg.extract.Candidate.covered;

/**
 * Claims made by judging an act rather than with a charge verb. A speaker who calls another state's act
 * "genocidal in character", "escalatory and irresponsible" or "a flagrant violation" accuses that state;
 * one who calls "the strike" or "the decision" so accuses whoever the article says did it (through the
 * {@link ActLedger}); one who calls the measures taken against it "unjustified" or "baseless" denies the
 * charges behind them. These rules run after {@link RelationRules} and never repeat a claim it found.
 */
final class AppraisalRules {

    /** Word stems that judge an act as wrongdoing. */
    private static final List<String> WRONG_STEMS = List.of("violat", "aggress", "provocat", "escalat", "irresponsib",
            "reckless", "destabili", "illegal", "unlawful", "illegitim", "crimin", "genocid", "terror", "interfer",
            "interventionis", "meddl", "suppress", "coerci", "bully", "blackmail", "intimidat", "unacceptab", "outrag",
            "hostil", "sham", "fraud", "occupier", "assassinat", "barbar", "heinous", "atrocit", "abuse", "abusing",
            "disrupt", "undermin", "subver", "expansionis", "belliger", "piracy", "spurious", "repressi", "deceitful",
            "treacher", "sabotag");
    /** Stems strong enough to charge the doer of "the strike" or "the decision" named only earlier. */
    private static final List<String> STRONG_STEMS = List.of("violat", "aggress", "terror", "assassinat", "crimin",
            "genocid", "provocat", "hostil", "illegal", "unlawful", "piracy", "interfer", "barbar");
    /** Words a state uses for measures taken against it when it rejects their grounds. */
    private static final Set<String> NO_GROUNDS = Words.of("unjustified", "unjustifiable", "baseless", "groundless",
            "unfounded", "unwarranted");
    /** Heads after "X's" that make X the owner of what was harmed, not the doer ("Somalia's sovereignty"). */
    private static final Set<String> VICTIM_HEADS = Words.of("sovereignty", "territory", "territorial", "airspace",
            "integrity", "internal", "affairs", "people", "citizens", "nationals", "borders", "border", "soil", "waters",
            "security", "interests", "democracy", "institutions", "independence", "constitution", "unity", "dignity",
            "honour", "honor", "embassy", "ambassador", "diplomats", "mission", "consulate", "capital", "president",
            "leader", "prime", "foreign", "minister", "ministry", "envoy", "side", "relations", "ties");
    private static final Set<String> SPEECH_HEADS = Words.of("statement", "statements", "remarks", "comments", "words",
            "speech", "rhetoric", "tweet", "tweets", "post", "posts", "language", "stance", "position");
    private static final Set<String> CLAIM_NOUNS = Words.of("claim", "claims", "accusation", "accusations", "allegation",
            "allegations", "charge", "charges", "version", "account", "narrative", "report", "reports");
    private static final Set<String> VICTIM_PREPS = Words.of("of", "on", "against", "to", "into", "in", "for", "with",
            "from", "by", "at", "toward", "towards", "over", "about", "upon");
    private static final Set<String> APPRAISING_VERBS = Words.of("called", "calls", "calling", "described", "describes",
            "describing", "termed", "branded", "labelled", "labeled", "condemned", "condemns", "condemning", "denounced",
            "denounces", "decried", "deplored", "slammed", "blasted", "criticised", "criticized");
    private static final Set<String> SENTENCE_ENDS = Words.of(";", ".");
    private static final Set<String> CLAUSE_ENDS = Words.of(";", ".", "but", "while", "whereas", "although", "though");
    private static final Set<String> COPULAS = Words.of("was", "were", "is", "are", "amounted", "constituted",
            "represented", "had", "has");
    /** "said it had nothing to do with", "was not involved": a state disowning the act it is charged with. */
    private static final List<List<String>> NOT_US = List.of(List.of("nothing", "to", "do", "with"),
            List.of("not", "involved"), List.of("no", "involvement"), List.of("played", "no", "role"),
            List.of("had", "no", "role"), List.of("no", "part", "in"), List.of("not", "responsible", "for"),
            List.of("no", "connection", "to"), List.of("no", "connection", "with"), List.of("not", "behind"),
            List.of("no", "link"), List.of("no", "links"), List.of("never", "interfered"), List.of("not", "interfered"),
            List.of("never", "sent"), List.of("never", "supported"), List.of("no", "hand", "in"),
            List.of("not", "interfering"), List.of("not", "conducted"), List.of("never", "conducted"),
            List.of("never", "engages"), List.of("never", "engaged"), List.of("never", "supplied"),
            List.of("not", "supplied"), List.of("never", "armed"), List.of("never", "financed"),
            List.of("never", "targeted"), List.of("not", "targeted"), List.of("never", "attacked"),
            List.of("never", "interferes"), List.of("never", "interfere"), List.of("not", "interfere"));
    /** '"There is no truth to these allegations," X said': the quoted speaker denies the charge against it. */
    private static final List<List<String>> NO_TRUTH = List.of(List.of("no", "truth"), List.of("not", "true"),
            List.of("no", "basis"), List.of("nothing", "to", "do", "with"));
    /** "said the US had provided no evidence": the state before it made the charge the speaker denies. */
    private static final List<List<String>> NO_EVIDENCE = List.of(List.of("no", "evidence"), List.of("no", "proof"),
            List.of("not", "a", "shred", "of", "evidence"), List.of("not", "any", "evidence"));
    /** First words of {@link #NOT_US} and "not by": a cheap test before looking for the speech verb. */
    private static final Set<String> DENIAL_STARTS = Words.of("nothing", "not", "no", "played", "had", "never");
    private static final Set<String> FALSE_LABELS = Words.of("lie", "lies", "deceptive", "misleading", "unsubstantiated",
            "distorted", "disinformation", "false", "untrue", "baseless", "groundless", "unfounded", "fabricated",
            "fabrication", "fabrications", "absurd", "nonsense", "slander", "propaganda", "fake", "ridiculous",
            "preposterous", "fiction", "lying");
    /** Participles of harmful acts whose by-phrase names the doer. */
    private static final Set<String> HARM_PARTICIPLES = Words.of("shot", "brought", "downed", "killed", "attacked",
            "fired", "launched", "struck", "bombed", "destroyed", "sabotaged", "hacked", "orchestrated", "masterminded",
            "planned", "carried", "committed", "perpetrated", "ambushed", "shelled", "targeted", "seized", "invaded",
            "occupied", "funded", "armed", "sponsored", "engineered", "staged", "plotted", "directed", "assassinated",
            "poisoned", "kidnapped", "abducted");
    /** Verbs that introduce a finding as well as speech does ("intelligence showing that ..."). */
    private static final Set<String> EVIDENCE_VERBS = Words.of("showing", "shows", "showed", "shown", "indicating",
            "indicated", "suggesting", "suggested", "proving", "proved", "concluded", "determined", "established");
    /** Words that end a noun phrase: "acts and omissions", "version of events", "closures were". */
    private static final Set<String> PHRASE_ENDS = Words.of("and", "or", "of", "in", "on", "to", "for", "with", "against",
            "by", "at", "from", "that", "which", "who", "was", "were", "is", "are", "had", "has", "have", "would",
            "will", "could", "as", "into", "over");
    private static final Set<String> NEGATIONS = Words.of("not", "never", "no", "t", "neither", "nor");

    private final TopicClassifier topics = new TopicClassifier();

    /** Candidates the sentence supports through appraisal, none repeating one in {@code found}. */
    List<Candidate> apply(RelationRules.Analysis a, List<Candidate> found, ActLedger acts, int si) {
        List<Candidate> out = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.possessive() && m.kind() != Mention.Kind.PERSON) possessiveAppraisal(a, m, found, out);
        }
        List<Token> t = a.toks();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).norm();
            if (w.equals("the") || w.equals("this") || w.equals("that")) actAppraisal(a, i, found, acts, si, out);
        }
        for (int i = 1; i + 2 < t.size(); i++) {
            if (t.get(i).norm().equals("by") && HARM_PARTICIPLES.contains(participleBefore(t, i))) agentCharge(a, i, found, out);
        }
        if (!covered(found, Relation.DENIES) && !covered(out, Relation.DENIES)) descriptiveDenial(a, out);
        return out;
    }

    /** The participle a "by" follows, skipping a particle: "shot down by", "carried out by", "backed by". */
    private static String participleBefore(List<Token> t, int by) {
        String p = t.get(by - 1).norm();
        if ((p.equals("down") || p.equals("out") || p.equals("up")) && by >= 2) return t.get(by - 2).norm();
        return p;
    }

    /**
     * A charge told in the passive with the doer in a by-phrase: "Canada had intelligence showing that the plane
     * was shot down by an Iranian missile", "said the attack had been carried out by Russian agents".
     */
    private void agentCharge(RelationRules.Analysis a, int by, List<Candidate> found, List<Candidate> out) {
        List<Token> t = a.toks();
        int k = by + 1;
        while (k < t.size() && k <= by + 2 && Set.of("a", "an", "the").contains(t.get(k).norm())) k++;
        Mention doer = k < t.size() ? a.mentionStartingAt(k) : null;
        if (doer == null || doer.kind() == Mention.Kind.PERSON) return;
        int verb = verbBefore(t, by, false, true, SENTENCE_ENDS);
        if (verb < 0 || Clauses.blocked(a, verb) || negatedBetween(t, verb, by)) return;
        if (covered(found, Relation.ACCUSES, doer.actorId()) || covered(out, Relation.ACCUSES, doer.actorId())) return;
        List<String> actors = Clauses.subjectBefore(a, verb, false);
        if (actors.contains(doer.actorId())) return;
        Candidate c = new Candidate(Relation.ACCUSES, by, "agent-charge", actors, List.of(doer.actorId()), 0.6);
        c.topic = topics.classify(t, 0);
        out.add(c);
    }

    private static boolean negatedBetween(List<Token> t, int from, int to) {
        for (int j = from + 1; j < to; j++) if (NEGATIONS.contains(t.get(j).norm())) return true;
        return false;
    }

    /**
     * A denial that describes instead of denying: "said it had nothing to do with the attack", "the clash had
     * been caused by bandits, not by the Ethiopian army", "said the Sudanese claims were 'deceptive and
     * misleading'". The accuser is the owner of the claims when named, else only an accusation against the
     * speaker that the article reports (never merely another state in the sentence).
     */
    private void descriptiveDenial(RelationRules.Analysis a, List<Candidate> out) {
        List<Token> t = a.toks();
        for (int p = 0; p < t.size(); p++) {
            String first = t.get(p).norm();
            if (!DENIAL_STARTS.contains(first) && !CLAIM_NOUNS.contains(first)) continue;
            int verb = verbBefore(t, p, true, false, SENTENCE_ENDS);
            // '"There is no truth to these allegations," a State Department spokesperson said': the speaker follows.
            List<String> quoted = verb < 0 ? Clauses.quotedSpeaker(a, p) : List.of();
            if (verb < 0 && quoted.isEmpty()) continue;
            List<String> actors = verb < 0 ? quoted : Clauses.subjectBefore(a, verb, false);
            List<String> owners = new ArrayList<>(2);
            boolean hit = false;
            int disowned = startsWithAny(t, p, NOT_US) ? p : involvementAfterNo(t, p);
            if (disowned >= 0) {
                // "said Sudan had nothing to do with": the speaker may name itself, also inside the phrase
                // ("no direct US government involvement"), but no other state ("no Iranian involvement").
                hit = onlyStatesBetween(a, verb, disowned, actors);
                // "Amorim said Brazil was \"not interfering\"": a speaker the article never tied to a state, naming
                // the one state that disowns the act.
                Mention self = verb >= 0 && actors.isEmpty() ? lastStateBetween(a, verb, p) : null;
                if (self != null && onlyStatesBetween(a, verb, p, List.of(self.actorId()))) {
                    actors = new ArrayList<>(List.of(self.actorId()));
                    hit = true;
                }
            } else if (verb < 0) {
                hit = startsWithAny(t, p, NO_TRUTH) && noStateBetween(a, 0, p);
            } else if (startsWithAny(t, p, NO_EVIDENCE) && !actors.isEmpty()) {
                Mention m = lastStateBetween(a, verb, p);
                if (m != null && actors.contains(m.actorId())) continue;
                if (m != null) owners.add(m.actorId());
                hit = m != null || noStateBetween(a, verb, p);
            } else if (t.get(p).norm().equals("not") && p + 1 < t.size() && t.get(p + 1).norm().equals("by")) {
                // "not by the Ethiopian army": the speaker's own forces.
                for (Mention m : a.mentions()) {
                    if (m.first() > p + 1 && m.first() <= p + 3 && actors.contains(m.actorId())) hit = true;
                }
            } else if (CLAIM_NOUNS.contains(t.get(p).norm())) {
                // "the charges made by Washington, London and Paris were lies": the authors come before the label.
                List<Mention> authors = authorsAfter(a, p + 1);
                int after = authors.isEmpty() ? p + 1 : authors.get(authors.size() - 1).last() + 1;
                Mention m = Clauses.ownerBefore(a, p);
                if (!authors.isEmpty()) {
                    for (Mention au : authors) if (!actors.contains(au.actorId())) owners.add(au.actorId());
                    hit = falseLabelAfter(t, after) && !owners.isEmpty();
                } else if (falseLabelAfter(t, after)) {
                    if (m != null && actors.contains(m.actorId())) continue;
                    if (m != null) owners.add(m.actorId());
                    hit = m != null || noStateBetween(a, verb, p);
                } else {
                    // "what it called Hunt's \"unfounded and false\" accusations": the label stands before the noun.
                    // Or before the owner: "the \"baseless\" Saudi allegations".
                    int label = labelSpanBefore(t, p);
                    Mention labelOwner = label >= 0 ? Clauses.ownerBefore(a, label)
                            : m != null && labelSpanBefore(t, m.first()) >= 0 ? m : null;
                    if (labelOwner != null && !actors.contains(labelOwner.actorId())) {
                        owners.add(labelOwner.actorId());
                        hit = true;
                    }
                }
            }
            if (!hit || verb >= 0 && Clauses.blocked(a, verb)) continue;
            Candidate c = new Candidate(Relation.DENIES, p, "descriptive-denial", actors,
                    List.copyOf(owners), owners.isEmpty() ? 0.6 : 0.7);
            if (owners.isEmpty()) c.hint = Candidate.TargetHint.ANSWERED_ONLY;
            out.add(c);
            return;
        }
    }

    /**
     * The verb that introduces the word at {@code at}: the nearest report verb before it, or judging verb
     * ("called", "condemned") or evidential one ("showing") as asked, not past a word in {@code stops}; or -1.
     */
    private static int verbBefore(List<Token> t, int at, boolean judging, boolean evidential, Set<String> stops) {
        for (int k = at - 1; k >= 0; k--) {
            String w = t.get(k).norm();
            if (stops.contains(w)) return -1;
            if (RelationRules.REPORT_VERBS.contains(w) || (judging && APPRAISING_VERBS.contains(w))
                    || (evidential && EVIDENCE_VERBS.contains(w))) return k;
        }
        return -1;
    }

    private static boolean onlyStatesBetween(RelationRules.Analysis a, int from, int to, List<String> allowed) {
        for (Mention m : a.mentions()) if (m.first() > from && m.first() < to && !allowed.contains(m.actorId())) return false;
        return true;
    }

    private static Mention lastStateBetween(RelationRules.Analysis a, int from, int to) {
        Mention last = null;
        for (Mention m : a.mentions()) if (m.first() > from && m.first() < to && m.kind() != Mention.Kind.PERSON) last = m;
        return last;
    }

    private static boolean noStateBetween(RelationRules.Analysis a, int from, int to) {
        for (Mention m : a.mentions()) if (m.first() > from && m.first() < to) return false;
        return true;
    }

    private static final Set<String> AUTHOR_PARTICIPLES = Words.of("made", "spread", "levelled", "leveled", "voiced");

    /** The states of "made by X, Y and Z" starting at token {@code k}, in order; empty if there is no such phrase. */
    private static List<Mention> authorsAfter(RelationRules.Analysis a, int k) {
        List<Token> t = a.toks();
        if (k + 2 >= t.size() || !AUTHOR_PARTICIPLES.contains(t.get(k).norm()) || !t.get(k + 1).norm().equals("by")) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(3);
        int at = k + 2;
        while (at < t.size()) {
            if (t.get(at).norm().equals("the")) at++;
            Mention m = at < t.size() ? a.mentionStartingAt(at) : null;
            if (m == null || m.kind() == Mention.Kind.PERSON) break;
            out.add(m);
            at = m.last() + 1;
            if (at < t.size() && t.get(at).norm().equals(",")) at++;
            if (at < t.size() && t.get(at).norm().equals("and")) at++;
        }
        return out;
    }

    /** "was a big lie", "were \"deceptive and misleading\"": a copula, then a falsity label within five tokens. */
    private static boolean falseLabelAfter(List<Token> t, int k) {
        // "China's version of events was ...": the noun's complement comes first.
        if (k + 1 < t.size() && t.get(k).norm().equals("of")) {
            int complement = ++k;
            while (k < t.size() && k <= complement + 2 && t.get(k).isWord() && !COPULAS.contains(t.get(k).norm())) k++;
        }
        if (k >= t.size() || !(COPULAS.contains(t.get(k).norm()) && !t.get(k).norm().startsWith("ha"))) return false;
        for (int j = k + 1; j < t.size() && j <= k + 5; j++) {
            String w = t.get(j).norm();
            if (FALSE_LABELS.contains(w)) return true;
            if (NEGATIONS.contains(w) || !(t.get(j).isWord() || w.equals("\""))) return false;
        }
        return false;
    }

    /**
     * The start of falsity labels right before token {@code noun} ("Hunt's \"unfounded and false\" accusations"),
     * or -1 when the words there are no such labels.
     */
    private static int labelSpanBefore(List<Token> t, int noun) {
        int start = -1;
        for (int k = noun - 1; k >= 0 && k >= noun - 5; k--) {
            String w = t.get(k).norm();
            if (FALSE_LABELS.contains(w)) start = k;
            else if (!(w.equals("\"") || w.equals("and") || w.equals(","))) break;
        }
        if (start < 0) return -1;
        // Take the opening quote mark with the labels, so the owner ends right before the span.
        return start > 0 && t.get(start - 1).norm().equals("\"") ? start - 1 : start;
    }

    /** What a state may disown having: "no role", "no direct involvement". */
    private static final Set<String> INVOLVEMENTS = Words.of("involvement", "role", "part", "hand", "link", "links",
            "connection", "connections", "responsibility");

    /**
     * "no direct US government involvement", "no role whatsoever": the involvement noun after a "no" at {@code p}
     * with up to three words between (the bare phrases are in {@link #NOT_US}); else -1.
     */
    private static int involvementAfterNo(List<Token> t, int p) {
        if (!t.get(p).norm().equals("no")) return -1;
        for (int j = p + 2; j < t.size() && j <= p + 4; j++) {
            if (INVOLVEMENTS.contains(t.get(j).norm())) return j;
            if (!t.get(j).isWord()) return -1;
        }
        return -1;
    }

    private static boolean startsWithAny(List<Token> t, int p, List<List<String>> phrases) {
        outer:
        for (List<String> ph : phrases) {
            if (p + ph.size() > t.size()) continue;
            for (int k = 0; k < ph.size(); k++) if (!t.get(p + k).norm().equals(ph.get(k))) continue outer;
            return true;
        }
        return false;
    }

    /**
     * "Pretoria said Israel's acts and omissions were 'genocidal in character'", "condemned what he called
     * China's 'escalatory and irresponsible actions'": the speaker accuses the state whose act is judged.
     */
    private void possessiveAppraisal(RelationRules.Analysis a, Mention m, List<Candidate> found, List<Candidate> out) {
        List<Token> t = a.toks();
        int before = Clauses.beforeArticles(t, m.first());
        if (before >= 0 && VICTIM_PREPS.contains(t.get(before).norm())) return;
        int head = m.last() + 2;
        if (head >= t.size() || !t.get(m.last() + 1).norm().equals("'s")) return;
        String noun = t.get(headNoun(t, head)).norm();
        if (VICTIM_HEADS.contains(noun) || CLAIM_NOUNS.contains(noun)) return;
        int hit = -1;
        for (int k = head; k < t.size() && k < head + 16; k++) {
            String w = t.get(k).norm();
            if (CLAUSE_ENDS.contains(w) || (k > head && RelationRules.REPORT_VERBS.contains(w))) break;
            if (NEGATIONS.contains(w)) return;
            // "China's vessel was rammed": the owner suffered the act.
            if ((w.equals("was") || w.equals("were") || w.equals("been")) && k + 1 < t.size()
                    && t.get(k + 1).norm().endsWith("ed") && !wrong(t.get(k + 1).norm())) return;
            if (k > head && a.mentionStartingAt(k) != null) break;
            // Judging words ("irresponsible remarks") are criticism; "comments ... amounting to interference" charge.
            if (SPEECH_HEADS.contains(noun) ? strong(w) : wrong(w)) {
                hit = k;
                break;
            }
        }
        if (hit < 0) return;
        int verb = verbBefore(t, m.first(), true, false, Set.of());
        if (verb < 0 || Clauses.blocked(a, verb) || covered(found, Relation.ACCUSES, m.actorId())) return;
        List<String> actors = Clauses.subjectBefore(a, verb, false);
        actors.remove(m.actorId());
        Candidate c = new Candidate(Relation.ACCUSES, hit, "appraisal", actors, List.of(m.actorId()), 0.65);
        c.topic = topics.classify(t, head);
        out.add(c);
    }

    /**
     * "condemned the strike as 'a flagrant violation of Iraqi sovereignty'", "called the decision 'a surrender
     * to terrorism'": the act is named only by its kind, and the ledger says who did it. "said the measures
     * were unjustified" about a break against the speaker denies the charges behind it.
     */
    private void actAppraisal(RelationRules.Analysis a, int det, List<Candidate> found, ActLedger acts, int si,
                              List<Candidate> out) {
        List<Token> t = a.toks();
        int n = det + 1;
        while (n < t.size() && n <= det + 3 && ActLedger.nounKind(t.get(n).norm()) == null
                && (t.get(n).norm().equals("\"") || (t.get(n).isWord() && !t.get(n).cap()))) n++;
        if (n >= t.size()) return;
        ActLedger.Kind kind = ActLedger.nounKind(t.get(n).norm());
        if (kind == null) return;
        int verb = verbBefore(t, det, true, false, CLAUSE_ENDS);
        if (verb < 0 || Clauses.blocked(a, verb)) return;
        // The act is what is judged: the verb's object ("condemned the strike") or the subject of the reported
        // clause ("said [that] the raid was"), not a noun deeper in ("had taken the decision to protect ...").
        boolean object = APPRAISING_VERBS.contains(t.get(verb).norm()) && (verb == det - 1 || t.get(det - 1).norm().equals("what"));
        boolean reported = (verb == det - 1 || t.get(det - 1).norm().equals("that")) && n + 1 < t.size()
                && COPULAS.contains(t.get(n + 1).norm());
        int by = n + 1 < t.size() && t.get(n + 1).norm().equals("by") ? n + 1 : -1;
        if (!object && !reported && by < 0) return;
        int hit = -1;
        boolean noGrounds = false;
        for (int k = n + 1; k < t.size() && k <= n + 22; k++) {
            String w = t.get(k).norm();
            if (CLAUSE_ENDS.contains(w)) break;
            if (NEGATIONS.contains(w) && !(w.equals("no") && k + 1 < t.size() && t.get(k + 1).norm().equals("basis"))) return;
            if (kind == ActLedger.Kind.BREAK && (NO_GROUNDS.contains(w) || (w.equals("basis") && t.get(k - 1).norm().equals("no")))) {
                noGrounds = true;
                hit = k;
                break;
            }
            if (strong(w)) {
                hit = k;
                break;
            }
        }
        if (hit < 0) return;
        List<String> actors = Clauses.subjectBefore(a, verb, false);
        // An explicit other state in the sentence is left to the rules that read it; the victim's own
        // sovereignty ("of Iraqi sovereignty", "Somalia's sovereignty") names no one else.
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.PERSON || actors.contains(m.actorId()) || ownsVictimNoun(a, m)) continue;
            return;
        }
        List<String> doers;
        if (kind == ActLedger.Kind.BREAK) {
            // "the decision by the four countries": that many breaks against the speaker.
            if (actors.size() != 1) return;
            int count = by >= 0 ? RelationRules.groupSizeAt(t, by + 1) : 0;
            if (by >= 0 && count == 0) return;
            doers = new ArrayList<>(acts.breaksAgainst(actors.get(0), si, count));
        } else {
            doers = new ArrayList<>(acts.agents(kind, si, 8));
        }
        doers.removeAll(actors);
        if (doers.isEmpty()) return;
        Relation relation = noGrounds ? Relation.DENIES : Relation.ACCUSES;
        for (String d : doers) if (covered(found, relation, d) || covered(out, relation, d)) return;
        Candidate c = new Candidate(relation, hit, noGrounds ? "act-appraisal-denial" : "act-appraisal", actors, doers, 0.6);
        if (!noGrounds) c.topic = topics.classify(t, n);
        out.add(c);
    }

    /**
     * The last word of the noun phrase starting at {@code k}: "border closures" ends at "closures", "version of
     * events" at "version", "sovereignty and" at "sovereignty".
     */
    private static int headNoun(List<Token> t, int k) {
        int j = k;
        while (j + 1 < t.size() && j < k + 3 && t.get(j + 1).isWord() && !t.get(j + 1).cap()
                && !PHRASE_ENDS.contains(t.get(j + 1).norm())) j++;
        return j;
    }

    private static boolean ownsVictimNoun(RelationRules.Analysis a, Mention m) {
        List<Token> t = a.toks();
        int next = m.last() + 1;
        if (next < t.size() && t.get(next).norm().equals("'s")) next++;
        if (next < t.size() && VICTIM_HEADS.contains(t.get(next).norm())) return true;
        int prev = m.first() - 1;
        if (prev >= 0 && t.get(prev).norm().equals("the")) prev--;
        return prev >= 1 && t.get(prev).norm().equals("of") && VICTIM_HEADS.contains(t.get(prev - 1).norm());
    }

    private static boolean wrong(String w) {
        for (String s : WRONG_STEMS) if (w.startsWith(s)) return true;
        return false;
    }

    private static boolean strong(String w) {
        for (String s : STRONG_STEMS) if (w.startsWith(s)) return true;
        return false;
    }
}
