package org.diplokg.extract;

import org.diplokg.ingest.SourceTable;
import org.diplokg.model.SourceDocument;

import org.diplokg.model.Actor;

import org.diplokg.model.Evidence;
import org.diplokg.model.Relation;
import org.diplokg.model.Topic;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Claim extractor: article text plus source metadata in, claims with verbatim evidence out. Rules make
 * most claims; a second reader ({@link PairReader}, weighed by a {@link PairModel}) adds those they miss.
 * Pipeline per article: split sentences (headings other than the title are ignored as page debris),
 * tokenise, find state mentions, apply {@link RelationRules}, then resolve with article context —
 * missing actors (speaker, "the junta"), missing targets (earlier claims, accusation being denied),
 * "took a similar step" coreference, and dates — and finally keep one row per claim key, the best quote.
 * Thread-safe: holds only immutable collaborators.
 */
public final class Extractor {

    private static final Set<String> SPEECH_AFTER = Words.of("said", "says", "announced", "stated", "declared",
            "added", "told", "confirmed", "insisted", "explained", "wrote", "tweeted", "posted");
    /** "The statement said ...": a document speaking for the state the article is about. */
    private static final Set<String> SPEAKER_NOUNS = Words.of("statement", "communique", "letter", "note",
            "declaration", "announcement");
    private static final Set<String> ADVERBS = Words.of("also", "firmly", "flatly", "strongly", "categorically",
            "vehemently", "swiftly", "quickly", "later", "again", "further", "then", "repeatedly", "immediately");

    /** "..., it rejected the charges": a subject pronoun right before the trigger verb (adverbs allowed). */
    private static boolean pronounSubject(List<Token> t, int trigger) {
        int k = trigger - 1;
        while (k >= 0 && ADVERBS.contains(t.get(k).norm())) k--;
        if (k < 0 || !RelationRules.PRONOUN_SUBJECTS.contains(t.get(k).norm())) return false;
        // "the MAK, which it blames": inside a relative clause "it" is a state of this sentence, not the last one.
        if (k == 0 || t.get(k - 1).norm().equals(",") || t.get(k - 1).norm().equals("and")) return true;
        // "In 2022 it severed ties", "On Monday it said": a time phrase opening the sentence, then the pronoun.
        Token last = t.get(k - 1);
        return k <= 6 && TIME_OPENERS.contains(t.get(0).norm())
                && (Character.isDigit(last.text().charAt(0)) || TIME_ENDS.contains(last.norm())
                || DateResolver.dayOrMonthName(last.norm()));
    }

    private static final Set<String> TIME_OPENERS = Words.of("in", "on", "last", "later", "earlier", "since", "by",
            "after", "within", "that", "the");
    /** Words that may end that time phrase besides weekdays and months ("Last year it", "Later that day it"). */
    private static final Set<String> TIME_ENDS = Words.of("year", "month", "week", "day", "weekend", "morning",
            "evening", "night", "later", "earlier");

    /** "the kingdom said", "the office said": nouns that stand for the state just named. */
    /**
     * "President Jose Raul Mulino said his government was suspending relations": an official the article never
     * tied to a state speaks for his government, the state the article was just talking about.
     */
    private static final Set<String> OFFICIALS_OWN = Words.of("his", "her");
    private static final Set<String> SALIENT_NOUNS = Words.of("kingdom", "republic", "office", "country", "palace");
    private static final Set<String> ANAPHORIC_NOUNS = Words.of("decision", "move", "announcement", "step", "measure",
            "severance", "rupture", "break", "statement", "accusation", "accusations");

    private final Gazetteer gazetteer;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateResolver dateResolver = new DateResolver();
    private final RelationRules rules = new RelationRules();
    private final AppraisalRules appraisals = new AppraisalRules();
    private final HarmRules harms = new HarmRules();
    private final PairReader pairReader = new PairReader(rules);
    private final TopicClassifier topics = new TopicClassifier();
    private final PairModel pairModel;

