package org.diplokg.extract;

import org.diplokg.ingest.ActorTable;
import org.diplokg.model.Actor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor table and a token trie over every name, alias, capital and demonym, for longest-match
 * lookup of state mentions in tokenised text. Immutable once built; build one per actor file.
 */
public final class Gazetteer {

    /** Single-word names that are also common given names or US states: need context. */
    private static final Set<String> AMBIGUOUS_NAMES = Words.of("jordan", "chad", "georgia", "dominica");
    /** Capitals that are also people, US places or ordinary words. */
    private static final Set<String> AMBIGUOUS_CAPITALS = Words.of("victoria", "kingston", "santiago",
            "georgetown", "male", "lima", "nassau", "hamilton", "stanley", "jamestown", "la paz", "san jose",
            "sucre", "wellington", "roseau", "castries", "kingstown");
    /**
     * Capitals that world news uses for their government far more than for anything else, and whose other
     * senses come with a capitalised neighbour ("George Washington", "the Washington Post") or "state".
     */
    private static final Set<String> MOSTLY_METONYM_CAPITALS = Words.of("washington");
    /** Capitalised words that may precede a country name at the start of a sentence or in a title. */
    private static final Set<String> NOT_GIVEN_NAMES = Words.of("the", "in", "on", "at", "and", "but", "for", "with",
            "from", "by", "as", "while", "when", "after", "before", "yesterday", "today", "meanwhile", "also", "then",
            "neighbouring", "neighboring", "northern", "southern", "eastern", "western", "king", "queen", "kingdom",
            "both", "says", "said", "to", "of", "between", "against", "or", "why", "how", "what", "where");
    /** Verbs after which an ambiguous capital is read as a government ("Washington said"). */
    private static final Set<String> METONYM_VERBS = Words.of("said", "says", "announced", "accused", "accuses",
            "denied", "denies", "rejected", "rejects", "cut", "cuts", "severed", "severs", "has", "had", "have",
            "will", "would", "blamed", "recalled", "broke", "'s", "switched", "suspended", "ended", "dismissed",
            "condemned", "expelled", "responded", "insisted", "insists", "warned", "was", "is");
    /** Words that may stand between a capital and its verb: "Washington itself broke off ...". */
    private static final Set<String> METONYM_GAP = Words.of("itself", "also", "too", "then", "later", "quickly", "swiftly",
            "immediately", "formally", "officially", "first", "finally", "promptly", "again", "subsequently");

