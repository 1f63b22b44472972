package org.diplokg.extract;

import org.diplokg.model.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The second reader: for a sentence with a cue word ({@link PairCues}), proposes every pairing of a
 * plausible actor (the speaker, the main-clause subject, any state named before the cue; failing all of
 * them, the article's main states) with a plausible target (a state named in the sentence or the two before it, or one the article is mostly about), and describes
 * each pairing by where its states sit relative to the cue. It decides nothing: the rules' phrasing
 * families miss new wordings, so the decision is left to weights learnt from annotated articles.
 */
final class PairReader {

    private static final Set<String> NEGATIONS = Words.of("not", "never", "no", "t", "neither", "nor", "without");
    private static final Set<String> MODALS = Words.of("would", "could", "may", "might", "threatened", "threatens",
            "threaten", "considering", "considered", "if", "unless", "should", "warned");
    private static final Set<String> PREPOSITIONS = Words.of("of", "against", "with", "from", "by", "on", "to",
            "toward", "towards", "in", "for", "over", "at");

    private final RelationRules rules;

    PairReader(RelationRules rules) {
        this.rules = rules;
    }

    /**
     * Candidates of sentence {@code si}, with the features that need only the sentence and its neighbours.
     *
     * @param speakerAt  the state the article makes the speaker of a claim triggered at a token, if any
     * @param before     the analyses of the two sentences before (null where there is none)
     * @param mainStates the states the article names most often
     */
    List<PairCandidate> read(RelationRules.Analysis a, int si, IntFunction<List<String>> speakerAt,
                             RelationRules.Analysis[] before, List<String> mainStates) {
        List<PairCues.Cue> cues = PairCues.find(a.toks());
        if (cues.isEmpty() || (a.mentions().isEmpty() && mainStates.isEmpty())) return List.of();
        List<Token> t = a.toks();
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : a.mentions()) named.add(m.actorId());
        List<String> targetPool = new ArrayList<>(named);
        for (RelationRules.Analysis b : before) {
            if (b == null) continue;
            for (Mention m : b.mentions()) if (!targetPool.contains(m.actorId())) targetPool.add(m.actorId());
        }
        for (String s : mainStates) if (!targetPool.contains(s)) targetPool.add(s);
        boolean quote = false;
        // breaks[k]: clause boundary words before token k, so "is there one between x and y" is a subtraction.
        int[] breaks = new int[t.size() + 1];
        for (int k = 0; k < t.size(); k++) {
            quote |= t.get(k).norm().equals("\"");
            breaks[k + 1] = breaks[k] + (CLAUSE_BREAKS.contains(t.get(k).norm()) ? 1 : 0);
        }
        List<PairCandidate> out = new ArrayList<>();
        // One reading per relation, hung on its first cue; the other cues of that relation add their names.
        java.util.Map<Relation, List<String>> cueNames = new java.util.EnumMap<>(Relation.class);
        List<PairCues.Cue> firsts = new ArrayList<>(3);
        for (PairCues.Cue c : cues) {
            List<String> names = cueNames.get(c.relation());
            if (names == null) {
                names = new ArrayList<>(3);
                cueNames.put(c.relation(), names);
                firsts.add(c);
            }
            names.add(c.name());
        }
        Set<Mention> voices = new HashSet<>(2);
        for (Mention m : a.mentions()) if (voicesClaim(t, m)) voices.add(m);
        Sentence here = new Sentence(a, si, breaks, quote, "n:" + Math.min(named.size(), 4), mainStates, voices);
        for (PairCues.Cue c : firsts) {
            // "had not interfered", "did not cut ties": a negated charge or break is no claim, and a few
            // annotated negations are too few for the weights to learn that. A denial is often negative itself.
            boolean negated = near(t, c.at(), NEGATIONS, 5);
            if (negated && c.relation() != Relation.DENIES) continue;
            Cue cue = Cue.of(c, cueNames.get(c.relation()), negated, near(t, c.at(), MODALS, 6), insideQuote(t, c.at()),
                    near(t, c.at(), RelationRules.REPORT_VERBS, c.at()), here);
            List<String> speaker = speakerAt.apply(c.at());
            List<String> subject = Clauses.mainSubject(a, c.at());
            Set<String> actorPool = new LinkedHashSet<>(speaker);
            actorPool.addAll(subject);
            for (Mention m : a.mentions()) if (m.first() < c.at()) actorPool.add(m.actorId());
            // "spokesman Geng Shuang dismissed ...": a speaker the article never tied to a state is most often
            // one of the states it is about.
            boolean unknownSpeaker = actorPool.isEmpty();
            if (unknownSpeaker) actorPool.addAll(mainStates);
            for (String actor : actorPool) {
                String aSrc = unknownSpeaker ? "main" : speaker.contains(actor) ? "speaker" : subject.contains(actor) ? "subj" : "men";
                for (String target : targetPool) {
                    if (target.equals(actor)) continue;
                    String tSrc = first(a.mentions(), target) != null ? null
                            : inSentence(before[0], target) ? "prev1" : inSentence(before[1], target) ? "prev2" : "main";
                    out.add(new PairCandidate(c.relation(), actor, target, si, c.at(),
                            describe(here, cue, actor, aSrc, target, tSrc)));
                }
            }
        }
        return out;
    }

    /**
     * Each candidate with what the rest of the article says about its two states: whether the rules found
     * one breaking with, accusing or answering the other, in either direction; and what the rules made of its
     * relation in its own sentence. The candidate's own claim is left out of that, so a candidate reads the
     * same whether or not the rules also made it.
     *
     * @param pairs every candidate of the article
     * @param madeIn the claim keys ({@link PairCandidate#key}) of the claims the rules made, each with the
     *               sentences that made it
     */
    static List<PairCandidate> withArticleContext(List<PairCandidate> pairs, Map<String, Set<Integer>> madeIn) {
        Set<String> made = madeIn.keySet();
        // A claim proposed by several sentences is more likely than one a single sentence suggests.
        Map<String, Set<Integer>> support = new HashMap<>();
        for (PairCandidate p : pairs) support.computeIfAbsent(p.key(), k -> new HashSet<>(4)).add(p.sentence());
        Map<String, List<String>> contexts = new HashMap<>();
        Map<String, String> reverseKeys = new HashMap<>();
        // What the rules made in each sentence: a reading at odds with it is rarely right.
        Map<Integer, List<String>> madeHere = new HashMap<>();
        for (Map.Entry<String, Set<Integer>> e : madeIn.entrySet()) {
            for (Integer si : e.getValue()) madeHere.computeIfAbsent(si, k -> new ArrayList<>()).add(e.getKey());
        }
        List<PairCandidate> out = new ArrayList<>(pairs.size());
        for (PairCandidate p : pairs) {
            List<String> ctx = contexts.computeIfAbsent(p.key(), k -> context(p, made, support.get(k).size()));
            List<String> f = new ArrayList<>(p.features().size() + ctx.size() + 1);
            f.addAll(p.features());
            f.addAll(ctx);
            // The rules read this very sentence the other way round: mutual charges in one sentence are rare.
            Set<Integer> reverse = madeIn.get(reverseKeys.computeIfAbsent(p.key(),
                    k -> PairCandidate.key(p.relation(), p.targetId(), p.actorId())));
            if (reverse != null && reverse.contains(p.sentence())) f.add("ctx:rev-here");
            f.add(madeHere(madeHere.getOrDefault(p.sentence(), List.of()), p));
            out.add(p.withFeatures(f));
        }
        return out;
    }

    /**
     * What the rules made of the candidate's relation in its sentence: a claim with the same actor and another
     * target, the same target and another actor, only others, or none.
     */
    private static String madeHere(List<String> keys, PairCandidate p) {
        String rel = p.relation().code() + "|";
        String actor = rel + p.actorId() + "|";
        String target = "|" + p.targetId();
        boolean sameActor = false;
        boolean sameTarget = false;
        boolean any = false;
        for (String k : keys) {
            if (!k.startsWith(rel) || k.equals(p.key())) continue;
            any = true;
            sameActor |= k.startsWith(actor);
            sameTarget |= k.endsWith(target);
        }
        return sameActor ? "here:same-actor" : sameTarget ? "here:same-target" : any ? "here:other" : "here:none";
    }

    private static List<String> context(PairCandidate p, Set<String> made, int sentences) {
        Features ctx = new Features();
        ctx.add("support:" + Math.min(sentences, 3));
        boolean any = false;
        for (Relation r : Relation.values()) {
            if (r != p.relation() && made.contains(PairCandidate.key(r, p.actorId(), p.targetId()))) {
                ctx.add("ctx:" + r.code());
                any = true;
            }
            if (made.contains(PairCandidate.key(r, p.targetId(), p.actorId()))) {
                ctx.add("ctx:" + r.code() + "-rev");
                any = true;
            }
        }
        if (!any) ctx.add("ctx:none");
        return ctx.list;
    }

    /** What every reading of one sentence shares. */
    private record Sentence(RelationRules.Analysis a, int index, int[] breaks, boolean quote, String states,
                            List<String> mainStates, Set<Mention> voices) { }

    /**
     * One relation's first cue, the names of all its cues in the sentence, and what surrounds it. The features
     * every pairing of the cue shares are built once here ({@code head} before the pairing's own, {@code tail}
     * after): a sentence may have dozens of pairings, and the model then looks up the same strings.
     */
    private record Cue(PairCues.Cue cue, List<String> head, List<String> tail, List<String> verbSubject) {
        static Cue of(PairCues.Cue c, List<String> names, boolean negated, boolean modal, boolean quoted,
                      boolean reported, Sentence s) {
            Features head = new Features();
            head.add("bias");
            for (String name : names) head.add("cue:" + name);
            Features tail = new Features();
            tail.add(s.states());
            if (negated) tail.add("neg");
            if (modal) tail.add("modal");
            if (s.quote()) tail.add("quote");
            if (quoted) tail.add("cue:quoted");
            if (reported) tail.add("cue:reported");
            if (s.index() < 2) tail.add("lede");
            List<Token> t = s.a().toks();
            int at = c.at();
            if (at + 1 < t.size()) tail.add("w+1:" + t.get(at + 1).norm());
            if (at > 0) tail.add("w-1:" + t.get(at - 1).norm());
            // The nearest subject before the cue, not the main clause's: "Y said X had attacked" has X here.
            return new Cue(c, head.list, tail.list, Clauses.subjectBefore(s.a(), at, false));
        }
    }

    /**
     * The features of one pairing.
     *
     * @param tSrc where the target comes from when the sentence does not name it (prev1, prev2, main); null
     *             when it does, and then it is before or after the cue
     */
    private static List<String> describe(Sentence s, Cue cue, String actor, String aSrc, String target, String tSrc) {
        List<Token> t = s.a().toks();
        List<Mention> ms = s.a().mentions();
        int at = cue.cue().at();
        Mention am = first(ms, actor);
        Mention tm = first(ms, target);
        String ts = tm == null ? tSrc : tm.first() > at ? "after" : "before";
        String aPos = am == null ? "a:absent" : am.first() < at ? "a:before" : "a:after";
        String prep = null;
        Features f = new Features();
        f.list.addAll(cue.head());
        f.add("a:" + aSrc);
        f.add("t:" + ts);
        f.add("at:" + aSrc + "-" + ts);
        if (am == null) f.add(aPos);
        else {
            f.add("a:kind:" + am.kind());
            f.add(aPos);
            if (am.possessive()) f.add("a:poss");
        }
        if (tm != null) {
            f.add("t:kind:" + tm.kind());
            f.add("t:dist:" + bucket(Math.abs(tm.first() - at)));
            if (tm.possessive()) f.add("t:poss");
            int p = Clauses.beforeArticles(t, tm.first());
            prep = p >= 0 && PREPOSITIONS.contains(t.get(p).norm()) ? t.get(p).norm() : null;
            if (prep != null) f.add("t:prep:" + prep);
            if (am != null && am.first() < tm.first()) f.add("order:a-t");
            if (clauseBreak(s.breaks(), tm.first(), at)) f.add("t:other-clause");
        }
        if (am != null && clauseBreak(s.breaks(), am.first(), at)) f.add("a:other-clause");
        if (am != null && s.voices().contains(am)) f.add("a:voices");
        if (tm != null && s.voices().contains(tm)) f.add("t:voices");
        if (s.mainStates().contains(target)) f.add("t:main");
        if (s.mainStates().contains(actor)) f.add("a:main");
        if (s.mainStates().contains(target) && s.mainStates().contains(actor)) f.add("pair:main");
        if (tm != null && tm == nearest(ms, at, true)) f.add("t:nearest-after");
        if (am != null && am == nearest(ms, at, false)) f.add("a:nearest-before");
        f.list.addAll(cue.tail());
        betweenWords(f, t, at, am, tm);
        // The cue word with where each state stands: "accused X of" and "X's accusations" differ per cue.
        String c = "cx:" + cue.cue().name() + ":";
        f.add(c + "at:" + aSrc + "-" + ts);
        f.add(c + aPos);
        if (tm != null) f.add(c + "t:prep:" + (prep != null ? prep : "none"));
        List<String> vs = cue.verbSubject();
        f.add(vs.contains(actor) ? "vs:actor" : vs.contains(target) ? "vs:target" : vs.isEmpty() ? "vs:none" : "vs:other");
        return f.list;
    }

    /**
     * The words between the cue and the two states ({@link Cue} has those beside it): "accused X of", "X's ...
     * rejected", "blamed X for". Learnt per word, so new phrasings need annotated examples, not new rules.
     */
    private static void betweenWords(Features f, List<Token> t, int at, Mention am, Mention tm) {
        if (tm != null && tm.first() > at && tm.first() - at <= 6) {
            for (int k = at + 1; k < tm.first(); k++) f.addOnce("ct:" + t.get(k).norm());
        }
        if (am != null && am.last() < at && at - am.last() <= 6) {
            for (int k = am.last() + 1; k < at; k++) f.addOnce("ac:" + t.get(k).norm());
        }
    }

    /**
     * The features of one relation's reading. They are per relation (a state after "of" means something else
     * for a charge than for a break), but named without it: every feature of a candidate has the candidate's
     * relation, so the model looks them up among that relation's weights ({@link PairCandidate#namedFeatures}).
     * Each is added once, so a plain list serves as the set.
     */
    static final class Features {
        final List<String> list = new ArrayList<>(32);

        void add(String feature) {
            list.add(feature);
        }

        /** For the bags of words, where "the" may come twice. */
        void addOnce(String feature) {
            if (!list.contains(feature)) list.add(feature);
        }
    }

    /** Nouns for what a state said of another: its owner is the accuser, whoever the sentence's speaker is. */
    private static final Set<String> CLAIM_NOUNS = Words.of("accusation", "accusations", "allegation", "allegations",
            "claim", "claims", "charge", "charges", "assertion", "assertions", "insinuations", "account", "version",
            "narrative", "suggestion", "criticism", "conclusions", "report", "statements", "remarks");
    /** What may stand between an owner and its claim noun: "Managua's “absurd” genocide charge". */
    private static final Set<String> OWNER_STOPS = Words.of(",", ";", ":", ".", "that", "of", "to", "was", "were", "is",
            "are", "had", "has", "said", "says", "by", "in", "on", "with", "against");
    /** Words that tie a claim noun to the state after it: "the accusations of", "charges made by". */
    private static final Set<String> CLAIM_LINKS = Words.of("of", "by", "from", "made", "spread", "levelled", "leveled");

    /**
     * The mention owns a claim: "Beijing's account", "the British allegations", "the accusations of the
     * transitional government of Mali", "charges made by N'Djamena". Such a state is the accuser, and a
     * denial in the same sentence answers it, whichever state the word order puts first.
     */
    static boolean voicesClaim(List<Token> t, Mention m) {
        // Only an owner's form may come first: "Ukraine rejects the accusations" is not Ukraine's claim.
        boolean owner = m.possessive() || m.kind() == Mention.Kind.DEMONYM;
        for (int k = m.last() + 1; owner && k < Math.min(t.size(), m.last() + 8); k++) {
            String w = t.get(k).norm();
            if (CLAIM_NOUNS.contains(w)) return true;
            if (OWNER_STOPS.contains(w)) break;
        }
        for (int k = m.first() - 1; k > 0 && k >= m.first() - 8; k--) {
            String w = t.get(k).norm();
            if (w.equals(",") || w.equals(";") || w.equals(".")) return false;
            if (!CLAIM_LINKS.contains(w)) continue;
            int n = k - 1;
            if (n > 0 && CLAIM_LINKS.contains(t.get(n).norm())) n--;
            if (CLAIM_NOUNS.contains(t.get(n).norm())) return true;
        }
        return false;
    }

    private static boolean near(List<Token> t, int at, Set<String> words, int span) {
        for (int k = Math.max(0, at - span); k < at; k++) if (words.contains(t.get(k).norm())) return true;
        return false;
    }

    private static Mention first(List<Mention> ms, String actor) {
        for (Mention m : ms) if (m.actorId().equals(actor)) return m;
        return null;
    }

    private static final Set<String> CLAUSE_BREAKS = Words.of(";", "but", "while", "whereas", "although", "which", "who",
            "after", "before", "when", "because");

    /** A clause boundary word between two tokens: the state and the cue are then in different clauses. */
    private static boolean clauseBreak(int[] breaks, int x, int y) {
        return breaks[Math.max(x, y)] - breaks[Math.min(x, y) + 1] > 0;
    }

    /** An odd number of quotation marks before the token: it is inside a quotation. */
    private static boolean insideQuote(List<Token> t, int at) {
        int n = 0;
        for (int k = 0; k < at; k++) if (t.get(k).norm().equals("\"")) n++;
        return n % 2 == 1;
    }

    /** The state mention closest to the cue on one side, or null. */
    private static Mention nearest(List<Mention> ms, int at, boolean after) {
        Mention best = null;
        for (Mention m : ms) {
            if (after ? m.first() > at && (best == null || m.first() < best.first())
                    : m.last() < at && (best == null || m.last() > best.last())) best = m;
        }
        return best;
    }

    private static boolean inSentence(RelationRules.Analysis a, String actor) {
        return a != null && first(a.mentions(), actor) != null;
    }

    private static String bucket(int d) {
        return d <= 3 ? "0-3" : d <= 8 ? "4-8" : d <= 15 ? "9-15" : "16+";
    }
}
