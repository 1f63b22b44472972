package org.diplokg.extract;

import org.diplokg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.diplokg.extract.Clauses.w;
import static org.diplokg.extract.Clauses.isNumber;
import static org.diplokg.extract.Clauses.blocked;
import static org.diplokg.extract.Clauses.listAfter;
import static org.diplokg.extract.Clauses.firstListAfter;
import static org.diplokg.extract.Clauses.byAgent;
import static org.diplokg.extract.Clauses.subjectBefore;
import static org.diplokg.extract.Clauses.mainSubject;
import static org.diplokg.extract.Clauses.beforeArticles;
import static org.diplokg.extract.Clauses.anaphoricSubject;
import static org.diplokg.extract.Clauses.prepositional;
import static org.diplokg.extract.Clauses.institutionAfter;
import static org.diplokg.extract.Clauses.mentionEndingAt;
import static org.diplokg.extract.Clauses.participle;
import static org.diplokg.extract.Clauses.insideQuote;
import static org.diplokg.extract.Clauses.quotedSpeaker;
import static org.diplokg.extract.Clauses.speakerAfterQuote;

/**
 * Sentence-level rules for severs / accuses / denies. Each rule looks for a trigger word, checks
 * negation and modality in a short window before it, then picks the actor (the nearest state mention
 * before the trigger that is not inside a prepositional phrase, extended over coordinated lists) and
 * the target (the state after "with"/"between", after the accusation verb, or named as accuser); those
 * readings of the sentence's clauses are {@link Clauses}', and denials are {@link DenialRules}'. What a
 * sentence alone cannot settle is left to the {@link Extractor}.
 */
public final class RelationRules {

    static final Set<String> SEVER = Words.of("sever", "severs", "severed", "severing", "severance", "cut", "cuts",
            "cutting", "break", "breaks", "broke", "breaking", "broken", "end", "ends", "ended", "ending", "suspend",
            "suspends", "suspended", "suspending", "suspension", "rupture", "ruptured", "rupturing", "terminate",
            "terminates", "terminated", "terminating", "termination", "cessation", "sundered");
    private static final Set<String> BREAK_WITH = Words.of("break", "breaks", "broke", "breaking", "broken");
    /** Recognition switches between Taipei and Beijing. */
    private static final Set<String> SWITCH = Words.of("switch", "switches", "switched", "switching", "shift",
            "shifts", "shifted", "shifting", "transfer", "transfers", "transferred", "transferring");
    private static final String CHINA = "china";
    private static final String TAIWAN = "taiwan";
    private static final Set<String> REL_NOUNS = Words.of("ties", "relations", "links", "relationship");
    private static final Set<String> SEVER_GAP = Words.of("off", "all", "its", "their", "his", "her", "diplomatic", "of",
            "the", "any", "formal", "bilateral", "official", "-", "\"", "'s", "existing", "remaining", "full", "years",
            "decades", "nearly", "almost", "political", "own", "year", "long", "old", "so-called", "so", "called");
    private static final Set<String> NOT_DIPLOMATIC = Words.of("trade", "economic", "military", "defence", "defense",
            "security", "commercial", "cultural", "financial", "business", "sporting", "sports", "academic", "energy",
            "intelligence", "aviation", "air", "transport", "travel", "maritime", "family", "church", "party", "club");
    static final Set<String> INSTITUTIONS = Words.of("government", "governments", "authorities", "ministry", "junta",
            "president", "presidency", "officials", "official", "spokesman", "spokesperson", "spokeswoman", "minister",
            "leader", "leaders", "leadership", "regime", "cabinet", "army", "military", "diplomats", "diplomacy",
            "embassy", "side", "state", "parliament", "administration", "council", "foreign", "prime", "chiefs",
            "envoy", "ambassador", "delegation", "king", "monarch", "emir", "foreign-ministry", "mfa", "premier",
            "chancellor", "people", "forces", "troops", "rulers", "generals", "transitional", "ruling", "defence",
            "defense", "interior", "national", "federal", "executive", "head", "staff", "mission");
    /** Diplomatic steps short of a break: "did the same" after one of them is no severance. */
    private static final Set<String> LESSER_STEPS = Words.of("recall", "recalls", "recalled", "recalling", "expel",
            "expels", "expelled", "expelling", "summon", "summons", "summoned", "summoning", "downgrade", "downgrades",
            "downgraded", "downgrading", "withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing", "closed",
            "close", "closes", "closing");
    static final Set<String> FOLLOW = Words.of("follows", "followed", "follow", "following", "joins",
            "joined", "join", "joining");

    /** "charged Israel with ...": a charge verb that accuses when a state and "with" follow it. */
    private static final Set<String> CHARGE_WITH = Words.of("charge", "charges", "charged", "charging");
    private static final Set<String> ACCUSE = Words.of("accuse", "accuses", "accused", "accusing", "blame", "blames",
            "blamed", "blaming");
    private static final Set<String> ALLEGED = Words.of("alleged", "allegedly");
    private static final Set<String> ALLEGED_OBJ = Words.of("support", "supporting", "supported", "involvement",
            "interference", "interfering", "meddling", "role", "backing", "backed", "complicity", "sponsorship",
            "sponsoring", "aggression", "financing", "funding", "arming", "harbouring", "harboring", "hostility",
            "plot", "plotting", "espionage", "spying");
    private static final Set<String> POSS_ACCUSE = Words.of("aggression", "interference", "meddling", "hostility",
            "provocations", "aggressions", "subversion", "genocide", "interventionism", "expansionism", "occupation");
    /** Armed acts that are a charge when a state condemns them ("condemned the Pakistani strike"). */
    private static final Set<String> ARMED_ACTS = Words.of("offensive", "attack", "attacks", "strike", "strikes",
            "airstrike", "airstrikes", "invasion", "bombing", "bombardment", "shelling", "incursion", "assault",
            "occupation", "launch", "launches", "test", "tests", "interception", "interceptions");
    static final Set<String> CONDEMN = Words.of("condemned", "condemns", "condemn", "condemning", "denounced",
            "denounces", "denounce", "denouncing", "decried", "decries", "deplored", "deplores");
    private static final Set<String> LABEL = Words.of("labelling", "labeling", "labelled", "labeled", "label", "labels",
            "calling", "called", "calls", "branded", "branding", "brands", "describing", "described", "termed",
            "terming", "denouncing", "denounced", "denounces", "denounce", "regarded", "regards");
    /** Labels that name a charge only when quoted or right after the verb ("genocidal", "antisemitic", "sham"). */
    private static final Set<String> LABEL_QUOTED = Words.of("genocidal", "antisemitic", "anti-semitic", "sham",
            "criminal", "murderous", "genocide");
    private static final Set<String> LABEL_KEYS = Words.of("genocidal", "antisemitic", "anti-semitic", "sham",
            "criminal", "murderous", "genocide", "aggression", "aggressive", "terrorism", "terrorist",
            "interference", "meddling", "hostile", "hostility", "provocation", "provocative", "destabilizing",
            "destabilising", "subversive", "subversion", "belligerent", "invasion", "aggressor", "aggressors",
            "occupier", "occupiers", "culprit", "culprits", "mastermind", "invader", "invaders", "warmonger",
            "warmongers", "perpetrator", "perpetrators", "accomplice", "narco-state", "apartheid", "terror", "imperialist");
    private static final Set<String> SPEECH = Words.of("said", "says", "say", "stated", "states", "declared",
            "announced", "announces", "condemned", "condemns", "denounced", "denounces", "debate", "citing", "cited",
            "regarding", "over", "against", "blamed", "called", "calling", "protest", "protested", "response",
            "retaliation", "accused", "accusing", "told", "added", "statement", "complained", "decried", "according",
            "framed", "insisted", "claimed", "claims", "alleged", "charged");
    /** "Ukraine's involvement in an attack by terrorist groups": needs a hostile complement to be an accusation. */
    private static final Set<String> POSS_INVOLVEMENT = Words.of("involvement", "support", "backing", "complicity",
            "role", "sponsorship");
    private static final Set<String> CUES = Words.of("over", "citing", "cited", "after", "following", "due", "because",
            "prompted", "for");
    private static final Set<String> ALLEGATION_WORDS = Words.of("alleged", "allegedly", "allegations", "accusations",
            "accusing", "claims", "allegation", "accusation");

    static final Set<String> ACCUSATION_NOUNS = Words.of("accusations", "accusation", "allegations", "allegation",
            "claims", "charges", "charge", "claim", "pretexts", "pretext", "assertions", "insinuations", "imputations");
    /** Words a denier uses for the charge it rejects ("absolutely untrue", "another lie", "baseless"). */
    static final Set<String> DENIAL_LABELS = Words.of("untrue", "false", "lie", "lies", "baseless", "groundless",
            "unfounded", "absurd", "nonsense", "fabricated", "fabrication", "fabrications", "ludicrous", "propaganda",
            "slander", "slanderous", "preposterous", "fiction", "fake", "biased", "ridiculous", "lying");