    private record Entry(String actorId, Mention.Kind kind, boolean exactCase, String surface) { }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Entry> entries;
    }

    private final Map<String, Actor> byId;
    private final Map<String, Actor> byQid = new HashMap<>();
    private final Map<String, Actor> byLabel = new HashMap<>();
    private final Node root = new Node();
    private final Tokenizer tokenizer = new Tokenizer();
    private int maxDepth = 1;

    private Gazetteer(Collection<Actor> actors, Leaders leaders) {
        this.leaders = leaders;
        this.byId = new LinkedHashMap<>();
        for (Actor a : actors) {
            byId.put(a.id(), a);
            if (!a.wikidata().isEmpty()) byQid.put(a.wikidata().toUpperCase(Locale.ROOT), a);
            byLabel.put(Tokenizer.norm(a.label()), a);
            add(a.label(), a, Mention.Kind.NAME);
            for (String s : a.aliases()) add(s, a, Mention.Kind.NAME);
            for (String s : a.capitals()) add(s, a, Mention.Kind.CAPITAL);
            for (String s : a.demonyms()) add(s, a, Mention.Kind.DEMONYM);
        }
        SEATS.forEach((seat, id) -> {
            Actor a = byId.get(id);
            if (a != null) add(seat, a, Mention.Kind.CAPITAL);
        });
    }

    /**
     * Seats of government that news writes for the state ("the Kremlin said", "State Department spokesman"),
     * and a few names official statements use for one ("the Zionist regime", "KCNA said"). Only names that
     * belong to one state; "the Foreign Office" or "the presidency" could be anyone's.
     */
    private static final Map<String, String> SEATS = Map.ofEntries(Map.entry("Kremlin", "russia"),
            Map.entry("White House", "united-states"), Map.entry("State Department", "united-states"),
            Map.entry("Pentagon", "united-states"), Map.entry("Elysee", "france"), Map.entry("Élysée", "france"),
            Map.entry("Quai d'Orsay", "france"), Map.entry("Downing Street", "united-kingdom"),
            Map.entry("Whitehall", "united-kingdom"), Map.entry("Zhongnanhai", "china"), Map.entry("Itamaraty", "brazil"),
            Map.entry("Casa Rosada", "argentina"), Map.entry("Miraflores", "venezuela"), Map.entry("Knesset", "israel"),
            Map.entry("Blue House", "south-korea"), Map.entry("Farnesina", "italy"), Map.entry("Palazzo Chigi", "italy"),
            Map.entry("Planalto", "brazil"), Map.entry("Foggy Bottom", "united-states"),
            // Names official statements use for a state: Tehran's for Israel, Pyongyang's agency for itself.
            Map.entry("Zionist regime", "israel"), Map.entry("Zionist entity", "israel"), Map.entry("KCNA", "north-korea"),
            Map.entry("Korean Central News Agency", "north-korea"),
            // Epithets news uses for one state only; "Islamic Republic of Pakistan" is a longer name and wins.
            Map.entry("Islamic Republic", "iran"), Map.entry("Jewish state", "israel"),
            // Security and military services that belong to one state and act for it.
            Map.entry("IRGC", "iran"), Map.entry("Revolutionary Guards", "iran"), Map.entry("Revolutionary Guard", "iran"),
            Map.entry("Revolutionary Guard Corps", "iran"), Map.entry("FSB", "russia"), Map.entry("GRU", "russia"),
            Map.entry("SVR", "russia"), Map.entry("CIA", "united-states"), Map.entry("Mossad", "israel"),
            Map.entry("PLA", "china"), Map.entry("ISI", "pakistan"));

    /** Builds a gazetteer from actors already in memory. */
    public static Gazetteer of(Collection<Actor> actors) {
        return new Gazetteer(actors, Leaders.NONE);
    }

    /**
     * Reads {@code data/actors.csv} through {@link ActorTable}, with its checks and messages, and the
     * {@code leaders.csv} beside it when there is one.
     */
    public static Gazetteer load(Path csv) {
        Collection<Actor> actors = ActorTable.read(csv).all();
        Path leaders = csv.resolveSibling("leaders.csv");
        if (!java.nio.file.Files.exists(leaders)) return of(actors);
        Set<String> ids = new java.util.HashSet<>();
        for (Actor a : actors) ids.add(a.id());
        return new Gazetteer(actors, Leaders.read(leaders, ids));
    }

    /** Leaders named by surname alone. */
    private final Leaders leaders;

    Leaders leaders() {
        return leaders;
    }

    /**
     * Adds a name with its other spellings of "Saint": news writes "St Lucia", "St. Kitts and Nevis" and
     * "Saint Lucia" for the same state, and the table has one or two of them.
     */
    private void add(String surface, Actor a, Mention.Kind kind) {
        addSpelling(surface, a, kind);
        for (String saint : List.of("Saint ", "St. ", "St ")) {
            if (!surface.startsWith(saint)) continue;
            String rest = surface.substring(saint.length());
            for (String other : List.of("Saint ", "St. ", "St ")) addSpelling(other + rest, a, kind);
        }
    }

    private void addSpelling(String surface, Actor a, Mention.Kind kind) {
        List<Token> toks = tokenizer.tokenize(surface, 0, surface.length());
        if (toks.isEmpty()) return;
        // Short all-caps aliases ("US", "UAE") must match case exactly, or "us" would be the USA.
        boolean exact = surface.length() <= 5 && toks.get(0).allCaps() && toks.stream().allMatch(t -> !t.isWord() || t.allCaps());
        Node n = root;
        for (Token t : toks) n = n.next.computeIfAbsent(t.norm(), k -> new Node());
        if (n.entries == null) n.entries = new ArrayList<>(1);
        for (Entry e : n.entries) {
            if (e.actorId.equals(a.id()) && e.kind == kind) return;
        }
        n.entries.add(new Entry(a.id(), kind, exact, surface));
        maxDepth = Math.max(maxDepth, toks.size());
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Actor> actors() {
        return byId.values();
    }

    /** Resolves an id, a QID or a label (as found in gold/pred files) to an actor. */
    public Optional<Actor> resolve(String idOrQidOrLabel) {
        if (idOrQidOrLabel == null || idOrQidOrLabel.isBlank()) return Optional.empty();
        String s = idOrQidOrLabel.trim();
        Actor a = byId.get(s);
        if (a == null) a = byId.get(s.toLowerCase(Locale.ROOT));
        if (a == null) a = byQid.get(s.toUpperCase(Locale.ROOT));
        if (a == null) a = byLabel.get(Tokenizer.norm(s));
        return Optional.ofNullable(a);
    }

    /**
     * Finds state mentions, longest match first, left to right. Names must be capitalised in the text;
     * a surface shared by two actors is dropped rather than guessed.
     */
    public List<Mention> findMentions(List<Token> toks) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        int n = toks.size();
        while (i < n) {
            Token first = toks.get(i);
            if (!first.isWord() || !(first.cap() || Character.isDigit(first.text().charAt(0)))) {
                i++;
                continue;
            }
            Node node = root;
            int bestEnd = -1;
            List<Entry> best = null;
            for (int j = i; j < n && j - i < maxDepth; j++) {
                node = node.next.get(toks.get(j).norm());
                if (node == null) break;
                if (node.entries != null) {
                    List<Entry> ok = caseOk(node.entries, toks, i, j);
                    if (!ok.isEmpty()) {
                        bestEnd = j;
                        best = ok;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            String actor = best.get(0).actorId;
            boolean distinct = best.stream().allMatch(e -> e.actorId.equals(actor));
            Mention.Kind kind = best.stream().map(Entry::kind).min(Enum::compareTo).orElse(Mention.Kind.NAME);
            if (distinct && contextOk(toks, i, bestEnd, kind)) {
                out.add(new Mention(i, bestEnd, actor, kind, possessiveAfter(toks, bestEnd)));
            }
            i = bestEnd + 1;
        }
        return out;
    }

    private static List<Entry> caseOk(List<Entry> entries, List<Token> toks, int i, int j) {
        List<Entry> ok = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (!e.exactCase) {
                ok.add(e);
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = i; k <= j; k++) sb.append(toks.get(k).text());
            if (sb.toString().equals(e.surface.replace(" ", ""))) ok.add(e);
        }
        return ok;
    }

    /** A name ending at token {@code last} is possessive: "Mali's", and "the Philippines'" where it ends in s. */
    static boolean possessiveAfter(List<Token> toks, int last) {
        String after = last + 1 < toks.size() ? toks.get(last + 1).norm() : "";
        return after.equals("'s") || after.equals("'") && toks.get(last).norm().endsWith("s");
    }

    private static boolean contextOk(List<Token> toks, int i, int end, Mention.Kind kind) {
        // "pro-Russian protests", "anti-French sentiment": not the state acting.
        if (i >= 2 && toks.get(i - 1).norm().equals("-")
                && (toks.get(i - 2).norm().equals("pro") || toks.get(i - 2).norm().equals("anti"))) return false;
        String surface = joinNorm(toks, i, end);
        // "the first Latin American country", "South American leaders": a region, not the United States.
        if (kind == Mention.Kind.DEMONYM && surface.equals("american") && i >= 1
                && Set.of("latin", "south", "central", "north", "pan").contains(toks.get(i - 1).norm())) return false;
        if (kind == Mention.Kind.CAPITAL && AMBIGUOUS_CAPITALS.contains(surface)) {
            int next = end + 1;
            while (next < toks.size() && METONYM_GAP.contains(toks.get(next).norm())) next++;
            if (next + 1 < toks.size() && toks.get(next).norm().equals(",") && toks.get(next + 1).norm().equals("which")) return true;
            if (governmentObject(toks, i, end)) return true;
            return next < toks.size() && METONYM_VERBS.contains(toks.get(next).norm());
        }
        if (kind == Mention.Kind.CAPITAL && MOSTLY_METONYM_CAPITALS.contains(surface)) {
            if (end + 1 < toks.size() && toks.get(end + 1).norm().equals("state")) return false;
            return !capitalisedNeighbour(toks, i, end);
        }
        if (kind == Mention.Kind.NAME && AMBIGUOUS_NAMES.contains(surface)) {
            return !capitalisedNeighbour(toks, i, end);
        }
        return !partyName(toks, end) && !modifiesThing(toks, i, end, kind);
    }

    private static final Set<String> PLACE_HEADS = Words.of("ocean", "sea", "strait", "straits", "peninsula", "canal");
    private static final Set<String> CURRENCIES = Words.of("dollar", "dollars", "$");
    /** What a capital names as a venue: "the Madrid Agreement", "the Minsk agreements", "the Oslo Accords". */
    private static final Set<String> ACCORDS = Words.of("agreement", "agreements", "accord", "accords", "protocol",
            "protocols", "treaty", "convention", "pact", "format", "process", "declaration", "communique", "summit",
            "talks", "conference");

    /**
     * "the Indian Ocean nation", "the Taiwan Strait", "2.45 billion U.S. dollars", "the Taiwan question", "the
     * Madrid Agreement": the name qualifies a place, a currency, a topic or (a capital) an accord or meeting, so no
     * state acts or is acted on there.
     */
    private static boolean modifiesThing(List<Token> toks, int i, int end, Mention.Kind kind) {
        if (end + 1 >= toks.size()) return false;
        Token next = toks.get(end + 1);
        if (PLACE_HEADS.contains(next.norm()) && next.cap() || CURRENCIES.contains(next.norm())) return true;
        if (kind == Mention.Kind.CAPITAL && ACCORDS.contains(next.norm())) return true;
        return next.norm().equals("question") && i > 0 && toks.get(i - 1).norm().equals("the");
    }

    private static final Set<String> PARTY_HEADS = Words.of("party", "movement", "front", "liberation");

    /** "the St Lucia Labour Party", "Sudan People's Liberation Movement": a party or rebel group named after the state. */
    private static boolean partyName(List<Token> toks, int end) {
        for (int k = end + 1; k < toks.size() && k <= end + 4; k++) {
            Token w = toks.get(k);
            if (PARTY_HEADS.contains(w.norm()) && w.cap()) return true;
            if (!w.cap() && !w.norm().equals("'s")) return false;
        }
        return false;
    }

    private static final Set<String> CHARGE_VERBS = Words.of("accused", "accusing", "accuses", "accuse", "blamed",
            "blaming", "blames", "blame");

    private static final Set<String> TIES = Words.of("ties", "relations", "links");

    /**
     * "accused Lima of", "blamed Wellington for", "relations with Roseau": only a government is charged or
     * holds ties so.
     */
    private static boolean governmentObject(List<Token> toks, int i, int end) {
        if (i >= 2 && toks.get(i - 1).norm().equals("with") && TIES.contains(toks.get(i - 2).norm())) return true;
        if (i == 0 || end + 1 >= toks.size() || !CHARGE_VERBS.contains(toks.get(i - 1).norm())) return false;
        String after = toks.get(end + 1).norm();
        return after.equals("of") || after.equals("for");
    }

    /** "Michael Jordan", "Chad Smith", "Georgia Tech": a capitalised neighbour means a person or a place. */
    private static boolean capitalisedNeighbour(List<Token> toks, int i, int end) {
        boolean prevCap = i > 0 && toks.get(i - 1).cap() && toks.get(i - 1).isWord()
                && !NOT_GIVEN_NAMES.contains(toks.get(i - 1).norm());
        boolean nextCap = end + 1 < toks.size() && toks.get(end + 1).cap() && toks.get(end + 1).isWord();
        return prevCap || nextCap;
    }

    private static String joinNorm(List<Token> toks, int i, int end) {
        if (i == end) return toks.get(i).norm();
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= end; k++) {
            if (k > i && toks.get(k).isWord() && toks.get(k - 1).isWord()) sb.append(' ');
            sb.append(toks.get(k).norm());
        }
        return sb.toString();
    }
}
