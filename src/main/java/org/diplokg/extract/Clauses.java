package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplokg.extract.RelationRules.Analysis;

import static org.diplokg.extract.RelationRules.FOLLOW;
import static org.diplokg.extract.RelationRules.INSTITUTIONS;
import static org.diplokg.extract.RelationRules.PRONOUN_SUBJECTS;

/**
 * How a sentence's states stand to a word in it, read from the words around them (no parser): the subject
 * before a verb and the states coordinated with it, the main clause's subject, a list of states after a
 * preposition, whether a state is the object of a preposition, and whether a trigger is negated, threatened
 * or hypothetical. Every rule family ({@link RelationRules}, {@link AppraisalRules}, {@link PairReader}) reads
 * sentences through these.
 */
final class Clauses {

    private Clauses() {
    }

    private static final Set<String> BLOCK_PREPS = Words.of("with", "like", "against", "to", "from", "for", "over",
            "toward", "towards", "than", "after", "into", "in", "on", "about", "regarding", "between", "including",
            "unlike", "at", "near", "across", "amid", "within", "through", "beyond", "of", "whose", "upon", "via");
    private static final Set<String> BLOCK_PREPS_SIMILAR = Words.of("with", "like", "against", "to", "from", "for",
            "toward", "towards", "than", "into", "in", "on", "about", "regarding", "between", "at", "of");
    private static final Set<String> BY_AGENT = Words.of("by");
    private static final Set<String> CONDITIONAL_AFTER = Words.of("if", "unless", "should");
    static final Set<String> COORD = Words.of(",", "and", "the", "as", "well", "&", "(", ")");
    private static final Set<String> DECISION_NOUNS = Words.of("decision", "move", "step", "severance", "severing",
            "announcement", "action", "similar", "response", "retaliation", "statement");
    private static final Set<String> MODAL_BLOCK = Words.of("not", "never", "no", "neither", "nor", "didn", "doesn",
            "don", "won", "hasn", "haven", "hadn", "wasn", "weren", "isn", "aren", "cannot", "couldn", "wouldn",
            "shouldn", "threaten", "threatens", "threatened", "threatening", "threat", "threats", "could", "might",
            "may", "should", "must", "consider", "considers", "considered", "considering", "mull", "mulls",
            "mulling", "weigh", "weighs", "weighing", "warn", "warns", "warned", "warning", "refuse", "refuses",
            "refused", "refusing", "decline", "declines", "declined", "reluctant", "call", "calls", "called",
            "calling", "urge", "urges", "urged", "urging", "demand", "demands", "demanded", "demanding", "pressure",
            "pressured", "pressing", "push", "pushed", "pushing", "plan", "plans", "planned", "planning", "intend",
            "intends", "intended", "propose", "proposes", "proposed", "proposal", "whether", "if", "unless", "none",
            "explore", "explores", "explored", "exploring", "suggest", "suggests", "suggested", "suggesting",
            "avoid", "avoided", "rule", "ruled", "want", "wants", "wanted", "ultimatum", "risk", "risks", "hypothetical",
            "deny", "denies", "denied", "denying", "without", "reverse", "reversed", "rejected", "rejects", "reject",
            "hesitate", "reconsider", "bill", "motion", "petition", "short", "stop", "stopped", "halted", "studying",
            "study", "studies", "examining");
    private static final Set<String> PREP_FILLER = Words.of("the", "and", ",", "people", "republic", "'s", "kingdom",
            "state", "federal", "islamic", "democratic", "transitional", "military", "ruling");