    static final Set<String> REPORT_VERBS = Words.of("said", "says", "say", "claimed", "claims", "insisted", "told",
            "charged", "alleged", "alleges", "stated", "argued", "maintained", "added", "declared", "asserted",
            "charging", "alleging", "charges", "saying", "concluded", "assessed", "protested", "complained");
    /** Report verbs that make their "that" clause a charge whatever it says. */
    private static final Set<String> CHARGING_VERBS = Words.of("charged", "alleged", "alleges", "charging", "alleging",
            "charges");
    private static final Set<String> VIOLATE = Words.of("violate", "violated", "violates", "violating", "violation",
            "violations", "undermine", "undermined", "undermines", "undermining", "infringe", "infringed", "infringes",
            "infringing", "infringement", "breach", "breached", "breaches", "breaching", "encroach", "encroached",
            "encroachment", "flouted", "flouting", "trampled", "trampling");
    private static final Set<String> DAY_WORDS = Words.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "night", "morning", "evening");
    static final Set<String> AUX = Words.of("had", "has", "have", "was", "were", "is", "are");
    private static final Set<String> ARMED_NOUNS = Words.of("warplanes", "jets", "aircraft", "drones", "agents",
            "police", "navy", "soldiers", "militias", "proxies", "missiles", "artillery", "planes", "helicopters",
            "jet", "warplane", "forces", "troops", "fighter", "fighters", "drone", "units");

    /** A state's covert agents, and the words that tie them to it: "state-linked actors", "military intelligence". */
    private static final Set<String> SECRET_AGENTS = Words.of("intelligence", "operatives", "spies", "services",
            "hackers", "actors");
    private static final Set<String> AGENT_LINKS = Words.of("-", "linked", "backed", "sponsored", "affiliated", "controlled");

    /** "held Russia responsible": a charge, see {@link #heldResponsible}. */
    private static final Set<String> HOLD = Words.of("hold", "holds", "held", "holding");

    /** Every word that can start a rule: one set lookup lets most tokens be skipped at once. */
    /** "India and Pakistan traded accusations", "exchanged charges with Kigali": one accusation each way. */
    private static final Set<String> TRADED = Words.of("traded", "trade", "trades", "trading", "exchanged",
            "exchange", "exchanges", "exchanging");
    private static final Set<String> MUTUAL_CHARGES = Words.of("accusations", "accusation", "charges", "blame",
            "allegations", "recriminations");
    private static final Set<String> GRIEVANCE_TRIGGERS = GrievanceRules.triggers();
    private static final Set<String> ANY_TRIGGER;

    static {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : List.of(SEVER, ACCUSE, ALLEGED, LABEL, DenialRules.DENY, DenialRules.REJECT, DenialRules.BRUSH,
                POSS_ACCUSE, SWITCH, TRADED)) all.addAll(s);
        all.addAll(Set.of("similar", "same", "suit", "likewise", "so", "accusations", "allegations", "evidence", "'s",
                "'", "followed", "follows"));
        all.addAll(CONDEMN);
        all.addAll(REPORT_VERBS);
        all.addAll(DENIAL_LABELS);
        all.addAll(VIOLATE);
        all.addAll(HOLD);
        all.add("according");
        all.addAll(List.of("linking", "tying", "connecting"));
        all.addAll(GRIEVANCE_TRIGGERS);
        all.addAll(CHARGE_WITH);
        ANY_TRIGGER = Words.copyOf(all);
    }

    private final TopicClassifier topics = new TopicClassifier();
    private final DenialRules denials = new DenialRules(topics);
    private final GrievanceRules grievances = new GrievanceRules(topics);

    /** A tokenised sentence with its state mentions. */
    record Analysis(List<Token> toks, List<Mention> mentions) {
        Mention mentionStartingAt(int i) {
            for (Mention m : mentions) {
                if (m.first() == i) return m;
                if (m.first() > i) break;
            }
            return null;
        }
    }

    /** All candidates the sentence supports on its own, in trigger order. */
    List<Candidate> apply(Analysis a) {
        List<Candidate> out = new ArrayList<>();
        List<Token> t = a.toks();
        boolean denial = false;
        for (int i = 0; i < t.size() && !denial; i++) denial = DenialRules.rejects(t, i);
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).norm();
            if (!ANY_TRIGGER.contains(w)) continue;
            // A break later restored is still a break: "cut ties in 1989; they were restored in 1999".
            if (SEVER.contains(w)) severs(a, i, out);
            else if (w.equals("similar") || w.equals("same") || w.equals("suit") || w.equals("likewise")) similarStep(a, i, out);
            else if (w.equals("so")) didSo(a, i, out);
            else if (w.equals("followed") || w.equals("follows")) bareFollow(a, i, out);
            else if (SWITCH.contains(w)) switchRecognition(a, i, out);
            else if (ACCUSE.contains(w)) accuses(a, i, out);
            // "Pretoria filed its application charging Israel with genocidal acts"
            else if (CHARGE_WITH.contains(w) && stateThenWith(a, i)) accuses(a, i, out);
            else if (ALLEGED.contains(w) && !denial) alleged(a, i, out);
            else if (LABEL.contains(w)) label(a, i, out);
            else if (TRADED.contains(w)) tradedCharges(a, i, out);
            else if (DenialRules.rejects(t, i)) denials.denies(a, i, out);
            else if ((w.equals("accusations") || w.equals("allegations")) && !denial) accusationAgainst(a, i, out);
            if ((w.equals("'s") || w.equals("'")) && i > 0 && !denial) possessiveAccusation(a, i, out);
            if (CONDEMN.contains(w)) {
                condemnedAgent(a, i, out);
                condemnedState(a, i, out);
                condemnedAsBy(a, i, out);
            }
            if (POSS_ACCUSE.contains(w)) accusationBy(a, i, out);
            if (w.equals("evidence")) noEvidence(a, i, out);
            if (w.equals("linking") || w.equals("tying") || w.equals("connecting")) linkingCharge(a, i, out);
            if (REPORT_VERBS.contains(w)) reportedCharge(a, i, out);
            if (w.equals("according")) accordingTo(a, i, out);
            if (VIOLATE.contains(w)) sovereigntyViolation(a, i, out);
            if (DENIAL_LABELS.contains(w)) denials.labelDenial(a, i, out);
            if (HOLD.contains(w) && !denial) heldResponsible(a, i, out);
            if (GRIEVANCE_TRIGGERS.contains(w)) grievances.apply(a, i, denial, out);
        }
        if (!denial && !a.mentions().isEmpty()) attributiveAccusations(a, out);
        if (!a.mentions().isEmpty()) reasonClauses(a, out);
        if (!out.isEmpty()) followedList(a, out);
        if (!out.isEmpty()) DenialRules.answerQuestion(a, out);
        return out;
    }

    private static final Set<String> PRECEDENT = Words.of("following", "after", "joining");
    /** What may follow a list of states that names no clause of its own: "..., following Panama and Gambia." */
    private static final Set<String> LIST_CLOSERS = Words.of(".", ",", ";", ")", "-", "in", "on", "since", "last",
            "earlier", "which", "who");

    /**
     * "Solomon Islands cut ties with Taiwan, following Sao Tome and Principe, Panama and El Salvador": states a
     * severance is said to follow took the same step with the same partner. Only a bare list, not "following
     * Panama's decision" or "after Panama cut ties" (a clause of its own, read by the severance rule).
     */
    private static void followedList(Analysis a, List<Candidate> out) {
        List<Token> t = a.toks();
        for (int n = out.size(), ci = 0; ci < n; ci++) {
            Candidate c = out.get(ci);
            if (c.relation != Relation.SEVERS) continue;
            for (int k = c.trigger + 1; k + 1 < t.size(); k++) {
                if (w(t, k).equals(".") || w(t, k).equals(";")) break;
                if (!PRECEDENT.contains(w(t, k)) || !w(t, k - 1).equals(",")) continue;
                List<String> members = listAfter(a, k + 1);
                int end = -1;
                for (Mention m : a.mentions()) if (m.first() > k && members.contains(m.actorId())) end = m.last() + 1;
                if (members.isEmpty() || end < 0 || end < t.size() && !LIST_CLOSERS.contains(w(t, end))) break;
                members.removeAll(c.actors);
                members.removeAll(c.targets);
                if (!members.isEmpty()) {
                    Candidate f = c.copyFor("followed-list", members, new ArrayList<>(c.targets), 0.7);
                    f.noDate = true; // the earlier breaks have dates of their own, which the sentence rarely gives
                    out.add(f);
                }
                break;
            }
        }
    }

    // ---------------------------------------------------------------- reasons given for an act

    /** Acts (a break or a lesser step) whose stated reason can blame the partner. */
    private static final Set<String> REASON_ACTS;
    /** Charges that make a stated reason an accusation. */
    private static final Set<String> REASON_CHARGES = Words.of("violation", "violations", "violating", "bombing",
            "bombings", "bombardment", "bombardments", "offensive", "aggression", "aggressions", "invasion", "genocide",
            "genocidal", "massacre", "massacres", "atrocities", "crimes", "interference", "meddling", "terrorism",
            "terrorist", "terrorists", "hostile", "hostility", "occupation", "abuses", "shelling", "airstrikes",
            "incursion", "incursions", "coercion", "intimidation", "provocations", "ethnic", "apartheid",
            "destabilisation", "destabilization", "subversion", "extremism", "extremist", "interventionist", "interventionism");
    private static final Set<String> SUPPORT_NOUNS = Words.of("support", "backing", "arming", "funding", "financing",
            "sponsorship", "sponsoring", "harbouring", "harboring", "sheltering", "training");
    private static final Set<String> ARMED_GROUPS = Words.of("rebels", "rebel", "terrorists", "terrorist", "militants",
            "militant", "insurgents", "insurgent", "separatists", "separatist", "jihadists", "jihadist", "mercenaries",
            "militias", "militia", "armed", "extremists", "insurgency", "rebellion");

    /**
     * Nouns whose "of" names who acts: "the interventionist actions of Washington", not a victim; the acts of
     * {@link HarmRules#DOER_OF} and a state's conduct or rulers.
     */
    private static final Set<String> DOER_NOUNS;

    static {
        Set<String> nouns = new java.util.HashSet<>(HarmRules.DOER_OF);
        nouns.addAll(Set.of("conduct", "behaviour", "behavior", "declarations", "government", "regime", "authorities"));
        DOER_NOUNS = Words.copyOf(nouns);
    }

    /**
     * The preposition at {@code prep} before {@code m} names a doer after all: "actions" of Washington", "the
     * government in Buenos Aires".
     */
    private static boolean doerAfter(Analysis a, Mention m, int prep) {
        List<Token> t = a.toks();
        if (Clauses.seatedIn(t, m, prep)) return true;
        int h = prep - 1;
        while (h >= 0 && (w(t, h).equals("\"") || w(t, h).equals("the"))) h--;
        return h >= 0 && w(t, prep).equals("of") && DOER_NOUNS.contains(w(t, h));
    }

    private static final Set<String> RECORDING = Words.of("documented", "reported", "recorded", "found", "verified",
            "confirmed", "established", "investigated", "compiled", "cited", "described", "detailed");

    private static final Set<String> PLURAL_OWNERS = Words.of("their", "those", "these");

    /** The charge at {@code charge} is "of their ..." or "of those ...": the act's partners own it. */
    private static boolean ownedByPartners(List<Token> t, int charge, int end) {
        for (int j = charge + 1; j + 1 < t.size() && j < end + 2 && j <= charge + 8; j++) {
            if (w(t, j).equals("of") && PLURAL_OWNERS.contains(w(t, j + 1))) return true;
        }
        return false;
    }

    /** "its support for rebels", "the arming of separatist militias": backing armed groups is a charge. */
    private static boolean supportForArmedGroups(List<Token> t, int j) {
        if (!SUPPORT_NOUNS.contains(w(t, j))) return false;
        for (int q = j + 1; q < t.size() && q <= j + 4; q++) if (ARMED_GROUPS.contains(w(t, q))) return true;
        return false;
    }

    private static final Set<String> VICTIM_PREPS = Words.of("against", "on", "in", "into", "to", "toward", "towards",
            "with", "of", "for", "from", "at", "inside");

    static {
        Set<String> acts = new java.util.HashSet<>(SEVER);
        acts.addAll(LESSER_STEPS);
        acts.addAll(Set.of("decision", "decided", "step", "move", "measure", "expulsion", "recall"));
        REASON_ACTS = Words.copyOf(acts);
    }

    /**
     * The reason clause after an act: "recalled its ambassador to Israel, citing "violations of humanitarian
     * law"", "took the decision in light of "the indiscriminate bombing of Gaza" by Israel", "broke relations
     * ... in condemnation of the aggressive Israeli military offensive". The acting state accuses the agent of
     * the charge ("by X", a state or demonym owning it), else the partner of the act.
     */
    private void reasonClauses(Analysis a, List<Candidate> out) {
        List<Token> t = a.toks();
        for (int k = 1; k < t.size(); k++) {
            String w = w(t, k);
            int start = -1;
            if (w.equals("citing")) start = k + 1;
            else if ((w.equals("condemnation") || w.equals("repudiation") || w.equals("protest") || w.equals("light")
                    || w.equals("retaliation")) && w(t, k - 1).equals("in")) {
                for (int j = k + 1; j < t.size() && j <= k + 4; j++) {
                    String x = w(t, j);
                    if (x.equals("of") || x.equals("at") || x.equals("against") || x.equals("over")) {
                        start = j + 1;
                        break;
                    }
                }
            } else if ((w.equals("of") && w(t, k - 1).equals("because")) || (w.equals("to") && w(t, k - 1).equals("due"))) {
                start = k + 1;
            }
            if (start < 0) continue;
            int marker = w.equals("citing") ? k : k - 1;
            int act = -1;
            for (int j = marker - 1; j >= 0; j--) {
                if (REASON_ACTS.contains(w(t, j))) {
                    act = j;
                    break;
                }
            }
            if (act < 0 || blocked(a, act)) continue;
            int end = Math.min(t.size(), start + 16);
            int charge = -1;
            for (int j = start; j < end; j++) {
                String x = w(t, j);
                if (x.equals(";") || x.equals(".") || (x.equals(",") && !insideQuote(t, start, j))) {
                    end = j;
                    break;
                }
                if (charge < 0 && (REASON_CHARGES.contains(x) || supportForArmedGroups(t, j))) charge = j;
            }
            if (charge < 0) continue;
            // "Colombia now joins Bolivia, which broke off relations with Israel ..., citing": the reason is the
            // relative clause's act, so its state acts.
            Mention relative = Clauses.relativeAntecedent(a, act);
            List<String> actors = relative != null ? new ArrayList<>(List.of(relative.actorId())) : mainSubject(a, act + 1);
            if (actors.isEmpty() && w(t, 0).equals("\"")) actors = speakerAfterQuote(a, marker);
            if (actors.isEmpty()) continue;
            List<String> targets = new ArrayList<>();
            boolean nonStateAgent = false;
            for (int j = start; j < end && targets.isEmpty(); j++) {
                // "abuses documented by a UN commission": who reported the charge, not who did the act.
                if (!w(t, j).equals("by") || j > 0 && RECORDING.contains(w(t, j - 1))) continue;
                targets = listAfter(a, j + 1);
                nonStateAgent = targets.isEmpty();
            }
            if (nonStateAgent) continue; // "attacks on its embassy by protesters": no state to blame
            if (targets.isEmpty()) {
                for (Mention m : a.mentions()) {
                    if (m.first() < start || m.first() >= end || m.kind() == Mention.Kind.PERSON) continue;
                    if (actors.contains(m.actorId())) continue;
                    int b = m.first() - 1;
                    while (b >= start && (w(t, b).equals("the") || w(t, b).equals("\""))) b--;
                    if (b >= start && VICTIM_PREPS.contains(w(t, b)) && !doerAfter(a, m, b)) continue;
                    targets.add(m.actorId());
                    break;
                }
            }
            if (targets.isEmpty()) {
                // "withdrawing its staff from Argentina, Chile and Peru, citing the interventionist actions of their
                // governments": a plural owner is every partner of the act.
                boolean theirs = ownedByPartners(t, charge, end);
                for (Mention m : a.mentions()) {
                    if (m.first() <= act || m.first() >= marker || m.kind() == Mention.Kind.PERSON) continue;
                    if (actors.contains(m.actorId()) || targets.contains(m.actorId())) continue;
                    targets.add(m.actorId());
                    if (!theirs) break;
                }
            }
            Candidate c = new Candidate(Relation.ACCUSES, charge, "reason-clause", actors, targets, 0.75);
            if (targets.isEmpty()) c.hint = Candidate.TargetHint.PRONOUN;
            c.topic = topics.classify(t, charge);
            out.add(c);
        }
    }

    // ---------------------------------------------------------------- severs

    private void severs(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int rn = -1;
        boolean diplomatic = false;
        // "Bahrain announced its own rupture minutes later": a rupture a state owns is a break without "ties".
        if (OWNED_BREAKS.contains(w(t, i)) && i > 0 && OWNERS.contains(w(t, i - 1))) rn = i;
        // Up to eight words: 'severed the so-called "diplomatic relations" with Taiwan'.
        for (int j = i + 1; j < t.size() && j <= i + 8 && rn < 0; j++) {
            String w = t.get(j).norm();
            if (REL_NOUNS.contains(w)) {
                rn = j;
                break;
            }
            diplomatic |= w.equals("diplomatic");
            if (isNumber(t.get(j))) continue; // "ending 36 years of ties"
            // "broke off political and diplomatic relations"
            if (w.equals("and") && j + 1 < t.size() && t.get(j + 1).norm().equals("diplomatic")) continue;
            if (w.equals("them") && (j == i + 1 || j == i + 2 && t.get(i + 1).norm().equals("off"))) {
                severedThem(a, i, out);
                return;
            }
            // "diplomatic and trade ties" is still a diplomatic break; "trade ties" alone is not.
            if ((NOT_DIPLOMATIC.contains(w) || w.equals("and") || w.equals("consular") || w.equals(",")) && diplomatic) continue;
            if (NOT_DIPLOMATIC.contains(w) || !SEVER_GAP.contains(w)) {
                if (j == i + 1 && w.equals("with")) break;
                return;
            }
        }
        if (rn < 0 && BREAK_WITH.contains(t.get(i).norm()) && i + 1 < t.size() && t.get(i + 1).norm().equals("with")) {
            // "Somalia broke with Iran": the verb alone is the break when a state follows.
            List<String> tg = listAfter(a, i + 2);
            if (tg.isEmpty() || blocked(a, i)) return;
            List<String> actors = subjectBefore(a, i, false);
            tg.removeAll(actors);
            out.add(new Candidate(Relation.SEVERS, i, "breaks-with", actors, tg, 0.85));
            return;
        }
        if (rn < 0 || blocked(a, i) || unrecognisedSubject(t, i)) return;
        List<String> targets = new ArrayList<>();
        List<String> between = new ArrayList<>();
        int withAt = -1;
        for (int j = rn + 1; j < t.size() && j <= rn + 4; j++) {
            String w = t.get(j).norm();
            // "cutting ties "in solidarity with the kingdom"": the state it sides with, not the partner.
            if (w.equals("with") && w(t, j - 1).equals("solidarity")) break;
            if (w.equals("with")) {
                targets = listAfter(a, j + 1);
                if (targets.isEmpty()) targets = governmentOf(a, j + 1);
                withAt = j;
                break;
            }
            if (w.equals("between")) {
                between = listAfter(a, j + 1);
                break;
            }
            if (w.equals(".") || w.equals(";")) break;
        }
        List<String> actors = byAgent(a, rn + 1, rn + 3);
        if (!between.isEmpty()) {
            if (actors.isEmpty()) actors = List.of(between.get(0));
            List<String> tg = new ArrayList<>(between);
            tg.removeAll(actors);
            targets = tg;
        }
        // "Dominica switched recognition to Beijing, ending 21 years of ties with Taiwan": the participle's subject
        // is the main clause's, not the state named last.
        if (actors.isEmpty()) actors = subjectOfVerb(a, i);
        if (targets.isEmpty()) targets = impliedPartner(a, i);
        // '"... to break relations with our sister Colombia," Chavez said' read with Colombia as the subject: a
        // state never breaks with itself, so the subject was misread and is left to the article.
        if (!targets.isEmpty() && actors.containsAll(targets)) actors = new ArrayList<>();
        List<String> tg = new ArrayList<>(targets);
        tg.removeAll(actors);
        Candidate c = new Candidate(Relation.SEVERS, i, "severs", actors, tg, tg.isEmpty() ? 0.75 : 0.95);
        if (i > 0 && t.get(i - 1).norm().equals("by")) {
            // "cannot cover its crime by severing ties": the break is presupposed, not dated by this sentence.
            c.noDate = true;
            c.confidence = 0.7;
        }
        out.add(c);
        if (withAt > 0 && !tg.isEmpty() && labelledPartner(a, withAt)) {
            Candidate acc = new Candidate(Relation.ACCUSES, withAt, "labelled-partner", actors, tg, 0.7);
            acc.topic = topics.classify(t, withAt);
            out.add(acc);
        }
        // "cut ties with Ukraine over its alleged support for terrorism": the severing state accuses too.
        int last = Math.min(t.size() - 1, rn + 14);
        for (int j = rn + 1; j <= last; j++) {
            if (!CUES.contains(t.get(j).norm())) continue;
            for (int k = j + 1; k <= Math.min(t.size() - 1, j + 3); k++) {
                if (ALLEGATION_WORDS.contains(t.get(k).norm())) {
                    Candidate acc = new Candidate(Relation.ACCUSES, k, "severs-over-allegation", actors, tg, 0.7);
                    acc.topic = topics.classify(t, k);
                    out.add(acc);
                    return;
                }
            }
        }
    }

    /**
     * "with the fascist and genocidal government of the State of Israel": the states after "government of" (or
     * "regime of", ...) within eight words, when no state follows "with" at once.
     */
    private static List<String> governmentOf(Analysis a, int from) {
        List<Token> t = a.toks();
        for (int k = from; k + 1 < t.size() && k <= from + 8; k++) {
            if (!t.get(k).isWord()) break;
            if (!INSTITUTIONS.contains(w(t, k)) || !w(t, k + 1).equals("of")) continue;
            List<String> named = listAfter(a, k + 2);
            int at = k + 2;
            if (named.isEmpty() && at + 3 < t.size() && w(t, at).equals("the") && w(t, at + 1).equals("state")
                    && w(t, at + 2).equals("of")) named = listAfter(a, at + 3);
            return named;
        }
        return new ArrayList<>();
    }

    /**
     * "the administration that sits in al-Bayda and is not recognised by the United Nations said it was cutting ties":
     * an authority no state recognises is no state's government (see the annotation guidelines).
     */
    private static boolean unrecognisedSubject(List<Token> t, int i) {
        for (int k = 1; k < i; k++) {
            String x = w(t, k);
            if (x.equals("unrecognised") || x.equals("unrecognized")) return true;
            if ((x.equals("recognised") || x.equals("recognized")) && w(t, k - 1).equals("not")) return true;
        }
        return false;
    }

    /** Words that judge the partner a break is with: "the fascist and genocidal government of Israel". */
    private static final Set<String> PARTNER_LABELS = Words.of("genocidal", "fascist", "criminal", "terrorist",
            "murderous", "racist", "apartheid", "aggressor", "warmongering", "usurping");

    /**
     * "to break relations with the fascist and genocidal government of the State of Israel", "with Israel's
     * genocidal regime": the break's partner is named with a judgement, a charge by the breaking state.
     */
    private static boolean labelledPartner(Analysis a, int with) {
        List<Token> t = a.toks();
        for (int k = with + 1; k < t.size() && k <= with + 8; k++) {
            String x = w(t, k);
            if (PARTNER_LABELS.contains(x)) return true;
            if (!t.get(k).isWord() && !x.equals("'s") && !x.equals("-")) return false;
        }
        return false;
    }

    private static final Set<String> OWNED_BREAKS = Words.of("rupture", "severance");
    private static final Set<String> OWNERS = Words.of("its", "own", "their");

    private static final Set<String> CAUSATIVES = Words.of("prompting", "prompted", "leading", "led", "forcing",
            "forced", "causing", "caused", "pushing", "pushed", "provoking", "provoked");

    /**
     * The partner of a break that names none, when the sentence does: "Kiribati recognised Taipei, prompting
     * Beijing to break off relations" (the clause that caused the break), "several governments have cut ties
     * with Israel: Bolivia severed relations in October" (the relations a colon's lead named). Else empty.
     */
    private static List<String> impliedPartner(Analysis a, int i) {
        List<Token> t = a.toks();
        if (i >= 3 && w(t, i - 1).equals("to")) {
            Mention doer = mentionEndingAt(a, i - 2);
            int c = doer == null ? -1 : beforeArticles(t, doer.first());
            if (c > 0 && CAUSATIVES.contains(w(t, c))) return mainSubject(a, c);
        }
        for (int colon = i - 1; colon > 0; colon--) {
            if (!w(t, colon).equals(":")) continue;
            for (int j = colon - 1; j > 0; j--) {
                if (REL_NOUNS.contains(w(t, j)) && w(t, j + 1).equals("with")) return listAfter(a, j + 2);
            }
            break;
        }
        return List.of();
    }

    /**
     * "Bolivia broke off relations with Israel and Belize suspended them", "Canada and Iran have had no
     * relations since Ottawa cut them": "them" is the relations the sentence named before the verb, and the
     * target is the state they were with (or the other state of the pair that had them).
     */
    private void severedThem(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        if (blocked(a, i)) return;
        List<String> actors = subjectBefore(a, i, false);
        if (actors.isEmpty()) return;
        int rn = -1;
        for (int j = i - 1; j >= 0; j--) {
            if (REL_NOUNS.contains(t.get(j).norm())) {
                rn = j;
                break;
            }
        }
        if (rn < 0) return;
        // "have cut ties with Israel: Bolivia severed relations in October, Belize suspended them": the relations
        // named with their partner, not the bare repetition nearest the verb.
        if (!(rn + 1 < t.size() && w(t, rn + 1).equals("with"))) {
            for (int j = rn - 1; j >= 0; j--) {
                if (REL_NOUNS.contains(w(t, j)) && w(t, j + 1).equals("with")) {
                    rn = j;
                    break;
                }
            }
        }
        List<String> targets = new ArrayList<>();
        if (rn + 1 < t.size() && t.get(rn + 1).norm().equals("with")) targets.addAll(listAfter(a, rn + 2));
        else {
            for (Mention m : a.mentions()) {
                if (m.last() < rn && m.kind() != Mention.Kind.PERSON && !m.possessive() && !targets.contains(m.actorId())) {
                    targets.add(m.actorId());
                }
            }
            // Only the pair that had the relations: "Canada and Iran have had no relations".
            if (targets.size() != 2) return;
        }
        targets.removeAll(actors);
        if (targets.isEmpty()) return;
        out.add(new Candidate(Relation.SEVERS, i, "severed-them", actors, targets, 0.85));
    }

    /**
     * "switched diplomatic recognition from Taipei to Beijing", "switched to Beijing": a break with the
     * side left. Only between the two Chinas, where a switch is by definition the end of relations.
     */
    private void switchRecognition(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        String from = null;
        String to = null;
        for (int j = i + 1; j < t.size() && j <= i + 9; j++) {
            String w = t.get(j).norm();
            if (w.equals(".") || w.equals(";")) break;
            if (w.equals("from") || w.equals("to")) {
                List<String> l = listAfter(a, j + 1);
                if (l.size() != 1) continue;
                if (w.equals("from") && from == null) from = l.get(0);
                if (w.equals("to") && to == null) to = l.get(0);
            }
        }
        String left;
        if (from != null && (from.equals(TAIWAN) || from.equals(CHINA))) left = from;
        else if (to != null && to.equals(CHINA)) left = TAIWAN;
        else if (to != null && to.equals(TAIWAN)) left = CHINA;
        else return;
        if (blocked(a, i)) return;
        List<String> actors = subjectBefore(a, i, false);
        actors.remove(TAIWAN);
        actors.remove(CHINA);
        // "It is the sixth country to switch to Beijing": the article resolves "it" to the state it is about.
        if (actors.isEmpty() && !anaphoricSubject(t)) return;
        out.add(new Candidate(Relation.SEVERS, i, "switch-recognition", actors, List.of(left), 0.85));
    }

    /** "took a similar step", "followed suit", "did the same", "a similar move by Mali". */
    private void similarStep(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        String w = t.get(i).norm();
        int nounAt;
        if (w.equals("suit")) {
            if (i == 0 || !FOLLOW.contains(t.get(i - 1).norm())) return;
            nounAt = i;
        } else if (w.equals("likewise")) {
            if (i == 0 || !(t.get(i - 1).norm().equals("did") || t.get(i - 1).norm().equals("acted"))) return;
            nounAt = i;
        } else {
            if (i + 1 >= t.size()) return;
            String nx = t.get(i + 1).norm();
            if (!(STEP_NOUNS.contains(nx)
                    || (w.equals("same") && i > 0 && t.get(i - 1).norm().equals("the") && i >= 2 && t.get(i - 2).norm().equals("did")))) return;
            nounAt = STEP_NOUNS.contains(nx) ? i + 1 : i;
        }
        if (blocked(a, i)) return;
        // "Kuwait recalled its ambassador, and Qatar did the same": the same as a lesser step, not a break.
        for (int j = i - 1; j >= 0; j--) {
            String p = t.get(j).norm();
            if (SEVER.contains(p)) break;
            if (LESSER_STEPS.contains(p)) return;
        }
        int start = i;
        while (start > 0 && (t.get(start - 1).norm().equals("a") || t.get(start - 1).norm().equals("the")
                || t.get(start - 1).norm().equals("'s"))) start--;
        if (t.get(start).norm().equals("'s")) start++;
        List<String> actors = byAgent(a, nounAt + 1, nounAt + 3);
        if (actors.isEmpty()) {
            int from = i;
            // "Mali's similar action": the possessor is the actor.
            if (i > 0 && t.get(i - 1).norm().equals("'s")) from = i;
            actors = subjectBefore(a, from, true);
        }
        if (actors.isEmpty()) return;
        // "took the same step against Senegal": the partner is named, not the earlier break's.
        List<String> targets = nounAt + 2 < t.size() && w(t, nounAt + 1).equals("against") ? listAfter(a, nounAt + 2) : List.of();
        targets = new ArrayList<>(targets);
        targets.removeAll(actors);
        // "made the same switch": of recognition, so it repeats the article's last switch, not its last break.
        String rule = t.get(nounAt).norm().equals("switch") ? "same-switch" : "similar-step";
        Candidate c = new Candidate(Relation.SEVERS, i, rule, actors, targets, 0.8);
        c.similarStep = true;
        out.add(c);
    }

    /** What "a similar ..." or "the same ..." repeats: "took the same step", "made the same switch". */
    private static final Set<String> STEP_NOUNS = Words.of("step", "action", "move", "decision", "measure", "measures",
            "steps", "course", "switch");

    private static final Set<String> DO_FORMS = Words.of("did", "done", "do", "does");

    /**
     * "Panama ended ties with Taipei in 2017, and the Dominican Republic did so in 2018": "did so" repeats a
     * break only when the sentence names one before it; otherwise it may repeat anything.
     */
    private void didSo(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        if (i == 0 || !DO_FORMS.contains(t.get(i - 1).norm()) || blocked(a, i)) return;
        boolean breakBefore = false;
        for (int j = 0; j < i - 1; j++) breakBefore |= SEVER.contains(t.get(j).norm()) || SWITCH.contains(t.get(j).norm());
        if (!breakBefore) return;
        List<String> actors = subjectBefore(a, i - 1, true);
        if (actors.isEmpty() && !anaphoricSubject(t)) return;
        Candidate c = new Candidate(Relation.SEVERS, i, "did-so", actors, List.of(), 0.8);
        c.similarStep = true;
        out.add(c);
    }

    private static final Set<String> AFTER_FOLLOW = Words.of("in", "on", ".", ",", ";", "later", "shortly", "soon",
            "within", "days", "weeks", "hours", "a", "two", "three", "the", "quickly", "swiftly", "immediately", "--", "—",
            "last", "earlier", "this");

    /**
     * "Burkina Faso followed in late May", "Bahrain, Sudan and Somalia followed Riyadh in January": a state
     * (or list) right before a bare "followed" repeats the article's latest break (or the named leader's).
     * "followed the talks" or "followed by" is something else.
     */
    private void bareFollow(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        if (i + 1 >= t.size() || blocked(a, i)) return;
        Mention subject = mentionEndingAt(a, i - 1);
        if (subject == null || subject.kind() == Mention.Kind.PERSON || subject.possessive()) return;
        String leader = null;
        int next = i + 1;
        for (Mention m : a.mentions()) {
            if (m.first() == i + 1 && m.kind() != Mention.Kind.PERSON) {
                leader = m.actorId();
                next = m.last() + 1;
            }
        }
        String nx = next < t.size() ? w(t, next) : ".";
        if (!AFTER_FOLLOW.contains(nx)) return;
        if (nx.equals("the") && !(next + 1 < t.size() && Set.of("next", "same", "following").contains(w(t, next + 1)))) return;
        if (nx.equals("a") && !(next + 1 < t.size() && Set.of("day", "week", "few").contains(w(t, next + 1)))) return;
        List<String> actors = subjectBefore(a, i, true);
        if (actors.isEmpty()) return;
        Candidate c = new Candidate(Relation.SEVERS, i, "followed", actors, List.of(), 0.75);
        c.similarStep = true;
        c.leader = leader;
        out.add(c);
    }

    // ---------------------------------------------------------------- accuses

    /**
     * "India and Pakistan traded accusations over the shelling", "Sudan exchanged charges with South Sudan": each
     * side accuses the other. The states are the verb's subjects, or its subject and the states after "with".
     */
    private void tradedCharges(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int noun = -1;
        for (int j = i + 1; j < t.size() && j <= i + 4 && noun < 0; j++) {
            if (MUTUAL_CHARGES.contains(w(t, j))) noun = j;
            else if (!t.get(j).isWord() && !w(t, j).equals("\"")) return;
        }
        if (noun < 0 || blocked(a, i)) return;
        List<String> sides = subjectBefore(a, i, false);
        if (sides.size() == 1 && noun + 2 < t.size() && w(t, noun + 1).equals("with")) {
            for (String partner : listAfter(a, noun + 2)) if (!sides.contains(partner)) sides.add(partner);
        }
        eachWay(a, sides, i, "traded-charges", 0.75, noun, out);
    }

    /** One accusation each way between every two of {@code sides} (none when fewer than two). */
    private void eachWay(Analysis a, List<String> sides, int trigger, String rule, double confidence, int topicAt,
                         List<Candidate> out) {
        if (sides.size() < 2) return;
        for (String x : sides) {
            for (String y : sides) {
                if (x.equals(y)) continue;
                Candidate c = new Candidate(Relation.ACCUSES, trigger, rule, new ArrayList<>(List.of(x)),
                        new ArrayList<>(List.of(y)), confidence);
                c.topic = topics.classify(a.toks(), topicAt);
                out.add(c);
            }
        }
    }

    private void accuses(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        if (blocked(a, i)) return;
        // "Taipei, Beijing and Washington trade blame over El Salvador": the traded charges between the states
        // named are the claims (see tradedCharges); what they are over is no target.
        if (i > 0 && TRADED.contains(w(t, i - 1)) && subjectBefore(a, i - 1, false).size() > 1) return;
        boolean passive = i > 0 && Set.of("was", "were", "been", "is", "are", "being", "be").contains(t.get(i - 1).norm());
        List<String> actors;
        List<String> targets;
        Candidate.TargetHint hint = Candidate.TargetHint.NONE;
        if (!passive && i + 2 < t.size() && ((w(t, i + 1).equals("each") && w(t, i + 2).equals("other"))
                || (w(t, i + 1).equals("one") && w(t, i + 2).equals("another")))) {
            // "Ukraine and Russia blamed each other": one accusation each way.
            eachWay(a, subjectBefore(a, i, false), i, "accuse-each-other", 0.8, i, out);
            return;
        }
        if (passive) {
            if (i + 1 >= t.size() || !t.get(i + 1).norm().equals("by")) return; // "has been accused of": no accuser
            actors = listAfter(a, i + 2);
            targets = subjectBefore(a, i, false);
        } else {
            // ", accusing Ottawa of ...": the participle's subject is the main clause's, not the nearest state.
            boolean participle = participleAfterComma(t, i);
            // "X told reporters that Kiribati had been lured ..., and accused China of ...": the coordinated verb
            // shares the main clause's subject, not the reported clause's.
            participle |= i > 1 && w(t, i - 1).equals("and") && w(t, i - 2).equals(",") && reportedClauseBefore(t, i);
            // '"Venezuela is an outlaw nation," Ali said, accusing Caracas of ...': the speaker, not the quoted state.
            boolean afterQuote = participle && !t.isEmpty() && w(t, 0).equals("\"") && closingQuoteBefore(t, i);
            actors = participle && !afterQuote ? mainSubject(a, contrastClauseStart(t, i), i) : new ArrayList<>();
            if (actors.isEmpty() && participle && !afterQuote) actors = mainSubject(a, i);
            // "Taiwan accused Costa Rica of ... and accused Panama of ...": the second charge has the first's subject,
            // not the first's object.
            int earlier = i > 1 && w(t, i - 1).equals("and") ? earlierCharge(t, i - 1) : -1;
            if (actors.isEmpty() && earlier >= 0) actors = subjectBefore(a, earlier, false);
            // "The row comes a month after Albania cut ties with Iran on September 7, blaming Tehran for ...": with
            // no state as the main subject, the participle shares the subject of the claim it follows.
            if (actors.isEmpty() && participle && !afterQuote) {
                for (Candidate o : out) if (o.trigger < i && !o.actors.isEmpty() && o.relation != Relation.DENIES) actors = new ArrayList<>(o.actors);
            }
            if (actors.isEmpty()) actors = subjectBefore(a, i, false);
            String nx = i + 1 < t.size() ? t.get(i + 1).norm() : "";
            if (nx.equals("it") || nx.equals("them")) {
                targets = List.of();
                hint = Candidate.TargetHint.PRONOUN;
            } else {
                int on = -1;
                if (w(t, i).startsWith("blam")) {
                    for (int j = i + 1; j < t.size() && j <= i + 5; j++) if (t.get(j).norm().equals("on")) on = j;
                    // "blamed Israel for attacks on tankers": a state right after the verb is the one blamed.
                    if (on > 0 && !firstListAfter(a, i + 1, on, actors).isEmpty()) on = -1;
                }
                // "blamed the conflict on the high-handedness of the United States"
                targets = on > 0 ? firstListAfter(a, on + 1, on + 16, actors) : firstListAfter(a, i + 1, i + 16, actors);
            }
        }
        String body = null;
        if (!passive && hint == Candidate.TargetHint.NONE) {
            // "accused the rebels of working with Russia": the charge is against the rebels, and a state in
            // what they are charged with is not the accused. "accused the junta of": the article's junta.
            String object = stateFreeObject(a, i);
            if (object != null && NON_STATE_OBJECTS.contains(object)) return;
            if (object != null && Officials.DISTINCT_BODIES.contains(object)) {
                targets = List.of();
                hint = Candidate.TargetHint.BODY;
                body = object;
            }
        }
        int group = passive ? 0 : groupSizeAt(t, i + 1);
        if (group > 0 && hint == Candidate.TargetHint.NONE) {
            targets = List.of();
            hint = Candidate.TargetHint.GROUP;
        }
        // "the seven governments, which he accused of seeking ...": the charge's object is the relative's
        // antecedent, and "he" is the one the main clause reports.
        int rel = passive ? -1 : objectRelative(t, i);
        if (rel > 0 && hint == Candidate.TargetHint.NONE) {
            int size = groupEndingAt(t, rel - 2);
            List<String> antecedent = size > 0 ? List.of() : listEndingAt(a, rel - 2);
            if (size > 0 || !antecedent.isEmpty()) {
                actors = mainSubject(a, rel);
                actors.removeAll(antecedent);
                targets = antecedent;
                if (size > 0) {
                    group = size;
                    hint = Candidate.TargetHint.GROUP;
                }
            }
        }
        // "Chad orders Qatar embassy closed, accuses Doha of ...": when the object right after the verb is the
        // state taken as subject, the subject was misread; the main clause's subject is the accuser.
        if (!passive && hint == Candidate.TargetHint.NONE) {
            List<String> object = firstListAfter(a, i + 1, i + 2, List.of());
            if (!object.isEmpty() && actors.containsAll(object)) {
                actors = mainSubject(a, i);
                actors.removeAll(object);
                targets = object;
            }
        }
        List<String> tg = new ArrayList<>(targets);
        tg.removeAll(actors);
        Candidate c = new Candidate(Relation.ACCUSES, i, "accuses", actors, tg, 0.9);
        c.hint = hint;
        c.groupSize = group;
        c.body = body;
        c.topic = topics.classify(t, i);
        out.add(c);
    }

    /**
     * ", which he accused of": the index of the "which" or "whom" whose antecedent is the object of the charge
     * verb at {@code i}, when a pronoun is the verb's subject; else -1.
     */
    private static int objectRelative(List<Token> t, int i) {
        int k = i - 1;
        while (k > 0 && Clauses.RELATIVE_ADVERBS.contains(w(t, k))) k--;
        if (k < 3 || !PRONOUN_SUBJECTS.contains(w(t, k))) return -1;
        k--;
        boolean relative = w(t, k).equals("which") || w(t, k).equals("whom");
        return relative && w(t, k - 1).equals(",") ? k : -1;
    }

    /** "the seven governments" ending at {@code end}: how many states the group stands for, or 0. */
    private static int groupEndingAt(List<Token> t, int end) {
        if (end < 0 || !GROUP_NOUNS.contains(w(t, end))) return 0;
        for (int k = end - 1; k >= 0 && k >= end - 4; k--) {
            int n = groupSizeAt(t, k);
            if (n > 0) return n;
        }
        return 0;
    }

    /** The coordinated states ending at token {@code end} ("Argentina, Chile and Peru"), or empty. */
    private static List<String> listEndingAt(Analysis a, int end) {
        Mention last = mentionEndingAt(a, end);
        if (last == null || last.kind() == Mention.Kind.PERSON) return new ArrayList<>();
        List<Token> t = a.toks();
        Mention head = last;
        for (int mi = a.mentions().indexOf(last) - 1; mi >= 0; mi--) {
            Mention p = a.mentions().get(mi);
            boolean glue = p.kind() != Mention.Kind.PERSON;
            for (int k = p.last() + 1; k < head.first() && glue; k++) glue = Clauses.COORD.contains(w(t, k));
            if (!glue) break;
            head = p;
        }
        List<String> l = listAfter(a, head.first());
        return l.contains(last.actorId()) ? l : new ArrayList<>(List.of(last.actorId()));
    }

    /** Heads of objects that are no state: their charge is not one against the state named in it. */
    private static final Set<String> NON_STATE_OBJECTS = Words.of("rebels", "militants", "opposition", "insurgents",
            "separatists", "jihadists", "fighters", "protesters", "militia", "militias", "gangs", "smugglers",
            "traffickers", "employers", "terrorists", "guerrillas", "mercenaries", "group", "groups", "movement",
            "front", "party", "parties", "media", "journalists", "activists", "company", "companies");

    /**
     * The head noun of the object between a charge verb at {@code i} and its "of"/"for" complement when no state
     * is named in it ("accused the junta of": "junta"), or null.
     */
    private static String stateFreeObject(Analysis a, int i) {
        List<Token> t = a.toks();
        int end = -1;
        for (int j = i + 1; j < t.size() && j <= i + 5; j++) {
            String w = w(t, j);
            if (w.equals("of") || w.equals("for")) {
                end = j;
                break;
            }
            if (!t.get(j).isWord()) return null;
        }
        if (end <= i + 1) return null;
        for (Mention m : a.mentions()) if (m.last() > i && m.first() < end) return null;
        return w(t, end - 1);
    }

    private static final List<String> GROUP_NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight");
    private static final Set<String> GROUP_NOUNS = Words.of("governments", "countries", "states", "nations", "capitals");

    /**
     * "both governments", "the three countries", "all six Gulf states" at {@code k}: how many states the phrase
     * stands for, or 0. Only a counted group: "the governments" alone could be any.
     */
    static int groupSizeAt(List<Token> t, int k) {
        if (k < t.size() && (w(t, k).equals("the") || w(t, k).equals("all"))) k++;
        if (k >= t.size()) return 0;
        int n = w(t, k).equals("both") ? 2 : GROUP_NUMBERS.indexOf(w(t, k)) + 2;
        if (n < 2) return 0;
        // up to two words between: "the three Gulf states"
        for (int j = k + 1; j < t.size() && j <= k + 3; j++) {
            if (GROUP_NOUNS.contains(w(t, j))) return n;
        }
        return 0;
    }

    /**
     * Who does the verb at {@code v}: after a comma a participle's subject is the main clause's (", charging that
     * Sudan had ...", ", ending 21 years of ties"), else the subject right before the verb.
     */
    private List<String> subjectOfVerb(Analysis a, int v) {
        List<String> actors = participleAfterComma(a.toks(), v) ? mainSubject(a, v) : new ArrayList<>();
        return actors.isEmpty() ? subjectBefore(a, v, false) : actors;
    }

    /** ", accusing Ottawa of ...": a participle right after a comma, whose subject is the main clause's. */
    private static boolean participleAfterComma(List<Token> t, int i) {
        return i > 0 && w(t, i - 1).equals(",") && w(t, i).endsWith("ing");
    }

    /**
     * Where the clause a participle at {@code i} hangs on starts: after the last "but", "while", "whereas" or ";"
     * before it ("Brazil agreed to ..., but in September Venezuela revoked that custody, accusing ..."), else 0.
     */
    private static int contrastClauseStart(List<Token> t, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (CONTRASTS.contains(w(t, j)) && !insideQuote(t, 0, j)) return j + 1;
        }
        return 0;
    }

    private static final Set<String> CONTRASTS = Words.of("but", "while", "whereas", ";");

    /** A speech verb followed by "that" earlier in the sentence: the trigger follows a reported clause. */
    private static boolean reportedClauseBefore(List<Token> t, int i) {
        for (int j = i - 2; j >= 1; j--) {
            if (w(t, j).equals("that") && (REPORT_VERBS.contains(w(t, j - 1)) || DAY_WORDS.contains(w(t, j - 1))
                    || w(t, j - 1).equals("reporters"))) return true;
        }
        return false;
    }

    /** "citing Kyiv's alleged support", "over Ukraine's alleged involvement". */
    private void alleged(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int j = i + 1;
        while (j < t.size() && t.get(j).norm().equals("\"")) j++;
        if (j >= t.size() || !ALLEGED_OBJ.contains(t.get(j).norm())) return;
        if (i < 2 || !t.get(i - 1).norm().equals("'s")) return;
        Mention possessor = mentionEndingAt(a, i - 2);
        if (possessor == null || possessor.kind() == Mention.Kind.PERSON) return;
        List<String> actors = subjectBefore(a, possessor.first(), false);
        actors.remove(possessor.actorId());
        if (actors.isEmpty() || blocked(a, possessor.first())) return;
        Candidate c = new Candidate(Relation.ACCUSES, i, "alleged", actors, List.of(possessor.actorId()), 0.8);
        c.topic = topics.classify(t, j);
        out.add(c);
    }

    /**
     * "Ukraine's aggression", "Iran's \"flagrant and dangerous interference\"" (up to three modifiers),
     * "Iranian interference", "the U.S. hostile policy" when a state is reported saying or acting on it.
     */
    private void possessiveAccusation(Analysis a, int sIdx, List<Candidate> out) {
        if (a.toks().get(sIdx - 1).norm().equals("\"")) return;
        Mention possessor = mentionEndingAt(a, sIdx - 1);
        if (possessor == null || possessor.kind() == Mention.Kind.PERSON) return;
        // "the Philippines' shooting": a bare apostrophe is a possessive only after a name ending in s.
        if (a.toks().get(sIdx).norm().equals("'") && !possessor.possessive()) return;
        ownedAccusation(a, possessor, sIdx + 1, out);
    }

    private static final Set<String> NP_ENDS = Words.of("of", "in", "to", "for", "with", "on", "against", "by",
            "from", "over", "that", "which");

    /** Words that judge an armed act unlawful: "Russia's unprovoked war", "Israel's illegal occupation". */
    private static final Set<String> JUDGING_MODIFIERS = Words.of("unprovoked", "illegal", "unlawful", "illegitimate",
            "criminal", "brutal", "barbaric", "unjustified", "unjustifiable", "genocidal", "aggressive");

    private static final Set<String> ACT_MODIFIERS = Words.of("military", "armed", "army", "naval", "air", "missile",
            "drone", "unprovoked", "illegal", "brutal", "full-scale", "large-scale", "cross-border");

    /** Nouns whose "of" names who acted: "the decision of the Republic of Nicaragua". */
    private static final Set<String> AGENT_OF_NOUNS = Words.of("decision", "remarks", "comments", "statements",
            "statement", "actions", "action", "policy", "policies", "conduct", "behaviour", "behavior", "recognition");

    /**
     * "condemned the military attack by America", "condemns the decision of the Republic of Nicaragua to
     * recognise ...": the condemned act's agent, after "by" (any act) or "of" (a decision, remarks, a policy),
     * is accused. "the killing of Iranian diplomats" names victims, so other nouns take no "of".
     */
    private void condemnedAgent(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        if (i + 2 >= t.size() || !w(t, i + 1).equals("the") || blocked(a, i)) return;
        for (int j = i + 2; j < t.size() && j <= i + 6; j++) {
            String w = w(t, j);
            if (!t.get(j).isWord() && !w.equals("\"")) return;
            if (!(w.equals("by") || w.equals("of") && AGENT_OF_NOUNS.contains(w(t, j - 1)))) continue;
            int k = j + 1;
            if (k < t.size() && w(t, k).equals("the")) k++;
            Mention agent = a.mentionStartingAt(k);
            if (agent == null || agent.possessive() || agent.kind() == Mention.Kind.PERSON) return;
            // "the remarks of the Iranian official": a demonym counts only with an office after it.
            if (agent.kind() == Mention.Kind.DEMONYM && !institutionAfter(a, agent)) return;
            List<String> actors = subjectBefore(a, i, false);
            actors.remove(agent.actorId());
            if (actors.isEmpty()) return;
            Candidate c = new Candidate(Relation.ACCUSES, i, "condemned-agent", actors, List.of(agent.actorId()), 0.75);
            c.topic = topics.classify(t, j - 1);
            out.add(c);
            return;
        }
    }

    /**
     * 'condemned the strikes as "a clear violation of Yemen's sovereignty" by the United States and Britain': the
     * states after a quoted label's "by" did what the speaker condemns. Only right after the closing quotation mark,
     * so "a violation of the truce agreed by Israel and Hamas" names no agent.
     */
    private void condemnedAsBy(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int as = -1;
        for (int j = i + 1; j < t.size() && j <= i + 10 && as < 0; j++) {
            if (w(t, j).equals(".") || w(t, j).equals(";")) return;
            if (w(t, j).equals("as")) as = j;
        }
        if (as < 0 || as + 1 >= t.size() || !w(t, as + 1).equals("\"")) return;
        for (int j = as + 2; j + 1 < t.size() && j <= as + 30; j++) {
            if (!w(t, j).equals("\"")) continue;
            if (!w(t, j + 1).equals("by")) return;
            List<String> agents = listAfter(a, j + 2);
            if (!agents.isEmpty() && !blocked(a, i)) speakerCharges(a, i, agents, i, "condemned-as-by", 0.75, as + 1, out);
            return;
        }
    }

    /**
     * "Japan condemned North Korea for the launch", 'said it "strongly condemns" Pyongyang over the attack': a
     * state condemned for or over a conduct is charged with it. "condemned the attack" names no state and is
     * no charge (see the guidelines), so the state must be the verb's object.
     */
    private void condemnedState(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int j = i + 1;
        while (j < t.size() && (w(t, j).equals("\"") || w(t, j).equals("the"))) j++;
        Mention object = j < t.size() ? a.mentionStartingAt(j) : null;
        if (object == null || object.possessive() || object.kind() == Mention.Kind.PERSON
                || object.kind() == Mention.Kind.DEMONYM || blocked(a, i)) return;
        int k = object.last() + 1;
        while (k < t.size() && (INSTITUTIONS.contains(w(t, k)) || w(t, k).equals("\""))) k++;
        if (k + 1 >= t.size() || !(w(t, k).equals("for") || w(t, k).equals("over")) || !t.get(k + 1).isWord()) return;
        speakerCharges(a, i, List.of(object.actorId()), i, "condemned-state", 0.75, k + 1, out);
    }

    /**
     * The subject of the verb at {@code verb} accuses {@code targets} (never itself), with the trigger and topic
     * position given; nothing when the verb has no state subject besides them.
     */
    private void speakerCharges(Analysis a, int verb, List<String> targets, int trigger, String rule, double confidence,
                                int topicAt, List<Candidate> out) {
        List<String> actors = subjectOfVerb(a, verb);
        actors.removeAll(targets);
        if (actors.isEmpty()) return;
        Candidate c = new Candidate(Relation.ACCUSES, trigger, rule, actors, targets, confidence);
        c.topic = topics.classify(a.toks(), topicAt);
        out.add(c);
    }

    /** The attributive form: a state name or demonym right before the charge ("Iranian interference"). */
    private void attributiveAccusations(Analysis a, List<Candidate> out) {
        for (Mention m : a.mentions()) {
            if (m.possessive() || m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.OFFICIAL) continue;
            int j = m.last() + 1;
            if (j < a.toks().size() && !a.toks().get(j).norm().equals("\"")) ownedAccusation(a, m, j, out);
        }
    }

    private void ownedAccusation(Analysis a, Mention possessor, int from, List<Candidate> out) {
        List<Token> t = a.toks();
        int j = from;
        int modifiers = 0;
        boolean possessive = possessor.possessive();
        // "denounced what he called Pakistan's drone and missile attack": a condemned armed act is a charge.
        boolean condemned = false;
        for (int k = possessor.first() - 1; k >= 0 && k >= possessor.first() - 4; k--) {
            condemned |= CONDEMN.contains(t.get(k).norm());
        }
        // 'condemned "in the strongest terms" what it described as the Israeli bombing': the verb may stand
        // further off when a "what it called" phrase names the act.
        int what = whatItCalled(t, possessor.first());
        for (int k = what - 1; what > 0 && !condemned && k >= 0 && k >= what - 10; k--) {
            if (w(t, k).equals(".") || w(t, k).equals(";")) break;
            condemned = CONDEMN.contains(w(t, k));
        }
        // "condemned Iran's cyberattack", "condemns the Philippines' shooting of a fisherman": whatever act of a
        // state another condemns is a charge against it.
        boolean anyAct = condemned && possessive;
        // "Russia's unprovoked war against Ukraine": a word that judges the act makes it a charge without a verb.
        boolean judged = false;
        while (j < t.size()) {
            String w = t.get(j).norm();
            if (w.equals("\"") || w.equals("alleged")) {
                j++;
                continue;
            }
            if (anyAct && t.get(j).isWord()) break;
            // "of Somalia's sovereignty and of meddling in ...": a preposition ends the possessor's phrase.
            if (NP_ENDS.contains(w)) return;
            judged |= JUDGING_MODIFIERS.contains(w);
            if (POSS_ACCUSE.contains(w) || POSS_INVOLVEMENT.contains(w) || w.equals("hostile") || ARMED_ACTS.contains(w)
                    || judged && w.equals("war")) break;
            // "Iran's flagrant and dangerous interference": lower-case modifiers only, never for a bare demonym.
            boolean modifier = possessive && (w.equals("and") || w.equals(",")
                    || (t.get(j).isWord() && !t.get(j).cap() && !Character.isDigit(w.charAt(0))))
                    // "condemns the Iraqi military invasion": a condemned act may name the force that did it.
                    || condemned && ACT_MODIFIERS.contains(w);
            if (!modifier || ++modifiers > (condemned ? 7 : 4)) return;
            j++;
        }
        if (j >= t.size()) return;
        String w = t.get(j).norm();
        boolean hit = POSS_ACCUSE.contains(w) || (w.equals("hostile") && j + 1 < t.size())
                || (POSS_INVOLVEMENT.contains(w) && hostileComplement(t, j + 1, j + 9))
                || ((ARMED_ACTS.contains(w) || w.equals("war")) && (condemned || judged))
                || (anyAct && t.get(j).isWord() && !t.get(j).cap());
        if (!hit) return;
        if (j > from && t.get(j - 1).norm().equals("alleged") && possessive) return; // the "alleged" rule has it
        List<String> actors = subjectBefore(a, possessor.first(), false);
        // "The statement said Malaysia had joined the U.S. hostile policy": Malaysia is reported, not reporting.
        int speechAt = reportedClauseSpeech(a, possessor.first());
        if (speechAt >= 0) actors = subjectBefore(a, speechAt, false);
        actors.remove(possessor.actorId());
        if (blocked(a, possessor.first())) return;
        boolean speech = false;
        for (int k = 0; k < possessor.first(); k++) {
            if (SPEECH.contains(t.get(k).norm())) speech = true;
        }
        if (!speech) return;
        // "It called Prague's expulsions a hostile act": the article resolves "it" to the last speaker.
        if (actors.isEmpty() && speechAt < 0 && !anaphoricSubject(t)) return;
        Candidate c = new Candidate(Relation.ACCUSES, j, "possessive-accusation", actors, List.of(possessor.actorId()), 0.75);
        c.topic = topics.classify(t, j);
        out.add(c);
    }

    private static final Set<String> CALLED = Words.of("called", "calls", "described", "termed", "labelled", "labeled");

    /** The "what" of "what it called", "what he described as" ending right before {@code k} (a "the" between), or -1. */
    private static int whatItCalled(List<Token> t, int k) {
        int j = beforeArticles(t, k);
        if (j >= 0 && w(t, j).equals("as")) j--;
        if (j < 2 || !CALLED.contains(w(t, j))) return -1;
        return w(t, j - 2).equals("what") ? j - 2 : -1;
    }

    /**
     * When the nearest state before {@code limit} is the subject of a reported clause ("said [that] X had"),
     * the index of that speech verb, else -1.
     */
    private int reportedClauseSpeech(Analysis a, int limit) {
        List<Token> t = a.toks();
        Mention subj = null;
        for (Mention m : a.mentions()) {
            if (m.last() >= limit) break;
            if (m.kind() == Mention.Kind.DEMONYM && !institutionAfter(a, m)) continue;
            if (prepositional(a, m, false, limit)) continue;
            subj = m;
        }
        if (subj == null) return -1;
        return speechBefore(t, subj.first());
    }

    private static final Set<String> EVIDENTIAL = Words.of("proved", "proves", "showed", "shows", "demonstrated",
            "demonstrates", "confirmed", "confirms");

    /** A speech verb ending right before {@code k}, allowing "that" and a time phrase in between. */
    private static int speechBefore(List<Token> t, int k) {
        int reach = k - 6;
        int free = 0;
        for (int j = k - 1; j >= 0 && j >= reach; j--) {
            String w = t.get(j).norm();
            if (REPORT_VERBS.contains(w)) return j;
            // "said that the missiles proved North Korea had ...": what the evidence shows is the speaker's charge.
            if (EVIDENTIAL.contains(w) && free == 0) {
                free = 3;
                reach -= 4;
                continue;
            }
            if (free > 0 && t.get(j).isWord() && !t.get(j).cap()) {
                free--;
                continue;
            }
            if (!(w.equals("that") || w.equals("on") || w.equals("late") || w.equals("earlier") || w.equals("the")
                    || w.equals(",") || w.equals("in") || w.equals("a") || w.equals("statement") || w.equals("it")
                    || DAY_WORDS.contains(w))) return -1;
        }
        return -1;
    }


    private static final Set<String> ANSWERABLE = Words.of("responsible", "accountable", "culpable", "liable");
    private static final Set<String> DEGREE = Words.of("fully", "directly", "solely", "entirely", "ultimately",
            "primarily", "partly", "personally", "squarely", "wholly", "chiefly", "mainly");

    /** "charged Israel with": a state right after the verb at {@code i}, then "with". */
    private static boolean stateThenWith(Analysis a, int i) {
        List<Token> t = a.toks();
        int k = i + 1 < t.size() && w(t, i + 1).equals("the") ? i + 2 : i + 1;
        Mention m = a.mentionStartingAt(k);
        if (m == null || m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.DEMONYM) return false;
        return m.last() + 1 < t.size() && w(t, m.last() + 1).equals("with");
    }

    /**
     * "Britain held Russia responsible for the attack", "said they held Moscow fully accountable", "holding
     * Tehran and Damascus responsible": whoever holds accuses the states held, named right after the verb.
     */
    private void heldResponsible(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int j = i + 1;
        while (j < t.size() && w(t, j).equals("the")) j++;
        Mention first = j < t.size() ? a.mentionStartingAt(j) : null;
        if (first == null || first.kind() == Mention.Kind.PERSON) return;
        List<String> targets = listAfter(a, j);
        if (targets.isEmpty()) targets = new ArrayList<>(List.of(first.actorId()));
        int end = first.last();
        for (Mention m : a.mentions()) if (m.first() > end && m.first() <= end + 12 && targets.contains(m.actorId())) end = m.last();
        int k = end + 1;
        // "held the Russian state responsible": the state's own institutions may follow its name.
        while (k < t.size() && (INSTITUTIONS.contains(w(t, k)) || w(t, k).equals("'s") || w(t, k).equals("\""))) k++;
        while (k < t.size() && DEGREE.contains(w(t, k))) k++;
        if (k >= t.size() || !ANSWERABLE.contains(w(t, k)) || blocked(a, i)) return;
        List<String> actors = subjectOfVerb(a, i);
        actors.removeAll(targets);
        if (actors.isEmpty()) return;
        Candidate c = new Candidate(Relation.ACCUSES, i, "held-responsible", actors, new ArrayList<>(targets), 0.8);
        c.topic = topics.classify(t, k);
        out.add(c);
    }

    /**
     * A charge in reported speech: "Tehran said Riyadh was using the attack to fuel tensions", "the
     * statement said Malaysia had joined the hostile policy", "Kyiv said Russian jets had bombed the city".
     * The speaker accuses the reported subject (and any state named right before a charge noun in the clause).
     */
    private void reportedCharge(Analysis a, int v, List<Candidate> out) {
        List<Token> t = a.toks();
        int j = v + 1;
        // "told a news conference in Ottawa on Monday that X had ...", "said in a joint statement the same day
        // that X was ...": the clause starts at "that". A state right after the verb starts it there instead.
        int that = thatAfter(t, v);
        if (w(t, v).equals("told")) {
            // "told him Japan had \"collaborated ...\"": a clause may open right after the one told.
            boolean bare = that < 0 && v + 2 < t.size() && TOLD_OBJECTS.contains(w(t, v + 1)) && a.mentionStartingAt(v + 2) != null;
            if (that < 0 && !bare) return;
            j = bare ? v + 2 : that;
        } else if (that > v + 1 && !judgementBetween(t, v + 1, that)) {
            int s = v + 1;
            while (s < that && w(t, s).equals("the")) s++;
            if (a.mentionStartingAt(s) == null) j = that;
        }
        reportedClause(a, v, j, null, out);
    }

    private static final Set<String> TOLD_OBJECTS = Words.of("him", "her", "them", "reporters", "journalists");

    /** "said it was not clear that", "said there was no proof that": the words before "that" judge the clause. */
    private static boolean judgementBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = w(t, k);
            if (AUX.contains(w) || w.equals("it") || w.equals("not") || w.equals("no") || w.equals("never")) return true;
        }
        return false;
    }

    /**
     * The "that" opening the clause of the speech verb at {@code v}, within twelve tokens and no punctuation but a
     * short aside set off by commas right after the verb ("charged, in turn, that"), or -1.
     */
    private static int thatAfter(List<Token> t, int v) {
        for (int q = v + 1; q < t.size() && q <= v + 12; q++) {
            String w = w(t, q);
            if (w.equals("that")) return q;
            if (w.equals(",") && q == v + 1) {
                int close = q + 1;
                while (close < t.size() && close <= q + 4 && t.get(close).isWord()) close++;
                if (close > q + 1 && close < t.size() && w(t, close).equals(",")) {
                    q = close;
                    continue;
                }
            }
            if (w.equals(",") || w.equals("\"") || w.equals(".") || w.equals(";")) return -1;
        }
        return -1;
    }

    /**
     * "According to Ghana's foreign ministry, Togo had armed the rebels": the same reported clause as after
     * "Ghana said", with the one state the attribution names as its speaker.
     */
    private void accordingTo(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        if (i + 2 >= t.size() || !w(t, i + 1).equals("to")) return;
        int comma = -1;
        for (int q = i + 2; q < t.size() && q <= i + 10 && comma < 0; q++) if (w(t, q).equals(",")) comma = q;
        if (comma < 0) return;
        List<String> speakers = new ArrayList<>(1);
        for (Mention m : a.mentions()) {
            if (m.first() > i + 1 && m.last() < comma && m.kind() != Mention.Kind.PERSON && !speakers.contains(m.actorId())) {
                speakers.add(m.actorId());
            }
        }
        if (speakers.size() == 1) reportedClause(a, i, comma + 1, speakers, out);
    }

    /**
     * The charge of a reported clause starting at {@code j}, spoken at {@code v} by {@code speakers} (null: the
     * subject of the speech verb at {@code v}).
     */
    private void reportedClause(Analysis a, int v, int j, List<String> speakers, List<Candidate> out) {
        List<Token> t = a.toks();
        int clauseStart = j;
        // "said it was "highly likely that Russia was ...": the judgement of likelihood frames the clause.
        int frame = likelihoodFrame(t, j);
        if (frame > j) {
            j = frame;
            clauseStart = frame;
        }
        int group = groupedSubject(t, j);
        if (group > 0) {
            groupCharge(a, v, j, group, speakers, out);
            return;
        }
        while (j < t.size() && j <= clauseStart + 5 && a.mentionStartingAt(j) == null) {
            String w = t.get(j).norm();
            if (!(w.equals("that") || w.equals("on") || w.equals("late") || w.equals(",") || w.equals("a")
                    || w.equals("an") || w.equals("the") || DAY_WORDS.contains(w) || BELIEF_FRAME.contains(w))) return;
            j++;
        }
        Mention x = j < t.size() ? a.mentionStartingAt(j) : null;
        if (x == null || x.kind() == Mention.Kind.PERSON) return;
        // "Pyongyang's government was behind the killing": a possessive subject only with the state's agent after it.
        boolean agentOwned = x.possessive() && x.last() + 2 < t.size() && (INSTITUTIONS.contains(w(t, x.last() + 2))
                || ARMED_NOUNS.contains(w(t, x.last() + 2)) || SECRET_AGENTS.contains(w(t, x.last() + 2)));
        if (x.possessive() && !agentOwned) return;
        // "charged that Qatar and Saudi Arabia financed ...": the verb itself makes the clause a charge, against
        // every state of its subject, with or without an auxiliary.
        boolean chargingVerb = CHARGING_VERBS.contains(w(t, v)) && wordBetween(t, "that", v + 1, j);
        List<String> subjects = chargingVerb && x.kind() != Mention.Kind.DEMONYM ? listAfter(a, j) : List.of(x.actorId());
        if (subjects.isEmpty()) subjects = List.of(x.actorId());
        if (subjects.size() > 1) {
            // The clause's verb comes after the list's last state.
            for (Mention m : a.mentions()) if (m.first() > x.last() && m.first() <= x.last() + 12 && subjects.contains(m.actorId())) x = m;
        }
        int k = agentOwned ? x.last() + 2 : x.last() + 1;
        if (x.kind() == Mention.Kind.DEMONYM || agentOwned) {
            // "Russian forces", "a Turkish F-16 fighter jet": the state's agents or arms are the subject.
            int found = -1;
            for (int q = k; q < t.size() && q <= k + 4; q++) {
                String w = t.get(q).norm();
                if (INSTITUTIONS.contains(w) || ARMED_NOUNS.contains(w) || SECRET_AGENTS.contains(w)) {
                    found = q;
                    break;
                }
                if (q > k && !(t.get(q).isWord() || isNumber(t.get(q)) || w.equals("-"))) break;
            }
            if (found < 0) return;
            // "Russian military intelligence", "Iranian state-linked actors": the agent noun may run on.
            int limit = found + 4;
            while (found + 1 < t.size() && found < limit && (ARMED_NOUNS.contains(w(t, found + 1))
                    || INSTITUTIONS.contains(w(t, found + 1)) || SECRET_AGENTS.contains(w(t, found + 1))
                    || AGENT_LINKS.contains(w(t, found + 1)))) found++;
            k = found + 1;
        }
        if (k >= t.size() || !(AUX.contains(t.get(k).norm()) || ANSWER_VERBS.contains(t.get(k).norm())
                || chargingVerb && t.get(k).isWord())) return;
        int charge = chargeAfter(a, k, x.actorId());
        if (charge == NO_CHARGE_SAID) return;
        if (charge < 0 && chargingVerb) charge = k;
        if (charge < 0 || blocked(a, v)) return;
        List<String> actors = speakers != null ? new ArrayList<>(speakers) : subjectOfVerb(a, v);
        List<String> targets = new ArrayList<>(subjects);
        if (actors.stream().anyMatch(targets::contains)) return; // "Zelenskiy said Kyiv was breaking off ...": self-report
        Candidate c = new Candidate(Relation.ACCUSES, v, "reported-charge", actors, targets, 0.7);
        c.topic = topics.classify(t, x.last() + 1);
        out.add(c);
    }


    /** "[that] the three governments": the size of a group of states opening a reported clause at {@code j}, or 0. */
    private static int groupedSubject(List<Token> t, int j) {
        if (j < t.size() && w(t, j).equals("that")) j++;
        // "both governments" is too often a pair the sentence never lists; a count names a list.
        int k = j < t.size() && (w(t, j).equals("the") || w(t, j).equals("all")) ? j + 1 : j;
        return k < t.size() && w(t, k).equals("both") ? 0 : groupSizeAt(t, j);
    }

    /**
     * "It said the three governments had \"committed an unfriendly act\"": a reported charge against a group of
     * states the article has just named together ({@link Candidate.TargetHint#GROUP}).
     */
    private void groupCharge(Analysis a, int v, int j, int size, List<String> speakers, List<Candidate> out) {
        List<Token> t = a.toks();
        int k = j;
        while (k < t.size() && k <= j + 6 && !GROUP_NOUNS.contains(w(t, k))) k++;
        k++;
        if (k >= t.size() || !AUX.contains(w(t, k))) return;
        int charge = chargeAfter(a, k, null);
        if (charge < 0 || blocked(a, v)) return;
        List<String> actors = speakers != null ? new ArrayList<>(speakers) : subjectOfVerb(a, v);
        Candidate c = new Candidate(Relation.ACCUSES, v, "reported-charge", actors, new ArrayList<>(), 0.65);
        c.hint = Candidate.TargetHint.GROUP;
        c.groupSize = size;
        c.topic = topics.classify(t, charge);
        out.add(c);
    }

    /** {@link #chargeAfter}: the clause denies or undergoes the act, so it charges nobody. */
    private static final int NO_CHARGE_SAID = -2;

    /**
     * The charge word of a reported clause whose verb follows the auxiliary at {@code k} and whose subject is
     * {@code subject} (null for a group): -1 when there is none, {@link #NO_CHARGE_SAID} when the clause is negated
     * or its subject is the victim ("X was attacked").
     */
    private static int chargeAfter(Analysis a, int k, String subject) {
        List<Token> t = a.toks();
        for (int m = k + 1; m < t.size() && m <= k + 18; m++) {
            String w = t.get(m).norm();
            if (w.equals(";") || w.equals(".") || REPORT_VERBS.contains(w)) return -1;
            if (w.equals("not") || w.equals("never") || w.equals("no") || w.equals("t")) return NO_CHARGE_SAID;
            if (!isCharge(t, m) && !answerable(t, m)) continue;
            // "X was attacked", "had been shelled": X is the victim.
            String p = t.get(m - 1).norm();
            boolean passiveAux = p.equals("been") || (m == k + 1 && Set.of("was", "were", "is", "are").contains(p));
            if (passiveAux && w.endsWith("ed")) return NO_CHARGE_SAID;
            // "Israel had the right to defend itself against Iranian aggression": the act is another state's
            // ("had joined the American hostile policy" still charges the subject).
            Mention owner = mentionEndingAt(a, t.get(m - 1).norm().equals("'s") ? m - 2 : m - 1);
            int before = owner == null ? -1 : owner.first() - 1;
            while (before > 0 && (w(t, before).equals("the") || w(t, before).equals("\""))) before--;
            if (owner != null && !owner.actorId().equals(subject) && before > 0 && OWNER_PREPS.contains(w(t, before))) return -1;
            return m;
        }
        return -1;
    }

    private static boolean closingQuoteBefore(List<Token> t, int i) {
        for (int k = 1; k < i; k++) if (t.get(k).norm().equals("\"")) return true;
        return false;
    }

    /** "launched an air and artillery attack": a launch verb up to five tokens before the act noun. */
    private static boolean launchedBefore(List<Token> t, int m) {
        // Quotation marks and commas do not count: 'launched "an unprovoked, unjustified attack"'.
        for (int k = m - 1, words = 0; k >= 0 && words < 5; k--) {
            String w = t.get(k).norm();
            if (w.equals(".") || w.equals(";")) return false;
            if (!t.get(k).isWord()) continue;
            words++;
            if (w.startsWith("launch") || w.startsWith("carried") || w.startsWith("conducted")) return true;
        }
        return false;
    }

    /** The word occurs in {@code [from, to)}: "charged on Tuesday that". */
    private static boolean wordBetween(List<Token> t, String word, int from, int to) {
        for (int q = from; q < to; q++) if (w(t, q).equals(word)) return true;
        return false;
    }

    /** Prepositions before another state's act in a reported clause: "against Iranian aggression". */
    private static final Set<String> OWNER_PREPS = Words.of("against", "from", "of", "by");

    /** "said from the outset that it believed ...": a belief frame between the report verb and its clause. */
    private static final Set<String> BELIEF_FRAME = Words.of("it", "they", "believed", "believes", "thought",
            "thinks", "suspected", "suspects");

    /** Verbs that carry a reported clause's charge as an auxiliary would: "bore responsibility", "stood behind". */
    private static final Set<String> ANSWER_VERBS = Words.of("bore", "bears", "bear", "stood", "stands", "stand");
    private static final Set<String> HARM_NOUNS = Words.of("attack", "attacks", "bombing", "bombings", "blast",
            "explosion", "explosions", "killing", "killings", "murder", "assassination", "poisoning", "downing",
            "destruction", "sabotage", "hack", "hacking", "cyberattack", "cyberattacks", "strike", "strikes", "plot",
            "incursion", "shooting", "massacre", "deaths", "death", "crash", "raid", "abduction", "kidnapping", "it",
            "them", "this", "violence", "unrest", "riots", "escalation", "coup", "incident", "incidents");

    /**
     * "was responsible for the attack", "bore responsibility for the blast", "was behind the killing": answering
     * for a harm named within a few words. "responsible for security" or "behind schedule" is no charge.
     */
    private static boolean answerable(List<Token> t, int m) {
        String w = t.get(m).norm();
        int from;
        if (w.equals("behind")) from = m + 1;
        else if (ANSWERABLE.contains(w) || w.equals("responsibility")) {
            if (m + 1 >= t.size() || !w(t, m + 1).equals("for")) return false;
            from = m + 2;
        } else return false;
        for (int q = from; q < t.size() && q <= from + 5; q++) {
            String x = t.get(q).norm();
            if (HARM_NOUNS.contains(x)) return true;
            if (x.equals(",") || x.equals(".") || x.equals(";")) return false;
        }
        return false;
    }

    private static final Set<String> LIKELY = Words.of("likely", "clear", "certain", "evident", "obvious", "probable");
    private static final Set<String> LIKELY_DEGREE = Words.of("highly", "very", "almost", "quite", "now", "increasingly",
            "abundantly", "\"");

    /**
     * The token after "it was (highly) likely that" / "it is clear that" starting at {@code j}, or {@code j}. A
     * negated judgement ("not clear") is no frame, so the clause after it is not read as a charge.
     */
    private static int likelihoodFrame(List<Token> t, int j) {
        int k = j;
        if (k < t.size() && w(t, k).equals("\"")) k++;
        if (k + 1 >= t.size() || !w(t, k).equals("it") || !(w(t, k + 1).equals("was") || w(t, k + 1).equals("is"))) return j;
        k += 2;
        while (k < t.size() && LIKELY_DEGREE.contains(w(t, k))) k++;
        if (k + 1 >= t.size() || !LIKELY.contains(w(t, k)) || !w(t, k + 1).equals("that")) return j;
        return k + 2;
    }

    /** The accusing verb of the same sentence before {@code k} ("accused X of ... and accused Y"), or -1. */
    private static int earlierCharge(List<Token> t, int k) {
        for (int j = k - 1; j >= 0; j--) {
            String w = w(t, j);
            if (w.equals(";") || w.equals(".") || w.equals("\"")) return -1;
            if (ACCUSE.contains(w)) return j;
        }
        return -1;
    }

    /** A word that charges wrongdoing in a reported clause. */
    private static boolean isCharge(List<Token> t, int m) {
        String w = t.get(m).norm();
        if (w.length() < 3) return false;
        if (w.startsWith("interfer") || w.startsWith("meddl") || w.startsWith("hostil") || w.equals("hostile")
                || w.startsWith("aggress") || w.startsWith("terror") || w.startsWith("extremis") || w.startsWith("missile")
                || w.startsWith("weapon") || w.equals("arming") || w.equals("armed") || w.startsWith("bomb")
                || w.startsWith("invad") || w.startsWith("invasion") || w.startsWith("genocid") || w.equals("crime")
                || w.equals("crimes") || w.startsWith("violat") || w.startsWith("undermin") || w.startsWith("destabili")
                || w.startsWith("provocat") || w.startsWith("plot") || w.startsWith("spying") || w.equals("espionage")
                || w.startsWith("sabotag") || w.startsWith("annex") || w.equals("war") || w.startsWith("coup")
                || w.startsWith("massacre") || w.startsWith("atrocit") || w.startsWith("militant")
                || w.startsWith("mercenar") || w.startsWith("shelled") || w.startsWith("shelling")
                || w.startsWith("occup") || w.startsWith("criminal") || w.equals("attacked") || w.equals("ecocide")
                || w.startsWith("harbour") || w.startsWith("harbor")) return true;
        String nx = m + 1 < t.size() ? t.get(m + 1).norm() : "";
        // "had shot down", "had blown up the dam", "launched an attack", "the biggest threat to peace"
        if ((w.equals("shot") || w.equals("shoot")) && nx.equals("down")) return true;
        if ((w.equals("blown") || w.equals("blew") || w.equals("blow")) && nx.equals("up")) return true;
        if ((w.equals("attack") || w.equals("attacks") || w.equals("offensive") || w.equals("strike") || w.equals("strikes"))
                && launchedBefore(t, m)) return true;
        if (w.equals("threat") && nx.equals("to")) return true;
        // "to fuel tensions", "stoking tensions"
        if (w.equals("tensions") || w.equals("tension")) {
            String p = m > 0 ? t.get(m - 1).norm() : "";
            return p.startsWith("fuel") || p.startsWith("stok") || p.startsWith("inflam") || p.startsWith("escalat")
                    || p.startsWith("rais") || p.startsWith("heighten");
        }
        return false;
    }

    /**
     * "an attempt to undermine the sovereignty and territorial integrity of Ukraine", "violated our
     * sovereignty", said by a state about a named other state's act.
     */
    private void sovereigntyViolation(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int key = -1;
        for (int j = i + 1; j < t.size() && j <= i + 4; j++) {
            String w = t.get(j).norm();
            if (w.startsWith("sovereign") || w.equals("territorial") || w.equals("airspace")) {
                key = j;
                break;
            }
        }
        if (key < 0 || blocked(a, i)) return;
        // The owner of the violated sovereignty ("of Ukraine", "Ukraine's", "our") is the victim, not the accused.
        String owner = null;
        if (i + 1 < t.size()) {
            Mention pm = null;
            for (Mention m : a.mentions()) {
                if (m.first() > i && m.first() <= key + 6) {
                    if (m.possessive() || (m.first() > key && t.get(m.first() - 1).norm().equals("of"))
                            || (m.first() > key && t.get(m.first() - 1).norm().equals("the")
                            && m.first() > 1 && t.get(m.first() - 2).norm().equals("of"))) {
                        pm = m;
                        break;
                    }
                }
            }
            if (pm != null) owner = pm.actorId();
        }
        int speech = mainSpeech(t, i);
        // ", saying it violated Serbia's sovereignty": a participle's speaker is the main clause's subject.
        List<String> actors = speech >= 0 ? subjectOfVerb(a, speech) : new ArrayList<>();
        if (actors.isEmpty() && speech < 0) {
            // '"...," Ukraine's foreign ministry said': the speaker after the quotation.
            for (Mention m : a.mentions()) {
                if (m.first() <= key) continue;
                int n = m.last() + 1;
                if (n < t.size() && t.get(n).norm().equals("'s")) n++;
                for (int q = n; q < t.size() && q <= n + 3; q++) {
                    if (REPORT_VERBS.contains(t.get(q).norm()) || t.get(q).norm().equals("told")) {
                        if (m.kind() != Mention.Kind.DEMONYM || institutionAfter(a, m)) actors = new ArrayList<>(List.of(m.actorId()));
                    }
                }
                if (!actors.isEmpty()) break;
            }
        }
        // "the ministry said X's decision was a violation of Georgia's sovereignty": the speaker is left to
        // the article (the state just named as subject), the victim's sovereignty is known.
        if (actors.isEmpty() && (speech < 0 || owner == null)) return;
        if (owner == null) owner = actors.get(0);
        String target = null;
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.PERSON || actors.contains(m.actorId()) || m.actorId().equals(owner)) continue;
            if (target != null && !target.equals(m.actorId())) return;
            target = m.actorId();
        }
        if (target == null) return;
        Candidate c = new Candidate(Relation.ACCUSES, i, "sovereignty-violation", actors, List.of(target), 0.7);
        c.topic = org.diplokg.model.Topic.SOVEREIGNTY;
        out.add(c);
    }


    /**
     * The speech verb that introduces the clause at {@code limit}: the last one before it, unless that one
     * sits in a relative clause ("the decision, which it said undermines ..."), whose "it" is the earlier speaker.
     */
    static int mainSpeech(List<Token> t, int limit) {
        int speech = -1;
        for (int k = 0; k < limit; k++) {
            if (!REPORT_VERBS.contains(t.get(k).norm())) continue;
            boolean relative = k >= 2 && PRONOUN_SUBJECTS.contains(t.get(k - 1).norm())
                    && (t.get(k - 2).norm().equals("which") || t.get(k - 2).norm().equals("who")
                    || t.get(k - 2).norm().equals("what"));
            if (!relative || speech < 0) speech = k;
        }
        return speech;
    }

    static final Set<String> PRONOUN_SUBJECTS = Words.of("it", "he", "she", "they");

    private static boolean hostileComplement(List<Token> t, int from, int to) {
        for (int k = from; k < t.size() && k <= to; k++) {
            String w = t.get(k).norm();
            if (w.startsWith("terror") || w.equals("attack") || w.equals("attacks") || w.startsWith("aggress")
                    || w.startsWith("rebel") || w.startsWith("separatis") || w.startsWith("insurgen")
                    || w.startsWith("interfer") || w.equals("coup") || w.startsWith("militant") || w.startsWith("jihad")) {
                return true;
            }
            if (w.equals(".") || w.equals(";")) return false;
        }
        return false;
    }

    /** "the victim of an unprovoked, full-scale armed aggression by the Russian Federation". */
    private void accusationBy(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int by = i + 1;
        if (by < t.size() && t.get(by).norm().equals("\"")) by++; // 'subjected to "genocide" by X'
        if (by >= t.size() || !t.get(by).norm().equals("by")) return;
        List<String> targets = listAfter(a, by + 1);
        if (targets.isEmpty() || blocked(a, i)) return;
        List<String> actors = subjectBefore(a, i, false);
        actors.removeAll(targets);
        if (actors.isEmpty()) return;
        Candidate c = new Candidate(Relation.ACCUSES, i, "aggression-by", actors, targets, 0.75);
        c.topic = topics.classify(t, i);
        out.add(c);
    }

    private static final Set<String> GROUNDS = Words.of("allegations", "evidence", "information", "intelligence",
            "proof", "indications");

    /**
     * "Trudeau told parliament that there were credible allegations linking agents of the Indian government to the
     * killing": grounds tying a state's agents to a harm are the speaker's charge. "no evidence linking" is not.
     */
    private void linkingCharge(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int noun = -1;
        for (int k = i - 1; k >= 0 && k >= i - 3 && noun < 0; k--) if (GROUNDS.contains(w(t, k))) noun = k;
        if (noun < 0) return;
        for (int k = noun - 1; k >= 0 && k >= noun - 3; k--) {
            String w = w(t, k);
            if (w.equals("no") || w.equals("not") || w.equals("without") || w.equals("any")) return;
        }
        Mention agent = null;
        for (Mention m : a.mentions()) {
            if (m.first() > i && m.first() <= i + 6 && m.kind() != Mention.Kind.PERSON) {
                agent = m;
                break;
            }
        }
        if (agent == null || agent.kind() == Mention.Kind.DEMONYM && !institutionAfter(a, agent)) return;
        int to = -1;
        for (int k = agent.last() + 1; k < t.size() && k <= agent.last() + 3 && to < 0; k++) if (w(t, k).equals("to")) to = k;
        if (to < 0) return;
        int verb = -1;
        for (int k = noun - 1; k >= 0 && verb < 0; k--) if (REPORT_VERBS.contains(w(t, k))) verb = k;
        if (verb < 0 || blocked(a, verb)) return;
        speakerCharges(a, verb, List.of(agent.actorId()), i, "linking-charge", 0.7, to + 1, out);
    }

    /** "no evidence of its involvement", "without providing evidence of Ukraine's involvement": a denial. */
    private void noEvidence(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        boolean neg = false;
        for (int j = Math.max(0, i - 10); j < i; j++) {
            String w = t.get(j).norm();
            if (w.equals("no") || w.equals("without") || w.equals("lack") || w.equals("not")) neg = true;
            if (w.equals(".") || w.equals(";")) neg = false;
        }
        if (!neg || i + 3 >= t.size() || !t.get(i + 1).norm().equals("of")) return;
        List<String> actors;
        int objAt;
        if (t.get(i + 2).norm().equals("its") || t.get(i + 2).norm().equals("their")) {
            actors = subjectBefore(a, i, false);
            objAt = i + 3;
        } else {
            Mention m = a.mentionStartingAt(i + 2);
            if (m == null || !m.possessive() || m.kind() == Mention.Kind.PERSON) return;
            // Only the accused state's own statement: it must be the first state the sentence names.
            if (a.mentions().get(0).actorId().equals(m.actorId()) == false) return;
            actors = new ArrayList<>(List.of(m.actorId()));
            objAt = m.last() + 2;
        }
        if (actors.isEmpty() || objAt >= t.size() || !(POSS_INVOLVEMENT.contains(t.get(objAt).norm())
                || t.get(objAt).norm().equals("wrongdoing"))) return;
        Candidate c = new Candidate(Relation.DENIES, i, "no-evidence", actors, List.of(), 0.6);
        c.hint = Candidate.TargetHint.LINK_ACCUSER;
        out.add(c);
    }

    /** "labelling it 'Ukrainian aggression'", "over what it called hostile actions". */
    private void label(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        int keyAt = -1;
        if (i + 1 < t.size() && Set.of("for", "on", "upon", "to").contains(w(t, i + 1))) return; // calls, not labels
        for (int j = i + 1; j < t.size() && j <= i + 10; j++) {
            String x = t.get(j).norm();
            if (x.equals(";") || x.equals(".") || (x.equals(",") && j > i + 5)) break;
            // a far label only in quotation marks: 'calling the government of ... "genocidal"'
            if (LABEL_KEYS.contains(x) && (j <= i + 5 || w(t, j - 1).equals("\"") || LABEL_QUOTED.contains(x)
                    || insideQuote(t, i + 1, j))) {
                keyAt = j;
                break;
            }
        }
        if (keyAt < 0 || blocked(a, i)) return;
        boolean participle = participleAfterComma(t, i);
        // "The UAE denounced the \"Turkish aggression\" and called it ...": a second verb of the main subject.
        boolean coordinated = i > 0 && w(t, i - 1).equals("and");
        List<String> actors = participle || coordinated ? mainSubject(a, i) : new ArrayList<>();
        // "Syria's army said Israel had struck ..., in what it called an Israeli aggression": "it" is the speaker.
        if (i >= 2 && PRONOUN_SUBJECTS.contains(w(t, i - 1)) && w(t, i - 2).equals("what")) {
            int speech = mainSpeech(t, i - 2);
            actors = speech >= 0 ? subjectBefore(a, speech, false) : mainSubject(a, i - 2);
        }
        if (actors.isEmpty()) actors = subjectBefore(a, i, false);
        List<String> targets = labelledAgent(a, keyAt, actors);
        for (Mention m : a.mentions()) {
            if (!targets.isEmpty()) break;
            if (m.first() > i && m.first() <= keyAt + 4 && m.kind() != Mention.Kind.PERSON && !actors.contains(m.actorId())) {
                targets.add(m.actorId());
            }
        }
        Candidate c = new Candidate(Relation.ACCUSES, i, "label", actors, targets, 0.75);
        // A far, quoted label names its target in the sentence (or the actor's break in it), never earlier news.
        if (targets.isEmpty() && keyAt <= i + 5) c.hint = Candidate.TargetHint.PRONOUN;
        if (targets.isEmpty() && keyAt > i + 5) {
            boolean ownBreak = false;
            for (Candidate o : out) {
                ownBreak |= o.relation == Relation.SEVERS && !o.targets.isEmpty() && o.actors.containsAll(actors);
            }
            if (!ownBreak) return;
            for (Candidate o : out) {
                if (o.relation == Relation.SEVERS && !o.targets.isEmpty() && o.actors.containsAll(actors)) {
                    c.targets = new ArrayList<>(o.targets);
                    break;
                }
            }
        }
        c.topic = topics.classify(t, keyAt);
        out.add(c);
    }

    /**
     * 'what he called "the brutal aggression against unarmed Palestinian civilians" by Israeli forces': the
     * doer named after "by" behind the labelled act, not its victim inside it. Empty when no such "by" follows.
     */
    private static List<String> labelledAgent(Analysis a, int keyAt, List<String> actors) {
        List<Token> t = a.toks();
        for (int j = keyAt + 1; j < t.size() && j <= keyAt + 12; j++) {
            String x = w(t, j);
            if (x.equals(".") || x.equals(";")) break;
            if (!x.equals("by")) continue;
            // "by Israeli forces", "by the authorities in Pristina", "by the government of Sudan".
            int first = j + 1;
            while (first < t.size() && first <= j + 4 && (w(t, first).equals("the") || INSTITUTIONS.contains(w(t, first))
                    || w(t, first).equals("in") || w(t, first).equals("of")) && a.mentionStartingAt(first) == null) first++;
            Mention m = first < t.size() ? a.mentionStartingAt(first) : null;
            if (m != null && m.kind() != Mention.Kind.PERSON && !actors.contains(m.actorId())) {
                return new ArrayList<>(List.of(m.actorId()));
            }
            break;
        }
        return new ArrayList<>();
    }

    /** "Mali's accusations against Ukraine". */
    private void accusationAgainst(Analysis a, int i, List<Candidate> out) {
        List<Token> t = a.toks();
        if (i + 1 >= t.size() || !t.get(i + 1).norm().equals("against")) return;
        List<String> targets = listAfter(a, i + 2);
        if (targets.isEmpty()) return;
        List<String> actors = new ArrayList<>();
        Mention m = i >= 2 && t.get(i - 1).norm().equals("'s") ? mentionEndingAt(a, i - 2) : null;
        if (m != null) actors.add(m.actorId());
        else actors = subjectBefore(a, i, false);
        Candidate c = new Candidate(Relation.ACCUSES, i, "accusations-against", actors, targets, 0.8);
        c.topic = topics.classify(t, i);
        out.add(c);
    }
}