    /** @param gazetteer the actor table used to recognise states; the second reader uses the bundled model */
    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, PairModel.bundled());
    }

    /** @param pairModel weighs the second reader's candidates; {@link PairModel#NONE} leaves the rules alone */
    public Extractor(Gazetteer gazetteer, PairModel pairModel) {
        this.gazetteer = gazetteer;
        this.pairModel = pairModel;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Extracts every article ({@code *.txt}, read as UTF-8) of a folder, in file-name order.
     *
     * @throws org.diplokg.ingest.InputException for an article that is not UTF-8 or is over
     *         {@link org.diplokg.ingest.TextFiles#MAX_BYTES}
     * @param sourcesCsv the manifest; when missing, articles get no URL and no publication date
     */
    public List<ExtractedClaim> extractFolder(Path articlesDir, Path sourcesCsv) throws IOException {
        SourceTable manifest = SourceTable.forArticles(articlesDir, sourcesCsv);
        List<ExtractedClaim> out = new ArrayList<>();
        for (Path p : articleFiles(articlesDir)) {
            String name = p.getFileName().toString();
            // Strict and bounded: a binary or huge file is reported as file:line:column, not decoded into garbage.
            String text = org.diplokg.ingest.TextFiles.readUtf8(p);
            try {
                out.addAll(extract(text, manifest.document(name)));
            } catch (RuntimeException e) {
                // A fault in the rules on one text: say which, so it can be reported with the article that shows it.
                throw new IllegalStateException("extraction failed on " + p + ": " + e, e);
            }
        }
        return settleYears(out);
    }

    /** The {@code *.txt} files of a folder, in file-name order: the order articles are read in. */
    static List<Path> articleFiles(Path articlesDir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(articlesDir, "*.txt")) {
            for (Path p : ds) files.add(p);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /**
     * An undated article that says "on August 4" about an event other articles date fully (same pair of
     * states, same day and month) is read as talking about that event: it takes their year. With no
     * such match, or matches in different years, the date stays empty.
     */
    public static List<ExtractedClaim> settleYears(List<ExtractedClaim> claims) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        for (ExtractedClaim c : claims) {
            if (c.date() != null || c.dayWithoutYear() == null) {
                out.add(c);
                continue;
            }
            Set<Integer> years = new HashSet<>();
            for (ExtractedClaim o : claims) {
                if (o.date() == null || o.sourceFile().equals(c.sourceFile())) continue;
                boolean samePair = (o.actorId().equals(c.actorId()) && o.targetId().equals(c.targetId()))
                        || (o.actorId().equals(c.targetId()) && o.targetId().equals(c.actorId()));
                if (samePair && java.time.MonthDay.from(o.date()).equals(c.dayWithoutYear())) years.add(o.date().getYear());
            }
            out.add(years.size() == 1 ? c.withDate(c.dayWithoutYear().atYear(years.iterator().next())) : c);
        }
        return out;
    }

    /** A claim candidate placed in its sentence. */
    private record Found(Candidate c, Sentence s, int sentence) { }

    /** Per-article working state; one instance per {@link #extract} call, never shared. */
    private final class Article {
        final String text;
        final SourceDocument meta;
        final List<Found> found = new ArrayList<>();
        /** Denials whose speaker is known but whose accuser the article had not yet reported when they were read. */
        final List<Found> unanswered = new ArrayList<>();
        String focus;
        int lastClaimSentence = -1;
        List<RelationRules.Analysis> analyses;
        final Officials officials;
        List<Sentence> sentences;
        /** Per state: the last day the article gave for something it did, and in which sentence. */
        final Map<String, LocalDate> lastDate = new java.util.HashMap<>();
        final Map<String, Integer> lastDateSentence = new java.util.HashMap<>();
        /** Per sentence: its single resolved day, if it has exactly one. */
        final Map<Integer, LocalDate> sentenceDay = new java.util.HashMap<>();
        /** Per sentence, the kinds of date anchor phrase it has (see {@code anchorsOf}). */
        final Map<Integer, Integer> anchors = new java.util.HashMap<>();
        final Set<Integer> claimSentences = new HashSet<>();
        /** State of the official named in the previous sentence ("He said ..."), or null. */
        String lastOfficial;
        int lastOfficialSentence = -2;
        /** The single state that was the main-clause subject of a recent sentence, for "the ministry said". */
        String lastSubject;
        int lastSubjectSentence = -9;
        Integer fallbackYear;
        boolean fallbackYearKnown;
        final ActLedger acts;
        /** The second reader's proposals, and the states the article names most often. */
        final List<PairCandidate> pairs = new ArrayList<>();
        /** The date expressions of each sentence the second reader proposed claims in. */
        final Map<Integer, List<DateMention>> pairDates = new java.util.HashMap<>();
        /** "sentence|actor" -> the date the rules' anchors give a claim of that actor there (null: none). */
        final Map<String, LocalDate> pairAnchors = new java.util.HashMap<>();
        /** The date expressions of the sentence being read, and that sentence. */
        List<DateMention> dates;
        RelationRules.Analysis datesOf;
        List<String> mainStates = List.of();

        Article(String text, SourceDocument meta, RelationRules rules) {
            this.text = text;
            this.meta = meta;
            this.acts = new ActLedger(rules);
            this.officials = new Officials(gazetteer.leaders());
        }
    }

    /**
     * Extracts the claims of one article.
     *
     * @param text the article decoded as UTF-8; offsets in the result index into this string
     */
    public List<ExtractedClaim> extract(String text, SourceDocument meta) {
        return read(text, meta, pairModel != PairModel.NONE).claims();
    }

    /**
     * The claims of one article, and all the second reader's candidates with their features (also those
     * for claims the rules made), which is what {@link PairModelTrainer} learns from.
     */
    record Reading(List<ExtractedClaim> claims, List<PairCandidate> pairs) { }

    Reading read(String text, SourceDocument meta) {
        return read(text, meta, true);
    }

    /** @param secondReading whether to propose candidates at all; without a model they could only be dropped */
    private Reading read(String text, SourceDocument meta, boolean secondReading) {
        Article art = new Article(text, meta, rules);
        List<Sentence> sentences = splitter.split(text);
        String title = normTitle(meta.title());
        List<RelationRules.Analysis> analyses = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            boolean keep = !s.heading() || (!title.isEmpty() && normTitle(text.substring(s.start(), s.end())).equals(title));
            if (!keep) {
                analyses.add(null);
                continue;
            }
            List<Token> toks = tokenizer.tokenize(text, s.start(), s.end());
            int body = datelineEnd(toks);
            if (body > 0) toks = toks.subList(body, toks.size());
            analyses.add(new RelationRules.Analysis(toks, gazetteer.findMentions(toks)));
        }
        ArticleMentions.resolve(analyses);
        art.analyses = analyses;
        art.sentences = sentences;
        for (RelationRules.Analysis a : analyses) {
            if (a != null) art.officials.learn(a.toks(), a.mentions());
        }
        art.mainStates = mainStates(analyses);
        for (int si = 0; si < sentences.size(); si++) {
            RelationRules.Analysis a = analyses.get(si);
            if (a == null) continue;
            a = new RelationRules.Analysis(a.toks(), art.officials.withOfficials(a.toks(), a.mentions()));
            analyses.set(si, a);
            if (secondReading) readPairs(art, a, si);
            processSentence(art, a, sentences.get(si), si);
            art.acts.note(a, si);
            noteSubject(art, a, si);
            for (Mention m : a.mentions()) {
                if (m.kind() == Mention.Kind.OFFICIAL) {
                    art.lastOfficial = m.actorId();
                    art.lastOfficialSentence = si;
                }
            }
        }
        Map<String, Set<Integer>> made = madeIn(art);
        List<PairCandidate> pairs = PairReader.withArticleContext(art.pairs, made);
        acceptPairs(art, pairs, made.keySet());
        answerLate(art);
        addListPartners(art);
        return new Reading(merge(art), pairs);
    }

    /**
     * A denial read before the article reported the charge it answers ("Russia said it had nothing to do with the
     * attack" above "Britain blamed Moscow on Thursday"), or before the second reader found that charge: it answers
     * the nearest accusation against the denier before it, else the nearest after it.
     */
    private static void answerLate(Article art) {
        for (Found d : art.unanswered) {
            Found best = null;
            // "Malian authorities deny these allegations": a denial that points back answers a charge told just
            // before it (within two sentences), never one told later or paragraphs earlier.
            boolean pointsBack = pointsBack(art.analyses.get(d.sentence()).toks());
            for (Found f : art.found) {
                Candidate p = f.c();
                if (p.relation != Relation.ACCUSES || !p.targets.containsAll(d.c().actors) || p.actors.isEmpty()
                        || d.c().actors.containsAll(p.actors)) continue;
                boolean before = f.sentence() <= d.sentence();
                if (pointsBack && (!before || f.sentence() < d.sentence() - 2)) continue;
                if (best == null || before && (best.sentence() > d.sentence() || f.sentence() > best.sentence())
                        || !before && best.sentence() > d.sentence() && f.sentence() < best.sentence()) best = f;
            }
            if (best == null) continue;
            List<String> accusers = new ArrayList<>(best.c().actors);
            accusers.removeAll(d.c().actors);
            d.c().targets = accusers;
            d.c().answersTopic = best.c().topic;
            d.c().confidence = Math.min(d.c().confidence, 0.6);
            art.found.add(d);
        }
    }

    private static final Set<String> POINTERS = Words.of("these", "those", "this", "that", "such");

    /** "these allegations", "such accusations", "that charge": the sentence refers to a claim already told. */
    private static boolean pointsBack(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            String next = t.get(k + 1).norm();
            if (POINTERS.contains(t.get(k).norm()) && (RelationRules.ACCUSATION_NOUNS.contains(next)
                    || DenialRules.SOFT_CLAIM_NOUNS.contains(next))) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ second reader

    /**
     * Dates an accepted reading as the rules date a claim: the date expression nearest its cue, an offset
     * from the last dated claim before it, else the date of the same actor's dated claim in the sentence,
     * else the rules' anchors ("in the same statement") as they stood when the sentence was read.
     * Only accepted readings are dated, so the cost stays with the few that become claims.
     */
    private void datePair(Article art, RelationRules.Analysis a, PairCandidate p, Candidate c) {
        assignDates(a, List.of(c), art.pairDates.getOrDefault(p.sentence(), List.of()));
        if (c.dateMention != null && c.dateMention.kind() == DateMention.Kind.OFFSET) {
            LocalDate ref = null;
            for (Found f : art.found) if (f.sentence() < p.sentence() && f.c().date != null) ref = f.c().date;
            c.date = applyOffset(ref, c.dateMention);
        }
        if (c.dateFromText) return;
        for (Found f : art.found) {
            if (c.date == null && f.sentence() == p.sentence() && f.c().actors.contains(p.actorId()) && f.c().date != null
                    && !f.c().rule.equals("pair-model")) {
                c.date = f.c().date;
            }
        }
        if (c.date == null) c.date = art.pairAnchors.get(p.sentence() + "|" + p.actorId());
    }

    /** The two states named most often (by name, capital or demonym), most frequent first. */
    private static List<String> mainStates(List<RelationRules.Analysis> analyses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RelationRules.Analysis a : analyses) {
            if (a == null) continue;
            for (Mention m : a.mentions()) counts.merge(m.actorId(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((x, y) -> y.getValue() - x.getValue());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < 2; i++) out.add(sorted.get(i).getKey());
        return out;
    }

    /** Runs before the rules read the sentence, so the speaker is resolved with the same context they see. */
    private void readPairs(Article art, RelationRules.Analysis a, int si) {
        RelationRules.Analysis[] before = {si > 0 ? art.analyses.get(si - 1) : null, si > 1 ? art.analyses.get(si - 2) : null};
        List<PairCandidate> read = pairReader.read(a, si, at -> {
            Candidate probe = new Candidate(Relation.ACCUSES, at, "probe", List.of(), List.of(), 1);
            return fallbackActors(art, a, probe, si);
        }, before, art.mainStates);
        if (read.isEmpty()) return;
        art.pairs.addAll(read);
        List<DateMention> dms = dates(art, a);
        art.pairDates.put(si, dms);
        if (!dms.isEmpty()) return;
        // A sentence with no date of its own ("In the same statement, it said ...") is dated as the rules would
        // date a claim there, from what the article said before it; that context is gone once the article is read.
        for (PairCandidate p : read) {
            String key = si + "|" + p.actorId();
            if (art.pairAnchors.containsKey(key)) continue;
            Candidate probe = new Candidate(Relation.ACCUSES, p.trigger(), "pair-model", List.of(p.actorId()), List.of(), 1);
            anchorDate(art, a, art.sentences.get(si), si, probe);
            art.pairAnchors.put(key, probe.date);
        }
    }

    private static Set<String> madeKeys(Article art) {
        return new HashSet<>(madeIn(art).keySet());
    }

    /** The claim keys of the claims the rules made, each with the sentences that made it. */
    private static Map<String, Set<Integer>> madeIn(Article art) {
        Map<String, Set<Integer>> made = new HashMap<>();
        for (Found f : art.found) {
            for (String x : f.c().actors) {
                for (String y : f.c().targets) {
                    made.computeIfAbsent(PairCandidate.key(f.c().relation, x, y), k -> new HashSet<>(2)).add(f.sentence());
                }
            }
        }
        return made;
    }

    /**
     * For each claim the rules did not make, keeps the most probable candidate the model accepts, as a
     * claim of its sentence.
     */
    private void acceptPairs(Article art, List<PairCandidate> pairs, Set<String> made) {
        Map<String, PairCandidate> best = new LinkedHashMap<>();
        Map<String, Double> prob = new HashMap<>();
        for (PairCandidate p : pairs) {
            String key = p.key();
            if (made.contains(key)) continue;
            double pr = pairModel.probability(p.relation(), p.features());
            if (!pairModel.accepts(p.relation(), pr) || prob.getOrDefault(key, -1.0) >= pr) continue;
            best.put(key, p);
            prob.put(key, pr);
        }
        for (PairCandidate p : best.values()) {
            RelationRules.Analysis a = art.analyses.get(p.sentence());
            // Below every rule's confidence: the rules' own quote wins where both read a sentence.
            Candidate c = new Candidate(p.relation(), p.trigger(), "pair-model", List.of(p.actorId()),
                    List.of(p.targetId()), 0.5 * prob.get(p.key()));
            if (p.relation() == Relation.ACCUSES) c.topic = topics.classify(a.toks(), p.trigger());
            datePair(art, a, p, c);
            art.found.add(new Found(c, art.sentences.get(p.sentence()), p.sentence()));
        }
    }

    private static final Set<String> DASHES = Words.of("-", "--", "—", "–");

    /**
     * "RIYADH/DUBAI, Jan 4 (Gulf Wire) -", "Niamey, 26 August 2023 --", "PRISTINA/BELGRADE --": the dateline
     * names where and when the story was filed, not who acted or when. Returns the index of the first token
     * after it, or 0.
     */
    static int datelineEnd(List<Token> t) {
        int i = 0;
        boolean allCaps = true;
        int places = 0;
        // "NUKU'ALOFA, Nov 3 (Pacific Newswire) -": an apostrophe may join the parts of a place name.
        while (i < t.size() && i < 8 && (t.get(i).isWord() && t.get(i).cap() || t.get(i).norm().equals("/")
                || t.get(i).norm().equals("'") && i > 0 && i + 1 < t.size() && t.get(i + 1).allCaps() && t.get(i + 1).isWord())) {
            if (t.get(i).isWord()) {
                places++;
                allCaps &= t.get(i).allCaps() && t.get(i).text().length() > 1;
            }
            i++;
        }
        if (places == 0 || i >= t.size()) return 0;
        boolean dated = false;
        if (t.get(i).norm().equals(",")) {
            i++;
            while (i < t.size() && i < 16 && (t.get(i).isWord() || t.get(i).norm().equals(".") || t.get(i).norm().equals(","))) {
                dated = true;
                i++;
            }
        }
        if (i < t.size() && t.get(i).norm().equals("(")) {
            int close = i + 1;
            while (close < t.size() && close < i + 8 && !t.get(close).norm().equals(")")) close++;
            if (close >= t.size() || !t.get(close).norm().equals(")")) return 0;
            i = close + 1;
        }
        if (!(allCaps || dated) || i >= t.size() || !DASHES.contains(t.get(i).norm())) return 0;
        while (i < t.size() && DASHES.contains(t.get(i).norm())) i++;
        return i < t.size() ? i : 0;
    }

    /**
     * Date expressions of a sentence; the article-wide year is only looked for when a date lacks one. The
     * second reader and the rules both ask for the sentence being read: it is found once.
     */
    private List<DateMention> dates(Article art, RelationRules.Analysis a) {
        if (art.datesOf != a) {
            art.dates = withoutRelativeClauses(a.toks(), datesIn(art, a));
            art.datesOf = a;
        }
        return art.dates;
    }

    /**
     * "an order of the court, which last Friday instructed Venezuela ...": a day right after a relative
     * pronoun dates the relative clause's event, not the sentence's claim.
     */
    private static List<DateMention> withoutRelativeClauses(List<Token> t, List<DateMention> dms) {
        List<DateMention> out = null;
        for (int k = 0; k < dms.size(); k++) {
            DateMention d = dms.get(k);
            int b = d.first() - 1;
            if (b >= 0 && (t.get(b).norm().equals("last") || t.get(b).norm().equals("on"))) b--;
            boolean relative = b >= 0 && (t.get(b).norm().equals("which") || t.get(b).norm().equals("who"));
            if (relative && out == null) out = new ArrayList<>(dms.subList(0, k));
            else if (!relative && out != null) out.add(d);
        }
        return out == null ? dms : out;
    }

    private List<DateMention> datesIn(Article art, RelationRules.Analysis a) {
        List<DateMention> dms = withoutWeakToday(a.toks(), dateResolver.find(a.toks(), art.meta.published(), null));
        if (art.meta.published() != null) return dms;
        boolean yearless = false;
        for (DateMention d : dms) yearless |= d.date() == null && d.monthDay() != null;
        if (!yearless) return dms;
        if (!art.fallbackYearKnown) {
            art.fallbackYear = singleExplicitYear(art.analyses);
            art.fallbackYearKnown = true;
        }
        return art.fallbackYear == null ? dms : withoutWeakToday(a.toks(), dateResolver.find(a.toks(), null, art.fallbackYear));
    }

    /**
     * '"... as of today," the minister told reporters on Tuesday': a quoted "today" is the day of speaking,
     * which the sentence gives explicitly; the explicit day wins.
     */
    private static List<DateMention> withoutWeakToday(List<Token> t, List<DateMention> dms) {
        if (dms.size() < 2) return dms;
        boolean other = false;
        for (DateMention d : dms) {
            other |= !t.get(d.first()).norm().equals("today") && d.kind() != DateMention.Kind.VAGUE
                    && d.kind() != DateMention.Kind.OFFSET;
        }
        if (!other) return dms;
        List<DateMention> out = new ArrayList<>(dms.size());
        for (DateMention d : dms) if (!t.get(d.first()).norm().equals("today")) out.add(d);
        return out;
    }

    private static boolean mayBeAnaphoric(List<Token> t) {
        return t.size() >= 3 && ((t.get(0).norm().equals("the") || t.get(0).norm().equals("this"))
                && ANAPHORIC_NOUNS.contains(t.get(1).norm()) || announcesTheDecision(t));
    }

    private static final Set<String> ANNOUNCE = Words.of("announced", "confirmed", "unveiled", "disclosed", "revealed");

    /** "Foreign Minister Bourita announced the decision on Tuesday": a later sentence dating the claim. */
    private static boolean announcesTheDecision(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (ANNOUNCE.contains(t.get(i).norm()) && (t.get(i + 1).norm().equals("the") || t.get(i + 1).norm().equals("this")
                    || t.get(i + 1).norm().equals("its")) && ANAPHORIC_NOUNS.contains(t.get(i + 2).norm())) return true;
        }
        return false;
    }

    private Integer singleExplicitYear(List<RelationRules.Analysis> analyses) {
        Set<Integer> years = new HashSet<>();
        for (RelationRules.Analysis a : analyses) {
            if (a == null) continue;
            for (DateMention d : dateResolver.find(a.toks(), null, null)) {
                if (d.kind() == DateMention.Kind.ABSOLUTE && d.date() != null) years.add(d.date().getYear());
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    private void processSentence(Article art, RelationRules.Analysis a, Sentence s, int si) {
        List<Candidate> cands = rules.apply(a);
        cands.addAll(appraisals.apply(a, cands, art.acts, si));
        cands.addAll(harms.apply(a, cands));
        List<DateMention> dms = dates(art, a);
        LocalDate single = null;
        int resolved = 0;
        for (DateMention d : dms) {
            if (d.date() != null && d.kind() != DateMention.Kind.OFFSET) {
                if (!d.date().equals(single)) resolved++;
                single = d.date();
            }
        }
        if (resolved == 1) art.sentenceDay.put(si, single);
        if (cands.isEmpty()) {
            if (mayBeAnaphoric(a.toks())) anaphoricDate(art, a, dms, si);
            // "Algeria on Wednesday suspended the treaty": remember the day for "in its statement" later.
            if (resolved == 1) {
                for (String st : Clauses.mainSubject(a, a.toks().size())) {
                    art.lastDate.put(st, single);
                    art.lastDateSentence.put(st, si);
                }
            }
            return;
        }
        for (Candidate c : cands) {
            if (c.actors.isEmpty()) c.actors = fallbackActors(art, a, c, si);
        }
        assignDates(a, cands, dms);
        // Explicit claims first, then those that lean on them.
        for (Candidate c : cands) {
            if (c.relation == Relation.SEVERS && !c.similarStep && c.targets.isEmpty()) fillSeverTarget(art, a, c, cands);
        }
        for (Candidate c : cands) {
            if (c.relation == Relation.ACCUSES && c.hint == Candidate.TargetHint.GROUP) c.targets = group(art, a, c, si);
            if (c.relation == Relation.ACCUSES && c.targets.isEmpty()) fillAccuseTarget(art, a, c, cands);
        }
        for (Candidate c : cands) {
            if (c.dateMention != null && c.dateMention.kind() == DateMention.Kind.OFFSET && !c.similarStep) {
                LocalDate ref = referenceDate(art, cands, c, si);
                c.date = applyOffset(ref, c.dateMention);
            }
        }
        for (Candidate c : cands) {
            if (c.similarStep) resolveSimilar(art, cands, c, si);
        }
        for (Candidate c : cands) {
            if (c.relation == Relation.DENIES && c.targets.isEmpty()) linkDenial(art, a, c, cands);
        }
        for (Candidate c : cands) {
            if (c.date == null && !c.dateFromText && !c.noDate && !c.actors.isEmpty()) anchorDate(art, a, s, si, c);
        }
        // A claim with no date of its own shares the date of the same actor's dated claim in the sentence
        // ("Niger said Tuesday it was cutting ties ..., accusing Kyiv of ...").
        for (Candidate c : cands) {
            if (c.date != null || c.dateFromText || c.noDate) continue;
            for (Candidate o : cands) {
                if (o != c && (o.date != null || o.monthDay != null) && !o.similarStep && o.actors.equals(c.actors)) {
                    c.date = o.date;
                    c.monthDay = o.monthDay;
                    break;
                }
            }
        }
        Set<String> actorsHere = new LinkedHashSet<>();
        boolean any = false;
        for (Candidate c : cands) {
            if (c.relation == Relation.DENIES && !c.actors.isEmpty() && c.targets.isEmpty()) art.unanswered.add(new Found(c, s, si));
            if (c.actors.isEmpty() || c.targets.isEmpty()) continue;
            if (s.heading()) c.confidence *= 0.9;
            art.found.add(new Found(c, s, si));
            if (c.relation == Relation.SEVERS) art.acts.noteBreak(c.actors, c.targets, si);
            any = true;
            if (!c.noDate && !c.rule.equals("implied-by-denial")) actorsHere.addAll(c.actors);
        }
        for (Found f : art.found) {
            if (f.sentence() != si || f.c().date == null) continue;
            for (String st : f.c().actors) {
                art.lastDate.put(st, f.c().date);
                art.lastDateSentence.put(st, si);
            }
        }
        if (any) {
            art.claimSentences.add(si);
            art.focus = actorsHere.size() == 1 ? actorsHere.iterator().next() : null;
            art.lastClaimSentence = si;
            // "'We are cutting ties,' Foreign Minister Ramtane Lamamra told reporters": the speaker is that state's.
            if (actorsHere.size() == 1) art.officials.learnBare(a.toks(), a.mentions(), actorsHere.iterator().next());
        }
    }

    private static final Set<String> ANCHOR_WORDS = Words.of("conference", "statement", "announcement", "address", "letter",
            "remarks", "meeting", "session", "summit", "debate", "briefing", "interview", "speech", "communique",
            "post", "tweet", "declaration");
    private static final List<List<String>> ANCHORS = List.of(List.of("same", "news", "conference"),
            List.of("same", "press", "conference"), List.of("same", "statement"), List.of("in", "its", "statement"),
            List.of("same", "briefing"), List.of("same", "news", "briefing"), List.of("same", "press", "briefing"),
            List.of("same", "interview"), List.of("same", "speech"), List.of("same", "communique"),
            List.of("same", "post"), List.of("same", "tweet"), List.of("same", "declaration"), List.of("same", "letter"),
            List.of("the", "statement", "said"), List.of("the", "statement", "added"), List.of("at", "the", "news", "conference"),
            List.of("in", "its", "announcement"), List.of("in", "the", "same", "address"), List.of("in", "its", "letter"),
            List.of("the", "statement", "charged"), List.of("the", "statement", "accused"), List.of("same", "remarks"),
            List.of("same", "address"));
    /** Events several states attend: their day is that of the last dated claim, whoever made it. */
    private static final List<List<String>> SHARED_ANCHORS = List.of(List.of("the", "same", "meeting"),
            List.of("the", "same", "session"), List.of("at", "the", "meeting"), List.of("at", "the", "session"),
            List.of("the", "same", "summit"), List.of("the", "same", "debate"));

    /**
     * Dates a claim its sentence leaves undated, only where the article ties it to a dated act:
     * the restatement of a break already dated; "at the same news conference", "in its statement", "the
     * statement said" (the actor's last dated act); "X also ..." right after X's dated claim; and the day in
     * the short sentence just before in the same paragraph that names the actor ("Somalia followed on
     * Thursday. In a statement, the Somali ministry said ...").
     */
    private void anchorDate(Article art, RelationRules.Analysis a, Sentence s, int si, Candidate c) {
        List<Token> t = a.toks();
        if (c.relation == Relation.SEVERS && !c.similarStep) {
            for (Found f : art.found) {
                Candidate o = f.c();
                if (o.relation == Relation.SEVERS && o.date != null && o.actors.equals(c.actors) && o.targets.equals(c.targets)) {
                    c.date = o.date;
                    return;
                }
            }
        }
        String actor = c.actors.get(0);
        // Which anchors the sentence has depends on its words only; the second reader asks once per actor.
        int anchors = art.anchors.computeIfAbsent(si, k -> anchorsOf(t));
        boolean anchored = (anchors & OWN_ANCHOR) != 0;
        if (anchored && art.lastDate.containsKey(actor)) {
            c.date = art.lastDate.get(actor);
            return;
        }
        if ((anchors & SHARED_ANCHOR) != 0) {
            LocalDate last = art.lastDate.get(actor);
            if (last == null) last = lastDayBefore(art, si, si);
            if (last != null) {
                c.date = last;
                return;
            }
        }
        boolean also = false;
        for (int j = 0; j < c.trigger && j < t.size(); j++) also |= t.get(j).norm().equals("also");
        if (also && Integer.valueOf(si - 1).equals(art.lastDateSentence.get(actor))) {
            c.date = art.lastDate.get(actor);
            return;
        }
        if (si == 0 || art.claimSentences.contains(si - 1) || !art.sentenceDay.containsKey(si - 1)) return;
        RelationRules.Analysis prev = art.analyses.get(si - 1);
        Sentence ps = art.sentences.get(si - 1);
        if (prev == null || prev.toks().size() > 12 || art.text.substring(ps.end(), s.start()).contains("\n\n")) return;
        for (Mention m : prev.mentions()) {
            if (c.actors.contains(m.actorId())) {
                c.date = art.sentenceDay.get(si - 1);
                return;
            }
        }
    }

    /**
     * The day the article last gave before sentence {@code si}: that of a sentence naming a single day after
     * its latest dated claim ("Haley told the council on Monday ..."), looking back at most {@code reach}
     * sentences, else that claim's date, or null.
     */
    private static LocalDate lastDayBefore(Article art, int si, int reach) {
        LocalDate claimDate = null;
        int claimSentence = -1;
        for (int i = art.found.size() - 1; i >= 0; i--) {
            Found f = art.found.get(i);
            if (f.c().date != null && f.sentence() < si) {
                claimDate = f.c().date;
                claimSentence = f.sentence();
                break;
            }
        }
        for (int k = si - 1; k > claimSentence && k >= si - reach; k--) {
            LocalDate day = art.sentenceDay.get(k);
            if (day != null) return day;
        }
        return claimDate;
    }

    private static final int OWN_ANCHOR = 1;
    private static final int SHARED_ANCHOR = 2;

    /** {@link #OWN_ANCHOR} and {@link #SHARED_ANCHOR} as the sentence has an anchor phrase of that kind. */
    private static int anchorsOf(List<Token> t) {
        boolean anchorWord = false;
        for (Token k : t) anchorWord |= ANCHOR_WORDS.contains(k.norm());
        if (!anchorWord) return 0;
        int kinds = 0;
        for (List<String> phrase : ANCHORS) if (contains(t, phrase)) kinds |= OWN_ANCHOR;
        for (List<String> phrase : SHARED_ANCHORS) if (contains(t, phrase)) kinds |= SHARED_ANCHOR;
        return kinds;
    }

    private static boolean contains(List<Token> t, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= t.size(); i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!t.get(i + k).norm().equals(phrase.get(k))) continue outer;
            }
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ actors

    /**
     * Remembers the state a sentence is about when that state is the subject of its main clause near the
     * start ("The Georgian foreign ministry announced ..."): a later "the ministry said" or "it accused" is
     * most often the same speaker (subject continuity), whether or not the earlier sentence held a claim.
     */
    private void noteSubject(Article art, RelationRules.Analysis a, int si) {
        List<String> subject = Clauses.mainSubject(a, a.toks().size());
        if (subject.size() != 1) return;
        for (Mention m : a.mentions()) {
            if (!m.actorId().equals(subject.get(0))) continue;
            if (m.first() <= 8) {
                art.lastSubject = subject.get(0);
                art.lastSubjectSentence = si;
                // "Turkey recalled its ambassador ..., but President Tayyip Erdogan said": the title is that state's.
                if (m.first() == 0 && art.lastClaimSentence != si) art.officials.learnBare(a.toks(), a.mentions(), subject.get(0));
            }
            return;
        }
    }

    private static final Set<String> OPENERS = Words.of("at", "on", "in", "during", "later", "earlier", "then",
            "speaking", "after", "before", "addressing", "asked", "separately", "meanwhile");

    /**
     * "He said ...", and "At the same meeting he accused ...", "On Tuesday, she said ...": "he" or "she" is the
     * subject, after at most a short opening phrase that names no state, before the cue at {@code trigger}.
     */
    private static boolean leadingPronoun(RelationRules.Analysis a, int trigger) {
        List<Token> t = a.toks();
        if (t.isEmpty()) return false;
        int limit = Math.min(trigger, 9);
        for (int k = 0; k < limit && k < t.size(); k++) {
            String w = t.get(k).norm();
            if (!w.equals("he") && !w.equals("she")) continue;
            if (k > 0 && !OPENERS.contains(t.get(0).norm())) return false;
            for (Mention m : a.mentions()) if (m.first() < k) return false;
            return true;
        }
        return false;
    }

    private List<String> fallbackActors(Article art, RelationRules.Analysis a, Candidate c, int si) {
        List<Token> t = a.toks();
        // Speaker after the quotation: "..., Abdramane said." / "..., Mali's foreign ministry said."
        for (Mention m : a.mentions()) {
            if (m.first() <= c.trigger) continue;
            int j = m.last() + 1;
            if (j < t.size() && t.get(j).norm().equals("'s")) j++;
            for (int k = j; k < t.size() && k <= j + 3; k++) {
                if (SPEECH_AFTER.contains(t.get(k).norm())) {
                    if (m.kind() != Mention.Kind.DEMONYM || Clauses.institutionAfter(a, m)) {
                        c.confidence *= 0.85;
                        return new ArrayList<>(List.of(m.actorId()));
                    }
                }
            }
        }
        // "In Khartoum, a government spokesman dismissed ...": the city the sentence opens in is the speaker's
        // capital when no other state is named before the cue.
        if (t.size() > 3 && t.get(0).norm().equals("in") && !a.mentions().isEmpty()) {
            Mention place = a.mentions().get(0);
            int comma = place.last() + 1;
            // "In Managua on Friday, Vice President Rosario Murillo ...": a day may follow the city.
            if (comma + 2 < t.size() && t.get(comma).norm().equals("on") && DateResolver.dayOrMonthName(t.get(comma + 1).norm())) comma += 2;
            if (place.first() == 1 && place.kind() == Mention.Kind.CAPITAL && comma < t.size()
                    && t.get(comma).norm().equals(",")
                    && (a.mentions().size() == 1 || a.mentions().get(1).first() > c.trigger)) {
                c.confidence *= 0.8;
                return new ArrayList<>(List.of(place.actorId()));
            }
        }
        String first = t.isEmpty() ? "" : t.get(0).norm();
        // "He said ...": the official named in the sentence just before.
        // Or after a quotation: '"...," she said.'
        boolean pronounSpeaks = leadingPronoun(a, c.trigger) || HarmRules.pronounAfterQuote(t);
        if (pronounSpeaks && art.lastOfficial != null && art.lastOfficialSentence == si - 1) {
            c.confidence *= 0.8;
            return new ArrayList<>(List.of(art.lastOfficial));
        }
        // "the junta accused ...", "junta spokesman X said": the state the article tied that body to.
        for (int j = 0; j < c.trigger && j < t.size(); j++) {
            String body = Officials.DISTINCT_BODIES.contains(t.get(j).norm()) ? art.officials.body(t.get(j).norm()) : null;
            if (body != null) {
                c.confidence *= 0.8;
                return new ArrayList<>(List.of(body));
            }
        }
        // "Its foreign ministry ...", right after a sentence that opens with the state.
        if ((first.equals("its") || first.equals("it")) && si > 0 && art.analyses.get(si - 1) != null) {
            RelationRules.Analysis prev = art.analyses.get(si - 1);
            if (!prev.mentions().isEmpty() && prev.mentions().get(0).first() == 0 && !prev.mentions().get(0).possessive()
                    && prev.mentions().get(0).kind() != Mention.Kind.DEMONYM && art.lastClaimSentence != si - 1) {
                c.confidence *= 0.7;
                return new ArrayList<>(List.of(prev.mentions().get(0).actorId()));
            }
        }
        // "The junta said ...", "the ministry announced": the state the article was just talking about,
        // either as the single actor of the last claim or as the subject of a sentence just before.
        boolean recentSubject = art.lastSubject != null && art.lastSubjectSentence >= si - 2
                && art.lastSubjectSentence > art.lastClaimSentence;
        String salient = recentSubject ? art.lastSubject : art.focus;
        if (salient != null) {
            boolean institutional = false;
            for (int j = 1; j < c.trigger && j < t.size(); j++) {
                String w = t.get(j).norm();
                String prev = t.get(j - 1).norm();
                if ((RelationRules.INSTITUTIONS.contains(w) || SPEAKER_NOUNS.contains(w) || SALIENT_NOUNS.contains(w))
                        && (prev.equals("the") || prev.equals("its") || OFFICIALS_OWN.contains(prev))) institutional = true;
            }
            boolean pronoun = RelationRules.PRONOUN_SUBJECTS.contains(first) || pronounSubject(t, c.trigger);
            boolean justBefore = recentSubject || art.lastClaimSentence >= si - 1;
            if (institutional || first.equals("it") || first.equals("they") || (justBefore && pronoun)) {
                c.confidence *= 0.7;
                return new ArrayList<>(List.of(salient));
            }
        }
        // "Stagno rejected Taipei's suggestion that ...": a speaker the article never tied to a state, denying a
        // named accuser's charge, speaks for the one state that accuser charged.
        if (c.relation == Relation.DENIES && c.targets.size() == 1) {
            String charged = null;
            for (Found f : art.found) {
                Candidate p = f.c();
                if (p.relation != Relation.ACCUSES || !p.actors.contains(c.targets.get(0))) continue;
                for (String x : p.targets) {
                    if (x.equals(c.targets.get(0))) continue;
                    if (charged != null && !charged.equals(x)) return new ArrayList<>();
                    charged = x;
                }
            }
            if (charged != null) {
                c.confidence *= 0.7;
                return new ArrayList<>(List.of(charged));
            }
        }
        return new ArrayList<>();
    }

    // ------------------------------------------------------------------ targets

    private void fillSeverTarget(Article art, RelationRules.Analysis a, Candidate c, List<Candidate> cands) {
        if (c.actors.isEmpty()) return;
        // The same state's earlier severance in this article names the partner ("Mali will cut ties immediately").
        for (int i = art.found.size() - 1; i >= 0; i--) {
            Candidate p = art.found.get(i).c();
            if (p.relation == Relation.SEVERS && p.actors.containsAll(c.actors) && !p.targets.isEmpty()) {
                c.targets = new ArrayList<>(p.targets);
                c.confidence = Math.min(c.confidence, 0.7);
                return;
            }
        }
        // "Nauru was severing relations with Taipei. ... Taipei was ending ties first": the state that broke with
        // this one is the partner of its own break.
        for (int i = art.found.size() - 1; i >= 0; i--) {
            Candidate p = art.found.get(i).c();
            if (p.relation == Relation.SEVERS && p.targets.containsAll(c.actors) && !p.actors.isEmpty()
                    && !p.actors.containsAll(c.actors)) {
                c.targets = new ArrayList<>(p.actors);
                c.confidence = Math.min(c.confidence, 0.7);
                return;
            }
        }
        // "after the Dominican Republic, which switched recognition to Beijing, and Burkina Faso, which broke off
        // ties": another break in the same sentence names the partner the listed states share.
        for (Candidate o : cands) {
            if (o != c && !receivesSwitch(a, c.actors) && o.relation == Relation.SEVERS && !o.similarStep && o.targets.size() == 1
                    && !c.actors.contains(o.targets.get(0)) && !o.actors.equals(c.actors)) {
                c.targets = new ArrayList<>(o.targets);
                c.confidence = Math.min(c.confidence, 0.6);
                return;
            }
        }
        // "They join Saudi Arabia, which cut ties on Sunday": the partner the article's breaks are with,
        // when the sentence names it or names no other candidate.
        String latest = null;
        for (int i = art.found.size() - 1; i >= 0 && latest == null; i--) {
            Candidate p = art.found.get(i).c();
            if (p.relation == Relation.SEVERS && p.targets.size() == 1 && !c.actors.contains(p.targets.get(0))) {
                latest = p.targets.get(0);
            }
        }
        String other = uniqueOther(a, c.actors);
        // "alongside Bolivia, which cut ties in October, and Colombia, which did so in May": a state with a
        // relative clause of its own is another actor in the list, not the partner.
        if (other != null && headsRelativeClause(a, other)) other = null;
        boolean latestNamed = false;
        for (Mention m : a.mentions()) latestNamed |= m.actorId().equals(latest);
        if (latest != null && (latestNamed || other == null)) {
            c.targets = new ArrayList<>(List.of(latest));
            c.confidence = Math.min(c.confidence, 0.6);
            return;
        }
        if (other != null) {
            c.targets = new ArrayList<>(List.of(other));
            c.confidence = Math.min(c.confidence, 0.6);
        }
    }

    /** "Senegal switched recognition to Beijing ... from which China had suspended relations": China is no sibling. */
    private static boolean receivesSwitch(RelationRules.Analysis a, List<String> actors) {
        for (Mention m : a.mentions()) {
            if (actors.contains(m.actorId()) && m.first() > 0 && a.toks().get(m.first() - 1).norm().equals("to")) return true;
        }
        return false;
    }

    private static boolean headsRelativeClause(RelationRules.Analysis a, String state) {
        List<Token> t = a.toks();
        for (Mention m : a.mentions()) {
            int k = m.last() + 1;
            if (m.actorId().equals(state) && k + 1 < t.size() && t.get(k).norm().equals(",")
                    && (t.get(k + 1).norm().equals("which") || t.get(k + 1).norm().equals("who"))) return true;
        }
        return false;
    }

    private static final Set<String> LIST_GLUE = Words.of(",", "and", "the", "&");

    /**
     * "Ireland, Norway and Spain announced ... Israel accused the three governments": the nearest list of
     * exactly as many states as the group counts (this sentence before the cue, then up to two back), or a
     * sentence that names exactly that many. None when there is neither: a wrong member is worse than a
     * missed claim.
     */
    private static List<String> group(Article art, RelationRules.Analysis a, Candidate c, int si) {
        for (int s = si; s >= Math.max(0, si - 2); s--) {
            RelationRules.Analysis b = s == si ? a : art.analyses.get(s);
            if (b == null) continue;
            List<String> found = null;
            List<String> run = new ArrayList<>();
            LinkedHashSet<String> all = new LinkedHashSet<>();
            Mention prev = null;
            for (Mention m : b.mentions()) {
                if (s == si && m.first() >= c.trigger) break;
                if (m.kind() == Mention.Kind.PERSON || c.actors.contains(m.actorId())) continue;
                all.add(m.actorId());
                if (prev == null || !onlyGlueBetween(b.toks(), prev.last() + 1, m.first())) {
                    if (run.size() == c.groupSize) found = run;
                    run = new ArrayList<>();
                }
                if (!run.contains(m.actorId())) run.add(m.actorId());
                prev = m;
            }
            if (run.size() == c.groupSize) found = run;
            if (found != null) return found;
            // No list, but the sentence names just that many states: "Sogavare joined Vanuatu in ...".
            if (all.size() == c.groupSize) return new ArrayList<>(all);
        }
        return new ArrayList<>();
    }

    private static boolean onlyGlueBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) if (!LIST_GLUE.contains(t.get(k).norm())) return false;
        return true;
    }

    private void fillAccuseTarget(Article art, RelationRules.Analysis a, Candidate c, List<Candidate> cands) {
        if (c.actors.isEmpty()) return;
        // "cut ties with Qatar, accusing it of ...": the target of the same actor's claim in the sentence.
        for (Candidate o : cands) {
            if (o != c && !o.targets.isEmpty() && o.relation == Relation.SEVERS && o.actors.containsAll(c.actors)) {
                c.targets = new ArrayList<>(o.targets);
                return;
            }
        }
        if (c.hint == Candidate.TargetHint.BODY) {
            String state = art.officials.body(c.body);
            if (state != null && !c.actors.contains(state)) c.targets = new ArrayList<>(List.of(state));
            return;
        }
        if (c.hint == Candidate.TargetHint.PRONOUN) {
            for (int i = art.found.size() - 1; i >= 0; i--) {
                Candidate p = art.found.get(i).c();
                if (p.relation != Relation.DENIES && p.actors.containsAll(c.actors) && !p.targets.isEmpty()) {
                    c.targets = new ArrayList<>(p.targets);
                    c.confidence *= 0.8;
                    return;
                }
            }
        }
        String other = uniqueOther(a, c.actors);
        if (other == null && c.hint == Candidate.TargetHint.PRONOUN) other = peopleJustBefore(a, c);
        if (other != null) {
            c.targets = new ArrayList<>(List.of(other));
            c.confidence = Math.min(c.confidence, 0.6);
        }
    }

    private static final Set<String> PEOPLE = Words.of("diplomats", "officials", "nationals", "citizens", "agents",
            "envoys", "soldiers", "troops", "spies", "officers");

    /** "expelled three Russian diplomats, accusing them of ...": the people named just before the pronoun. */
    private static String peopleJustBefore(RelationRules.Analysis a, Candidate c) {
        List<Token> t = a.toks();
        Mention last = null;
        for (Mention m : a.mentions()) if (m.last() < c.trigger && !c.actors.contains(m.actorId())) last = m;
        if (last == null || last.kind() != Mention.Kind.DEMONYM || c.trigger - last.last() > 4) return null;
        for (int k = last.last() + 1; k < c.trigger; k++) if (PEOPLE.contains(t.get(k).norm())) return last.actorId();
        return null;
    }

    private void linkDenial(Article art, RelationRules.Analysis a, Candidate c, List<Candidate> cands) {
        if (c.actors.isEmpty()) return;
        // "..., which Kiev denies": answered by the claim in this very sentence that targets the denier.
        for (Candidate o : cands) {
            if (o != c && o.relation != Relation.DENIES && !o.targets.isEmpty() && o.targets.containsAll(c.actors)
                    && !o.actors.isEmpty()) {
                c.targets = new ArrayList<>(o.actors);
                c.answersTopic = o.topic;
                c.confidence = 0.8;
                return;
            }
        }
        // "Russia's ambassador in Washington dismissed the charges": a denier speaking in an accuser's capital answers it.
        for (Mention m : a.mentions()) {
            if (m.first() >= c.trigger || m.kind() != Mention.Kind.CAPITAL || m.first() == 0
                    || !a.toks().get(m.first() - 1).norm().equals("in") || c.actors.contains(m.actorId())) continue;
            for (Found f : art.found) {
                Candidate p = f.c();
                if (p.relation == Relation.ACCUSES && p.actors.contains(m.actorId()) && p.targets.containsAll(c.actors)) {
                    c.targets = new ArrayList<>(List.of(m.actorId()));
                    c.answersTopic = p.topic;
                    c.confidence = 0.7;
                    return;
                }
            }
        }
        // Otherwise the most recent accusation against the denier that the article reports.
        for (int i = art.found.size() - 1; i >= 0; i--) {
            Found f = art.found.get(i);
            Candidate p = f.c();
            if (p.relation == Relation.ACCUSES && p.targets.containsAll(c.actors)) {
                LinkedHashSet<String> accusers = new LinkedHashSet<>();
                // "the Western claims were a big lie": every accuser of the last few sentences, not only the last.
                int from = pluralCharge(a) ? f.sentence() - 3 : f.sentence();
                for (Found g : art.found) {
                    if (g.sentence() >= from && g.sentence() <= f.sentence() && g.c().relation == Relation.ACCUSES && g.c().targets.containsAll(c.actors)) {
                        accusers.addAll(g.c().actors);
                    }
                }
                accusers.removeAll(c.actors);
                c.targets = new ArrayList<>(accusers);
                c.answersTopic = p.topic;
                c.confidence = 0.7;
                return;
            }
        }
        if (c.hint == Candidate.TargetHint.ANSWERED_ONLY) return;
        String other = uniqueOther(a, c.actors, true);
        if (other != null) {
            c.targets = new ArrayList<>(List.of(other));
            c.confidence = 0.5;
        }
    }

    /** "rejected the allegations", "the claims were a lie": the denial answers more than one charge. */
    private static boolean pluralCharge(RelationRules.Analysis a) {
        for (Token k : a.toks()) {
            if (k.norm().endsWith("s") && RelationRules.ACCUSATION_NOUNS.contains(k.norm())) return true;
        }
        return false;
    }

    /** The single state other than {@code actors} named in the sentence, or null if none or several. */
    private static String uniqueOther(RelationRules.Analysis a, List<String> actors) {
        return uniqueOther(a, actors, false);
    }

    /**
     * @param sideOfActor skip states listed with an actor: a denier's co-accused ("linked Madrid and Washington
     *                    to a plot") is not who accused it
     */
    private static String uniqueOther(RelationRules.Analysis a, List<String> actors, boolean sideOfActor) {
        String found = null;
        List<Mention> ms = a.mentions();
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.kind() == Mention.Kind.PERSON || actors.contains(m.actorId())) continue;
            if (sideOfActor && listedWithActor(a.toks(), ms, k, actors)) continue;
            if (found != null && !found.equals(m.actorId())) return null;
            found = m.actorId();
        }
        return found;
    }

    private static boolean listedWithActor(List<Token> t, List<Mention> ms, int k, List<String> actors) {
        Mention m = ms.get(k);
        if (k > 0 && actors.contains(ms.get(k - 1).actorId()) && onlyGlueBetween(t, ms.get(k - 1).last() + 1, m.first())) return true;
        return k + 1 < ms.size() && actors.contains(ms.get(k + 1).actorId()) && onlyGlueBetween(t, m.last() + 1, ms.get(k + 1).first());
    }

    /** "Mali took a similar step": same relation and target as the antecedent severance. */
    private void resolveSimilar(Article art, List<Candidate> cands, Candidate c, int si) {
        Candidate ante = null;
        for (Candidate o : cands) {
            if (o != c && o.relation == Relation.SEVERS && !o.similarStep && !o.targets.isEmpty()) {
                ante = o;
                break;
            }
        }
        if (ante == null && c.leader != null) {
            for (int i = art.found.size() - 1; i >= 0 && ante == null; i--) {
                Candidate p = art.found.get(i).c();
                if (p.relation == Relation.SEVERS && !p.targets.isEmpty() && p.actors.contains(c.leader)) ante = p;
            }
        }
        if (ante == null) {
            for (int i = art.found.size() - 1; i >= 0; i--) {
                Candidate p = art.found.get(i).c();
                if (c.rule.equals("same-switch") && !p.rule.equals("switch-recognition")) continue;
                if (p.relation == Relation.SEVERS && !p.targets.isEmpty()) {
                    // A bare "X followed" leans on a break told just before, not on one paragraphs away.
                    if (c.rule.equals("followed") && art.found.get(i).sentence() < si - 3) break;
                    ante = c.rule.equals("same-switch") ? p : answeredBreak(art, i, p);
                    break;
                }
            }
        }
        // A step named with its partner ("Beijing took the same step against Senegal") keeps it, and may be the
        // earlier breaker's own, with or without an earlier break; the rest take the earlier break's partner and
        // are other states than its own.
        boolean named = !c.targets.isEmpty();
        if (ante == null && !named) return;
        if (ante != null) {
            List<String> tg = new ArrayList<>(named ? c.targets : ante.targets);
            tg.removeAll(c.actors);
            List<String> actors = new ArrayList<>(c.actors);
            if (!named) actors.removeAll(ante.actors);
            c.actors = actors;
            c.targets = tg;
        }
        if (c.dateMention == null) return;
        if (c.dateMention.kind() != DateMention.Kind.OFFSET) c.date = c.dateMention.date();
        else if (ante != null) c.date = applyOffset(knownDate(art, ante), c.dateMention);
    }

    /**
     * "The Dominican Republic did so on May 1; Taiwan terminated ties with Santo Domingo the same day. Burkina Faso
     * followed": a break that answers an earlier one in reverse is not what the next state follows; the break it
     * answers is.
     */
    private static Candidate answeredBreak(Article art, int at, Candidate p) {
        for (int i = at - 1; i >= 0; i--) {
            Candidate q = art.found.get(i).c();
            if (q.relation == Relation.SEVERS && !q.actors.isEmpty() && q.actors.containsAll(p.targets)
                    && q.targets.containsAll(p.actors)) return q;
        }
        return p;
    }

    // ------------------------------------------------------------------ dates

    /** Gives each date expression to the nearest trigger, then each claim its nearest expression. */
    private static void assignDates(RelationRules.Analysis a, List<Candidate> cands, List<DateMention> dms) {
        List<Token> t = a.toks();
        boolean dayGiven = false;
        for (DateMention d : dms) dayGiven |= d.kind() == DateMention.Kind.ABSOLUTE || d.kind() == DateMention.Kind.RELATIVE;
        for (DateMention d : dms) {
            if (dayGiven && eventOffset(a, d) || eventsOwnDate(t, d)) continue;
            Candidate best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Candidate c : cands) {
                if (c.noDate || c.rule.equals("severs-over-allegation")) continue;
                int dist = d.first() > c.trigger ? d.first() - c.trigger : c.trigger - d.last();
                // "broke off relations with Israel on October 31 last year, and Belize suspended its ties": a date
                // belongs to its own side of a comma when a trigger there can take it.
                if (commaBetween(t, Math.min(d.first(), c.trigger), Math.max(d.last(), c.trigger))) dist += 8;
                if (dist < bestDist) {
                    bestDist = dist;
                    best = c;
                }
            }
            if (best == null) continue;
            int cur = best.dateMention == null ? Integer.MAX_VALUE
                    : Math.abs(best.dateMention.first() - best.trigger);
            if (Math.abs(d.first() - best.trigger) < cur) {
                // Claims read off one trigger ("X and Y blamed each other on Tuesday") share its date.
                for (Candidate c : cands) {
                    if (c.trigger == best.trigger && !c.noDate && !c.rule.equals("severs-over-allegation")) c.dateMention = d;
                }
            }
        }
        // "cut ties with Qatar on Monday, accusing it of ...": a participle after a comma shares its host clause's day.
        // A month alone further on ("since the election in January last year") does not outweigh that day.
        for (Candidate c : cands) {
            boolean dayless = c.dateMention == null || c.dateMention.kind() == DateMention.Kind.VAGUE;
            if (!dayless || c.noDate || c.trigger < 1 || !t.get(c.trigger - 1).norm().equals(",")
                    || !t.get(c.trigger).norm().endsWith("ing")) continue;
            Candidate host = null;
            for (Candidate o : cands) {
                if (o.trigger < c.trigger && o.dateMention != null && o.dateMention.last() < c.trigger
                        && (host == null || o.trigger > host.trigger)) host = o;
            }
            if (host != null && (c.dateMention == null || host.dateMention.kind() != DateMention.Kind.VAGUE)) {
                c.dateMention = host.dateMention;
            }
        }
        for (Candidate c : cands) {
            if (c.dateMention == null) continue;
            c.dateFromText = true;
            if (c.dateMention.kind() != DateMention.Kind.OFFSET) {
                c.date = c.dateMention.date();
                if (c.date == null) c.monthDay = c.dateMention.monthDay();
            }
        }
    }

    /** Nouns of time before "of" whose day is the claim's own: "on the morning of 4 August". */
    private static final Set<String> TIME_BEFORE_OF = Words.of("morning", "afternoon", "evening", "night", "day",
            "week", "weekend", "end", "dawn");

    /** "the abortive coup of September 30, 1965": the day names the event the noun is, not the claim's day. */
    private static boolean eventsOwnDate(List<Token> t, DateMention d) {
        int b = d.first() - 1;
        // "in the summer of 2022" gives no day either way, and still keeps a claim from borrowing one.
        if (d.kind() == DateMention.Kind.VAGUE || b < 2 || !t.get(b).norm().equals("of")) return false;
        Token noun = t.get(b - 1);
        return noun.isWord() && !noun.cap() && !TIME_BEFORE_OF.contains(noun.norm());
    }

    private static boolean commaBetween(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to && k < t.size(); k++) if (t.get(k).norm().equals(",")) return true;
        return false;
    }

    /**
     * "On 15 November, three days after taking office, the government broke off relations": an offset from what
     * the subject itself did (a gerund after "after") dates nothing the article reports as a claim, so the
     * sentence's own day is the claim's. "two days after the West African country said ..." stays an offset.
     */
    private static boolean eventOffset(RelationRules.Analysis a, DateMention d) {
        if (d.kind() != DateMention.Kind.OFFSET || !d.inverse() || d.last() + 1 >= a.toks().size()) return false;
        Token next = a.toks().get(d.last() + 1);
        return next.isWord() && !next.cap() && next.norm().endsWith("ing");
    }

    private static LocalDate applyOffset(LocalDate ref, DateMention d) {
        if (ref == null) return null;
        return d.inverse() ? ref.minusDays(d.offsetDays()) : ref.plusDays(d.offsetDays());
    }

    /** The reference for "two days earlier": another dated claim in the sentence, else the last dated one. */
    private LocalDate referenceDate(Article art, List<Candidate> cands, Candidate c, int si) {
        for (Candidate o : cands) {
            if (o != c && o.date != null) return o.date;
        }
        // "The dispute escalated on May 22, when ... Israel accused them the same day": a sentence that gives a
        // single day after the last dated claim is the nearer reference, claim or not, if it is close.
        return lastDayBefore(art, si, 2);
    }

    /** A claim's date, or the date the article gives elsewhere for the same claim. */
    private LocalDate knownDate(Article art, Candidate c) {
        if (c.date != null) return c.date;
        for (Found f : art.found) {
            Candidate o = f.c();
            if (o.relation == c.relation && o.date != null && o.actors.equals(c.actors) && o.targets.equals(c.targets)) return o.date;
        }
        return null;
    }

    /** "The decision ... was announced on 6 August 2024": dates the previous sentence's claims. */
    private void anaphoricDate(Article art, RelationRules.Analysis a, List<DateMention> dms, int si) {
        List<Token> t = a.toks();
        if (t.size() < 3 || art.lastClaimSentence != si - 1 && art.lastClaimSentence != si - 2) return;
        String w0 = t.get(0).norm();
        String w1 = t.get(1).norm();
        boolean anaphoric = (w0.equals("the") || w0.equals("this")) && ANAPHORIC_NOUNS.contains(w1);
        if (!anaphoric && !announcesTheDecision(t)) return;
        // The announcer, when named, must be the one who made the claims.
        List<String> subject = Clauses.mainSubject(a, t.size());
        LocalDate d = null;
        for (DateMention dm : dms) {
            if (dm.kind() == DateMention.Kind.OFFSET || dm.kind() == DateMention.Kind.VAGUE) return;
            if (d != null && dm.date() != null && !d.equals(dm.date())) return;
            if (dm.date() != null) d = dm.date();
        }
        if (d == null) return;
        for (Found f : art.found) {
            Candidate c = f.c();
            if (f.sentence() == art.lastClaimSentence && c.date == null && !c.dateFromText && !c.noDate
                    && (subject.isEmpty() || c.actors.containsAll(subject))) c.date = d;
        }
    }

    /**
     * "accusing Denmark, the Netherlands and Britain of harbouring ...": a claim whose target stands in a
     * list of states is made against every member, with the same actor, sentence, date and topic. Breaks are
     * left to the rules, which read their lists themselves.
     */
    private void addListPartners(Article art) {
        Set<String> made = madeKeys(art);
        for (Found f : List.copyOf(art.found)) {
            Candidate c = f.c();
            if (c.relation == Relation.SEVERS) continue;
            RelationRules.Analysis a = art.analyses.get(f.sentence());
            for (String target : c.targets) {
                for (String partner : Coordination.partners(a.toks(), a.mentions(), target, c.trigger)) {
                    if (c.actors.contains(partner)) continue;
                    List<String> actors = new ArrayList<>();
                    for (String actor : c.actors) {
                        if (made.add(PairCandidate.key(c.relation, actor, partner))) actors.add(actor);
                    }
                    if (actors.isEmpty()) continue;
                    Candidate p = c.copyFor("list-partner", actors, List.of(partner), 0.9 * c.confidence);
                    art.found.add(new Found(p, f.s(), f.sentence()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ output

    private List<ExtractedClaim> merge(Article art) {
        Map<String, List<ExtractedClaim>> byKey = new LinkedHashMap<>();
        for (Found f : art.found) {
            Candidate c = f.c();
            // The graph keeps short extracts only: a longer sentence is cut to its first 500 characters,
            // still verbatim at its offsets.
            int quoteEnd = Math.min(f.s().end(), f.s().start() + Evidence.MAX_QUOTE_LENGTH);
            String quote = art.text.substring(f.s().start(), quoteEnd);
            for (String actorId : new LinkedHashSet<>(c.actors)) {
                for (String targetId : new LinkedHashSet<>(c.targets)) {
                    if (actorId.equals(targetId)) continue;
                    String aq = gazetteer.byId(actorId).map(Actor::wikidata).orElse("");
                    String tq = gazetteer.byId(targetId).map(Actor::wikidata).orElse("");
                    ExtractedClaim ec = new ExtractedClaim(art.meta.file(), art.meta.url(), c.relation, actorId, aq,
                            targetId, tq, c.date, c.relation == Relation.ACCUSES ? c.topic : null,
                            c.relation == Relation.DENIES ? c.answersTopic : null, quote, f.s().start(), quoteEnd,
                            round(c.confidence), c.rule, c.date == null ? c.monthDay : null);
                    String key = c.relation + "|" + actorId + "|" + targetId;
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(ec);
                }
            }
        }
        List<ExtractedClaim> out = new ArrayList<>();
        for (List<ExtractedClaim> group : byKey.values()) {
            ExtractedClaim best = group.get(0);
            for (ExtractedClaim e : group) {
                // Equal confidence: the sentence that also dates the claim is the better evidence.
                if (e.confidence() > best.confidence()
                        || (e.confidence() == best.confidence() && best.date() == null && e.date() != null)) best = e;
            }
            LocalDate date = best.date();
            Topic topic = best.topic();
            Topic answers = best.answersTopic();
            java.time.MonthDay md = best.dayWithoutYear();
            double dateConf = -1;
            for (ExtractedClaim e : group) {
                if (date == null && e.date() != null && e.confidence() > dateConf) {
                    dateConf = e.confidence();
                    date = e.date();
                }
            }
            for (ExtractedClaim e : group) {
                if (md == null) md = e.dayWithoutYear();
            }
            for (ExtractedClaim e : group) {
                if (topic == null) topic = e.topic();
                if (answers == null) answers = e.answersTopic();
            }
            // Support from several sentences makes a claim more certain.
            double conf = Math.min(0.99, best.confidence() + 0.02 * (group.size() - 1));
            out.add(new ExtractedClaim(best.sourceFile(), best.sourceUrl(), best.relation(), best.actorId(),
                    best.actorQid(), best.targetId(), best.targetQid(), date, topic, answers, best.quote(),
                    best.start(), best.end(), round(conf), best.rule(), date == null ? md : null));
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static String normTitle(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) sb.append(' ');
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