    static boolean isNumber(Token tok) {
        String w = tok.norm();
        if (w.isEmpty()) return false;
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) return NUMBER_WORDS.contains(w);
        }
        return true;
    }

    private static final Set<String> NUMBER_WORDS = Words.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "several", "many", "a", "few");

    static String w(List<Token> t, int i) {
        return t.get(i).norm();
    }

    /** Negation, threat, call or hypothesis just before the trigger, or a condition just after. */
    static boolean blocked(Analysis a, int i) {
        List<Token> t = a.toks();
        // "Togo denied the charge, accusing Ghana of ...": a participle after a comma is an act of its own, which the
        // main verb's denial or negation does not reach.
        boolean participle = i > 0 && w(t, i - 1).equals(",") && w(t, i).endsWith("ing");
        for (int j = i - 1; j >= 0 && j >= i - 6 && !participle; j--) {
            String w = t.get(j).norm();
            if (w.equals(";") || w.equals(".")) break;
            // "said Taiwan would not bow to pressure, and accused Beijing": the negation is another clause's.
            if ((w.equals("and") || w.equals("but")) && j > 0 && t.get(j - 1).norm().equals(",")) break;
            // "have had no relations since Ottawa cut them": the trigger is in a clause of its own.
            if (SUBORDINATORS.contains(w)) break;
            if (MODAL_BLOCK.contains(w)) {
                // "In May 2008, Khartoum severed ...": the month, not the modal verb.
                if (w.equals("may") && t.get(j).cap() && j > 0) continue;
                // "said it would" is reporting; "called the move" is labelling; neither blocks.
                // "resisted calls from its opposition to cut ties" is a call.
                if ((w.equals("called") || w.equals("calls") || w.equals("calling"))
                        && j + 1 < t.size() && !(t.get(j + 1).norm().equals("for") || t.get(j + 1).norm().equals("on")
                        || t.get(j + 1).norm().equals("to") || t.get(j + 1).norm().equals("from"))) continue;
                if (w.equals("no") && j + 1 < t.size() && t.get(j + 1).norm().equals("longer")) continue;
                return true;
            }
            if (w.equals("t") && j > 0 && t.get(j - 1).norm().equals("'")) return true;
        }
        for (int j = i + 1; j < t.size() && j <= i + 8; j++) {
            if (CONDITIONAL_AFTER.contains(t.get(j).norm()) && !t.get(j).norm().equals("should")) return true;
        }
        int first = firstInfinitive(t, i);
        if (first >= 0 && blocked(a, first)) return true;
        return i > 0 && NOMINAL_BEFORE.contains(t.get(i - 1).norm()) && deniedAfter(t, i);
    }

    /**
     * "a motion calling on the government to close Israel's embassy and suspend all relations": a bare verb after
     * "and" shares the mood of the infinitive it is coordinated with. Returns that infinitive's verb, or -1.
     */
    private static int firstInfinitive(List<Token> t, int i) {
        String v = t.get(i).norm();
        if (i < 3 || v.endsWith("ed") || v.endsWith("ing") || v.endsWith("s") || !w(t, i - 1).equals("and")
                || w(t, i - 2).equals(",")) return -1;
        for (int j = i - 2; j >= 1 && j >= i - 10; j--) {
            String w = t.get(j).norm();
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("\"")) return -1;
            if (w.equals("to") && t.get(j + 1).isWord()) return j + 1;
        }
        return -1;
    }

    private static final Set<String> SUBORDINATORS = Words.of("since", "when", "after", "because", "whereas");
    private static final Set<String> NOMINAL_BEFORE = Words.of("a", "the", "full", "complete", "total", "formal",
            "outright", "any", "diplomatic", "immediate");
    private static final Set<String> COPULAS = Words.of("was", "is", "were", "are", "remains", "remained", "would", "be", "seemed");
    private static final Set<String> DENIED_PREDICATES = Words.of("not", "unlikely", "ruled", "off", "impossible", "never",
            "excluded", "premature");

    /** "a full break with Israel was not on the table", "a rupture is unlikely": the noun's predicate denies it. */
    private static boolean deniedAfter(List<Token> t, int i) {
        for (int j = i + 1; j < t.size() && j <= i + 8; j++) {
            String w = t.get(j).norm();
            if (w.equals(",") || w.equals(".") || w.equals(";")) return false;
            if (!COPULAS.contains(w)) continue;
            for (int k = j + 1; k < t.size() && k <= j + 2; k++) {
                if (DENIED_PREDICATES.contains(t.get(k).norm())) return true;
            }
        }
        return false;
    }

    /** The index of the last token before {@code k} that is not "the" ("after the UAE": "after"), or -1. */
    static int beforeArticles(List<Token> t, int k) {
        int j = k - 1;
        while (j >= 0 && t.get(j).norm().equals("the")) j--;
        return j;
    }

    static Mention mentionEndingAt(Analysis a, int last) {
        for (Mention m : a.mentions()) {
            if (m.last() == last) return m;
        }
        return null;
    }

    /** Actors after "by" in {@code [from, to]} ("a similar move by Mali", "the severance ... by Bolivia"). */
    static List<String> byAgent(Analysis a, int from, int to) {
        List<Token> t = a.toks();
        for (int j = from; j < t.size() && j <= to; j++) {
            if (BY_AGENT.contains(t.get(j).norm())) return listAfter(a, j + 1);
        }
        return new ArrayList<>();
    }

    /** A coordinated list of states starting within two tokens of {@code from} ("with Qatar and Iran"). */
    private static final Set<String> OBJECT_PREPOSITIONS = Words.of("with", "from", "against", "to", "on");
    private static final Set<String> SUBORDINATE_OPENERS = Words.of("after", "when", "once", "as", "since", "while",
            "although", "though", "before", "following");

    static List<String> listAfter(Analysis a, int from) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Mention m : listMembers(a, from)) out.add(m.actorId());
        return new ArrayList<>(out);
    }

    /** The last token of the list {@link #listAfter} reads from {@code from}, or -1 when it reads none. */
    static int listEnd(Analysis a, int from) {
        List<Mention> members = listMembers(a, from);
        return members.isEmpty() ? -1 : members.get(members.size() - 1).last();
    }

    /** The mentions of the coordinated list of states starting within two tokens of {@code from}, in order. */
    private static List<Mention> listMembers(Analysis a, int from) {
        List<Token> t = a.toks();
        int j = from;
        // "with both the United States and Britain"
        if (j < t.size() && t.get(j).norm().equals("both")) j++;
        while (j < t.size() && (t.get(j).norm().equals("the") || t.get(j).norm().equals("\""))) j++;
        Mention m = a.mentionStartingAt(j);
        if (m == null || m.kind() == Mention.Kind.PERSON || (m.kind() == Mention.Kind.DEMONYM && !institutionAfter(a, m))) {
            return new ArrayList<>();
        }
        List<Mention> members = new ArrayList<>();
        members.add(m);
        int k = m.last() + 1;
        while (true) {
            int g = k;
            boolean sawSep = false;
            while (g < t.size() && COORD.contains(t.get(g).norm())) {
                sawSep |= t.get(g).norm().equals(",") || t.get(g).norm().equals("and") || t.get(g).norm().equals("&");
                g++;
            }
            Mention nx = g < t.size() ? a.mentionStartingAt(g) : null;
            if (nx == null || !sawSep || nx.kind() == Mention.Kind.PERSON) break;
            members.add(nx);
            k = nx.last() + 1;
        }
        // "with Ukraine, and Niger and Burkina Faso welcomed the step": the list ends before the new clause.
        int end = members.get(members.size() - 1).last() + 1;
        boolean object = from > 0 && OBJECT_PREPOSITIONS.contains(w(t, from - 1));
        // "After Saudi Arabia cut ties with Qatar, Egypt and the UAE followed": the comma closes the opening clause.
        boolean mainAfterComma = object && SUBORDINATE_OPENERS.contains(w(t, 0)) && end < t.size()
                && Coordination.finiteVerb(t.get(end));
        List<Mention> kept = new ArrayList<>();
        for (Mention member : members) {
            kept.add(member);
            int sep = member.last() + 1;
            if (Coordination.newClause(t, sep, end)) break;
            if (object && Coordination.newClauseInObject(t, sep, end)) break;
            if (mainAfterComma && w(t, sep).equals(",")) break;
        }
        return kept;
    }

    /**
     * The state owning the noun at {@code noun}: a possessive ("Russia's efforts", "the Philippines' claims") or a
     * demonym ("the Saudi charges") right before it; else null.
     */
    static Mention ownerBefore(Analysis a, int noun) {
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.PERSON) continue;
            int end = m.possessive() ? m.last() + 1 : m.last();
            if (end == noun - 1 && (m.possessive() || m.kind() == Mention.Kind.DEMONYM)) return m;
        }
        return null;
    }

    /** First state (and its coordinated list) in {@code [from, to]}, skipping {@code exclude}. */
    static List<String> firstListAfter(Analysis a, int from, int to, List<String> exclude) {
        for (Mention m : a.mentions()) {
            if (m.first() < from || m.first() > to || m.kind() == Mention.Kind.PERSON) continue;
            if (exclude.contains(m.actorId())) continue;
            List<String> l = listAfter(a, m.first());
            if (l.isEmpty()) l = new ArrayList<>(List.of(m.actorId()));
            return l;
        }
        return new ArrayList<>();
    }

    /**
     * The grammatical subject for a trigger at token {@code t}: the nearest state mention before it that
     * is not the object of a preposition, plus states coordinated with it, plus X in "Y follows X in ...".
     */
    static List<String> subjectBefore(Analysis a, int t, boolean similar) {
        List<Mention> ms = a.mentions();
        List<Token> toks = a.toks();
        // "Georgia, which broke off ...": the relative pronoun's state is the subject, whatever its own role.
        Mention antecedent = relativeAntecedent(a, t);
        if (antecedent == null) {
            List<String> shared = sharedVerbSubject(a, t);
            if (shared != null) return shared;
        }
        for (int mi = ms.size() - 1; mi >= 0; mi--) {
            Mention m = ms.get(mi);
            if (m.last() >= t || antecedent != null && m != antecedent) continue;
            if (antecedent == null) {
                if (m.kind() == Mention.Kind.DEMONYM && !institutionAfter(a, m)) continue;
                if (prepositional(a, m, similar, t)) continue;
                if (m.possessive() && !possessiveSubject(a, m, t)) continue;
                if (compoundModifier(toks, m) || insideRelativeClause(toks, m, t)) continue;
                // "the border whose authorities accused", "the MAK, which it blames": the verb's subject is in the
                // relative clause, and no state before it is that subject.
                if (relativeClauseBetween(toks, m, t)) return new ArrayList<>();
            }
            LinkedHashSet<String> actors = new LinkedHashSet<>();
            actors.add(m.actorId());
            int cur = mi;
            while (cur > 0) {
                Mention p = ms.get(cur - 1);
                Mention c = ms.get(cur);
                boolean onlyCoord = true;
                boolean sawSep = false;
                // "Yemen's internationally recognised government and the Maldives": a possessive with its office.
                int from = p.possessive() ? officeAfterPossessive(toks, p, c.first()) : p.last() + 1;
                if (from < 0) break;
                for (int k = from; k < c.first(); k++) {
                    String w = toks.get(k).norm();
                    // "Panama in 2017 and the Dominican Republic in 2018 broke off ...": a year per member.
                    boolean year = w.equals("in") && k + 1 < c.first() && isNumber(toks.get(k + 1))
                            || isNumber(toks.get(k)) && k > 0 && toks.get(k - 1).norm().equals("in");
                    if (!COORD.contains(w) && !year) onlyCoord = false;
                    sawSep |= w.equals(",") || w.equals("and") || w.equals("&") || w.equals("(");
                }
                if (!onlyCoord || !sawSep || p.kind() == Mention.Kind.PERSON
                        || (p.kind() == Mention.Kind.DEMONYM && !institutionAfter(a, p))) break;
                // "its missions in Iran, and Bahrain and Sudan, which severed ...": Iran is no co-subject.
                // "hours after Saudi Arabia, the UAE, Bahrain and Egypt severed ...": "after" opens the list's clause.
                if (prepositional(a, p, similar, t) && !prepositional(a, ms.get(cur), similar, t)
                        && !(opensClause(toks, p) && t - m.last() <= 5)) break;
                actors.add(p.actorId());
                cur--;
            }
            Mention head = ms.get(cur);
            int before = beforeArticles(toks, head.first());
            if (before >= 0 && FOLLOW.contains(toks.get(before).norm()) && m.last() + 1 < toks.size()
                    && toks.get(m.last() + 1).norm().equals("in")) {
                actors.addAll(subjectBefore(a, before, similar));
            }
            return new ArrayList<>(actors);
        }
        return new ArrayList<>();
    }

    private static final Set<String> CLAUSE_BREAKS = Words.of(";", ":", "but", "while", "whereas");

    /**
     * "Geng Shuang welcomed Kiribati's decision and rejected Taipei's charge", "Wu claimed that Honduras had
     * asked for U.S. dollars and accused the mainland": a verb right after "and" shares the subject of its
     * clause's first verb, not the nearest state inside that verb's object. The clause starts after the last
     * ";", ":" or "but" before the "and", or at ", and" when a state follows it ("..., and Algeria rejected
     * it and accused ..."). Empty when a pronoun is the subject of a clause that reports or runs on in a
     * participle; null when the verb does not follow "and" or no subject stands before the clause's first verb.
     */
    private static List<String> sharedVerbSubject(Analysis a, int t) {
        List<Token> toks = a.toks();
        int k = t - 1;
        while (k > 0 && RELATIVE_ADVERBS.contains(toks.get(k).norm())) k--;
        if (k < 1 || !toks.get(k).norm().equals("and")) return null;
        int start = 0;
        for (int j = k - 1; j > 0 && start == 0; j--) {
            String w = toks.get(j).norm();
            if (CLAUSE_BREAKS.contains(w)) start = j + 1;
            else if (w.equals("and") && toks.get(j - 1).norm().equals(",")) {
                int n = j + 1;
                while (n < k && toks.get(n).norm().equals("the")) n++;
                for (Mention m : a.mentions()) if (m.first() == n) start = j + 1;
            }
        }
        int limit = k;
        for (int j = start; j < k && limit == k; j++) {
            // "Lee said the island state had asked for ... and accused": the subject stands before the report verb,
            // so a state after it belongs to the reported clause. "He went on the attack, accusing Saudi Arabia ...
            // and saying": a state after the participle is its object.
            boolean participle = toks.get(j).norm().equals(",") && j + 1 < k && toks.get(j + 1).norm().endsWith("ing");
            // "The statement rejected what it called the accusations of the United States and Japan, and charged":
            // the states after a rejecting verb are its object.
            boolean rejecting = DenialRules.rejects(toks, j) && j > start && toks.get(start).norm().equals("the");
            if (participle || rejecting || RelationRules.REPORT_VERBS.contains(toks.get(j).norm())) limit = j;
        }
        List<String> subject = mainSubject(a, start, limit);
        if (!subject.isEmpty()) return subject;
        // "He said Irloo was Iran's ambassador ... and blamed": the pronoun's referent is for the article to find,
        // not a state of the reported clause or the participle's object; so is "the statement"'s.
        boolean unnamed = PRONOUN_SUBJECTS.contains(toks.get(start).norm()) || toks.get(start).norm().equals("the");
        return limit < k && unnamed ? subject : null;
    }

    static final Set<String> RELATIVE_ADVERBS = Words.of("also", "later", "then", "first", "both", "itself",
            "subsequently", "formally", "eventually", "abruptly", "briefly", "once", "had", "has", "have", "was", "were",
            "is", "are", "would", "will");

    /**
     * "Georgia, which broke off relations with Russia", "Yemen's internationally recognised government, which
     * broke off relations": the state a ", which" or ", who" right before the verb at {@code v} hangs on, whatever
     * its role in the main clause; else null.
     */
    static Mention relativeAntecedent(Analysis a, int v) {
        List<Token> t = a.toks();
        int k = v - 1;
        while (k > 0 && RELATIVE_ADVERBS.contains(t.get(k).norm())) k--;
        if (k < 2 || !(t.get(k).norm().equals("which") || t.get(k).norm().equals("who")) || !t.get(k - 1).norm().equals(",")) {
            return null;
        }
        int end = k - 2;
        Mention m = mentionEndingAt(a, end);
        if (m == null && INSTITUTIONS.contains(t.get(end).norm())) {
            for (int j = end - 1; j >= 0 && j >= end - 5 && m == null; j--) {
                Mention owner = mentionEndingAt(a, j);
                if (owner != null && (owner.possessive() || owner.kind() == Mention.Kind.DEMONYM)
                        && officeAfterPossessive(t, owner, end + 1) == end + 1) m = owner;
            }
        }
        return m == null || m.kind() == Mention.Kind.PERSON ? null : m;
    }

    /**
     * After a possessive state, the index just past the office it owns ("'s internationally recognised
     * government"), with at most three lower-case words before the office and before {@code limit}; else -1.
     */
    private static int officeAfterPossessive(List<Token> t, Mention p, int limit) {
        int k = p.last() + 1;
        if (k < limit && t.get(k).norm().equals("'s")) k++;
        for (int words = 0; k < limit && words <= 3; k++, words++) {
            if (INSTITUTIONS.contains(t.get(k).norm())) return k + 1;
            if (!t.get(k).isWord() || t.get(k).cap()) return -1;
        }
        return -1;
    }

    /** "after Saudi Arabia", "before the UAE": a conjunction that may open a clause with the mention as subject. */
    private static boolean opensClause(List<Token> t, Mention m) {
        int b = beforeArticles(t, m.first());
        return b >= 0 && (t.get(b).norm().equals("after") || t.get(b).norm().equals("before"));
    }

    /**
     * The subject of the sentence's main clause before {@code limit}: the first state mention that is not in
     * a prepositional phrase (a possessive only at the start of a clause), with the states coordinated with it.
     */
    static List<String> mainSubject(Analysis a, int limit) {
        return mainSubject(a, 0, limit);
    }

    /** The subject of the clause that starts at token {@code from}, as {@link #mainSubject(Analysis, int)}. */
    static List<String> mainSubject(Analysis a, int from, int limit) {
        List<Mention> ms = a.mentions();
        List<Token> t = a.toks();
        for (int mi = 0; mi < ms.size(); mi++) {
            Mention m = ms.get(mi);
            if (m.first() < from) continue;
            if (m.last() >= limit) break;
            if (m.kind() == Mention.Kind.DEMONYM && !institutionAfter(a, m)) continue;
            if (prepositional(a, m, false, limit)) continue;
            if (m.possessive()) {
                int b = beforeArticles(t, m.first());
                // "15:25 - Russia's defence ministry has responded": a live blog's time stamp opens the sentence.
                boolean opens = b < 0 || t.get(b).norm().equals(",") || t.get(b).norm().equals("-") || t.get(b).norm().equals("—");
                if (!opens || !possessiveSubject(a, m, limit)) continue;
            }
            int end = mi;
            while (end + 1 < ms.size() && ms.get(end + 1).last() < limit) {
                Mention c = ms.get(end);
                Mention nx = ms.get(end + 1);
                boolean onlyCoord = true;
                boolean sawSep = false;
                for (int k = c.last() + 1; k < nx.first(); k++) {
                    String w = t.get(k).norm();
                    if (!COORD.contains(w)) onlyCoord = false;
                    sawSep |= w.equals(",") || w.equals("and") || w.equals("&");
                }
                if (!onlyCoord || !sawSep || nx.possessive()) break;
                end++;
            }
            return subjectBefore(a, ms.get(end).last() + 1, false);
        }
        return new ArrayList<>();
    }

    /** A sentence opening with "It", "He", "The ministry", "Its foreign ministry": a subject named before. */
    static boolean anaphoricSubject(List<Token> t) {
        if (t.isEmpty()) return false;
        String first = w(t, 0);
        if (PRONOUN_SUBJECTS.contains(first)) return true;
        return (first.equals("the") || first.equals("its")) && t.size() > 2
                && (INSTITUTIONS.contains(w(t, 1)) || INSTITUTIONS.contains(w(t, 2)));
    }

    /** "the Iran-backed Hezbollah", "a Saudi-led coalition": the state qualifies another actor. */
    private static boolean compoundModifier(List<Token> t, Mention m) {
        int j = m.last() + 1;
        return j + 1 < t.size() && t.get(j).norm().equals("-") && t.get(j + 1).norm().endsWith("ed");
    }

    private static final Set<String> RELATIVES = Words.of("whose", "who", "which");

    /**
     * A relative pronoun between the state and the verb at {@code trigger} that does not hang on the state:
     * "a strip along the Ukrainian border whose authorities accused" (the clause describes the strip), so
     * neither this state nor any before it is the verb's subject. "Mali, whose government accused" keeps Mali.
     */
    private static boolean relativeClauseBetween(List<Token> t, Mention m, int trigger) {
        for (int k = m.last() + 1; k < trigger; k++) {
            if (!RELATIVES.contains(t.get(k).norm())) continue;
            boolean rightAfter = k == m.last() + 1 || (k == m.last() + 2 && t.get(m.last() + 1).norm().equals(","))
                    || (k == m.last() + 2 && t.get(m.last() + 1).norm().equals("'s"));
            if (!rightAfter) return true;
        }
        return false;
    }

    /**
     * The state sits inside a ", whose/who ... ," clause closed before the verb ("the Shor party, whose leader is
     * under US sanctions, accused"): not the subject, but a state before the clause may be.
     */
    private static boolean insideRelativeClause(List<Token> t, Mention m, int trigger) {
        for (int k = m.first() - 1; k >= 0; k--) {
            String w = t.get(k).norm();
            if (w.equals(",") || w.equals(".") || w.equals(";")) return false;
            if (w.equals("whose") || w.equals("who")) {
                for (int q = m.last() + 1; q < trigger; q++) if (t.get(q).norm().equals(",")) return true;
                return false;
            }
        }
        return false;
    }

    static boolean prepositional(Analysis a, Mention m, boolean similar, int trigger) {
        List<Token> t = a.toks();
        Set<String> block = similar ? BLOCK_PREPS_SIMILAR : BLOCK_PREPS;
        int j = m.first() - 1;
        int steps = 0;
        while (j >= 0 && steps < 6) {
            String w = t.get(j).norm();
            // "the blood libel spread by South Africa", "charges made by Chad": the agent of a participle
            // phrase is not the subject of the verb that follows it ("a similar move by Mali" is, by a noun).
            if (w.equals("by") && j > 0 && participle(t.get(j - 1).norm())) return true;
            if (block.contains(w)) {
                // "according to Mali's government" names the speaker, not an object.
                if (w.equals("to") && j > 0 && t.get(j - 1).norm().equals("according")) return false;
                // "after Mali's military chiefs severed ties": a conjunction opening a clause whose subject is m.
                if ((w.equals("after") || w.equals("before")) && trigger - m.last() <= 5) return false;
                // "the government in Tehran", "the new authorities in Kabul": the rulers seated in that capital.
                if (seatedIn(t, m, j)) return false;
                // "the government of Niger", "the Republic of Niger": "of" after an institution is no preposition phrase.
                if (w.equals("of") && j > 0 && (INSTITUTIONS.contains(t.get(j - 1).norm())
                        || t.get(j - 1).norm().equals("republic") || t.get(j - 1).norm().equals("kingdom")
                        || t.get(j - 1).norm().equals("affairs") || t.get(j - 1).norm().equals("state")
                        || t.get(j - 1).norm().equals("nation") || t.get(j - 1).norm().equals("country"))) return false;
                return true;
            }
            if (!PREP_FILLER.contains(w) && !INSTITUTIONS.contains(w)) return false;
            j--;
            steps++;
        }
        return false;
    }

    /** Who rules from a capital: "the regime in Damascus" is Syria, "the embassy in Damascus" is not. */
    private static final Set<String> SEATED = Words.of("government", "authorities", "regime", "junta", "leadership",
            "rulers", "administration");

    /** "the government in Tehran": the "in" at {@code prep} seats rulers in the capital {@code m}. */
    static boolean seatedIn(List<Token> t, Mention m, int prep) {
        return prep > 0 && t.get(prep).norm().equals("in") && m.kind() == Mention.Kind.CAPITAL
                && SEATED.contains(t.get(prep - 1).norm());
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = Words.of("spread", "made", "brought", "held",
            "run", "built", "put", "set", "said", "told", "sent", "given", "taken", "written", "shown", "seen", "paid");

    /**
     * "a coalition headed by Saudi Arabia cut ties": the head of the subject group acts with it, so its "by" is
     * no participle agent. ("led by" is never one anyway: "led" is too short for the "-ed" test below.)
     */
    private static final Set<String> GROUP_HEADS = Words.of("headed", "spearheaded", "chaired", "joined", "including");

    static boolean participle(String w) {
        if (GROUP_HEADS.contains(w)) return false;
        return IRREGULAR_PARTICIPLES.contains(w) || (w.endsWith("ed") && w.length() > 4 && !w.equals("indeed"));
    }

    static boolean institutionAfter(Analysis a, Mention m) {
        List<Token> t = a.toks();
        int j = m.last() + 1;
        if (j < t.size() && t.get(j).norm().equals("'s")) j++;
        for (int k = j; k < t.size() && k <= j + 2; k++) {
            if (INSTITUTIONS.contains(t.get(k).norm())) return true;
        }
        return false;
    }

    private static boolean possessiveSubject(Analysis a, Mention m, int trigger) {
        List<Token> t = a.toks();
        int j = m.last() + 2;
        for (int k = j; k < t.size() && k <= j + 2; k++) {
            String w = t.get(k).norm();
            if (INSTITUTIONS.contains(w) || DECISION_NOUNS.contains(w)) return true;
        }
        // "France's Nicolas de Riviere said", "Britain's Barbara Woodward called it": the state's person, named.
        int k = j;
        while (k < trigger && k < j + 4 && (t.get(k).isWord() && t.get(k).cap() || Officials.NAME_JOINERS.contains(w(t, k)))) k++;
        if (k > j && k == trigger && t.get(j).cap()) return true;
        return trigger - m.last() <= 3;
    }


    /** An odd number of quotation marks in {@code [from, at)}: {@code at} is inside a quotation. */
    static boolean insideQuote(List<Token> t, int from, int at) {
        int q = 0;
        for (int j = from; j < at; j++) if (w(t, j).equals("\"")) q++;
        return q % 2 == 1;
    }

    /**
     * '"We reject the insinuations," the Indian foreign ministry spokesperson said': for a token inside a
     * quotation that opens the sentence, the speaker named after it; else an empty list.
     */
    static List<String> quotedSpeaker(Analysis a, int i) {
        List<Token> t = a.toks();
        if (t.isEmpty() || !w(t, 0).equals("\"") || !insideQuote(t, 0, i)) return new ArrayList<>();
        for (int k = i + 1; k < t.size(); k++) if (w(t, k).equals("\"")) return speakerAfterClose(a, k);
        return new ArrayList<>();
    }

    /** The speaker after a quotation closing within four tokens after {@code from}; else an empty list. */
    static List<String> speakerAfterQuote(Analysis a, int from) {
        List<Token> t = a.toks();
        for (int k = from + 1; k < t.size() && k <= from + 4; k++) if (w(t, k).equals("\"")) return speakerAfterClose(a, k);
        return new ArrayList<>();
    }

    /** The speaker after the closing quotation at {@code close}: the first state before a speech verb within 14 tokens. */
    private static List<String> speakerAfterClose(Analysis a, int close) {
        List<Token> t = a.toks();
        for (int k = close + 1; k < t.size() && k <= close + 14; k++) {
            if (SPEECH_VERBS_AFTER.contains(w(t, k))) {
                for (Mention m : a.mentions()) {
                    if (m.first() > close && m.last() < k && m.kind() != Mention.Kind.PERSON
                            && (m.kind() != Mention.Kind.DEMONYM || institutionAfter(a, m))) {
                        return new ArrayList<>(List.of(m.actorId()));
                    }
                }
                return new ArrayList<>();
            }
        }
        return new ArrayList<>();
    }

    private static final Set<String> SPEECH_VERBS_AFTER = Words.of("said", "says", "told", "added", "stated", "wrote");
}
