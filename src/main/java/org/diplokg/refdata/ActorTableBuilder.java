package org.diplokg.refdata;

import org.diplokg.model.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Builds the gazetteer of state actors ({@code data/actors.csv}) from the public reference data
 * in a refdata folder (mledoze/countries, OWID regions, GeoNames countryInfo).
 *
 * <p>One row per mledoze entry: sovereign states are typed {@value #STATE}, everything else
 * {@value #TERRITORY}. Names gathered from the sources become {@code |}-separated aliases, after
 * dropping ISO codes, mojibake that cannot be repaired, a short list of aliases that would cause
 * false matches, and every alias that two actors would share. See {@code data/README.md}.
 *
 * <p>The output is deterministic: the same refdata always gives a byte-identical file.
 */
public final class ActorTableBuilder {

    /** Output columns, in order. Other code reads the file by these names. */
    public static final List<String> HEADER =
            List.of("id", "label", "type", "wikidata", "iso3", "iso2", "aliases", "capitals", "demonyms");

    public static final String STATE = "state";
    public static final String TERRITORY = "territory";
    /** Separator of the multi-valued columns. */
    public static final String SEPARATOR = "|";

    static final String MLEDOZE = "countries/mledoze_countries.json";
    static final String OWID_CODES = "countries/owid_regions.codes.csv";
    static final String OWID_REGIONS = "countries/owid_regions.yml.json";
    static final String GEONAMES = "countries/geonames_countryInfo_gdelt-spark.txt";

    /**
     * Sovereign states that are not UN members, by ISO2: the two UN observer states (Holy See,
     * Palestine) and the widely recognised non-members Kosovo and Taiwan. Keyed by ISO2 because
     * mledoze gives Kosovo the non-ISO cca3 "UNK". Western Sahara is absent on purpose: mledoze
     * marks it not independent. mledoze currently flags the Holy See as a UN member; listing it
     * here keeps it a state should that flag be corrected.
     */
    private static final Set<String> NON_MEMBER_STATES = Set.of("VA", "PS", "XK", "TW");

    /** Two- and three-letter capitals are dropped as ISO codes, except these, common in English prose. */
    private static final Set<String> KEPT_ABBREVIATIONS = Set.of("US", "USA", "UK", "UAE", "DRC", "PRC");

    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    /**
     * Names from the sources that are not used as aliases, because a text extractor matching them
     * would hit ordinary words, people or other places, or because they name another (often
     * historical) entity, or are typos. data/README.md lists the reason for each.
     */
    private static final Set<String> DROPPED_ALIASES = Set.of(
            // ordinary words, names of people, companies or other places
            "Island", "Mann", "Dominique", "Timor", "Guiana", "Virgin Islands", "Emirates",
            "Nippon", "Nihon", "Thai", "Prathet", "Togolese", "Mexicanos", "Portuguesa",
            "the Abode of Peace", "Zhonghua",
            // historical or different entities
            "Papal States", "German South West Africa", "French Somalia", "Spanish Sahara",
            "Tanganyka (German East Africa)", "Pacific Islands (Palau)", "U.R. of Tanzania: Mainland",
            "S.Tome e Principe (Portuguess Africa)", "St. Barthelemy (Norvegian Colonies)",
            "Granada (Winward Island)", "Zaire/ Congo , Dem. Rep.",
            // typos, garbled abbreviations, phonetic transcription
            "Autralia", "Guadaloupe", "Bsnia.&Hrzgvna.", "Libyan A.J.", "St.Pierre e Michelon",
            "ʁɛpublika de an'ɡɔla");

    /**
     * Widely used English short forms that the sources lack, keyed by ISO3. Kept short on
     * purpose; "Zaire" stands in for the garbled OWID alias "Zaire/ Congo , Dem. Rep.".
     */
    private static final Map<String, List<String>> EXTRA_ALIASES = Map.of(
            "USA", List.of("U.S.", "U.S.A."),
            "GBR", List.of("Britain", "U.K."),
            "CHN", List.of("PRC"),
            "COD", List.of("Zaire"));

    /**
     * Adjectives news uses for a state that the sources' demonym lists lack ("the Philippine coast guard",
     * "Ecuadorian police", "the Maldivian foreign ministry"), keyed by ISO3.
     */
    private static final Map<String, List<String>> EXTRA_DEMONYMS = Map.ofEntries(
            Map.entry("PHL", List.of("Philippine")), Map.entry("ECU", List.of("Ecuadorian")),
            Map.entry("MDV", List.of("Maldivian")), Map.entry("ARG", List.of("Argentinian")),
            Map.entry("SVN", List.of("Slovenian")), Map.entry("KAZ", List.of("Kazakh")),
            Map.entry("UZB", List.of("Uzbek")), Map.entry("KGZ", List.of("Kyrgyz")), Map.entry("TJK", List.of("Tajik")),
            Map.entry("NPL", List.of("Nepali")), Map.entry("SUR", List.of("Surinamese")),
            Map.entry("DJI", List.of("Djiboutian")));

    /** One gazetteer row's CSV fields; multi-valued columns joined with {@link #SEPARATOR}. */
    static List<String> csvValues(Actor a) {
        return List.of(a.id(), a.label(), a.type(), a.wikidata(), a.iso3(), a.iso2(), String.join(SEPARATOR, a.aliases()),
                String.join(SEPARATOR, a.capitals()), String.join(SEPARATOR, a.demonyms()));
    }

    /**
     * The rows, sorted by id, and human-readable notes on what was dropped, repaired or found odd
     * in the sources (useful to review after a refdata update).
     */
    public record Result(List<Actor> actors, List<String> notes) {
        public Result {
            actors = List.copyOf(actors);
            notes = List.copyOf(notes);
        }
    }

    private record Country(String iso3, String iso2, String common, String official, boolean unMember,
                           List<String> altSpellings, List<String> capitals, List<String> demonyms) {}

    /** An OWID entity: its code, QID (may be empty) and every name OWID gives it. */
    /**
     * QIDs the reference data lacks, keyed by ISO2, each listed in data/README.md: every state must
     * link to Wikidata (owl:sameAs), and OWID leaves Kosovo's wikidata_code empty.
     */
    private static final Map<String, String> QID_GAPS = Map.of("XK", "Q1246");

    private record OwidEntity(String code, String wikidata, List<String> names) {}

    private record GeoName(String iso3, String name, String capital) {}

    private final Path refdataDir;
    /** Insertion-ordered and de-duplicated: one note per finding even if a name recurs across sources. */
    private final Set<String> notes = new LinkedHashSet<>();

    private ActorTableBuilder(Path refdataDir) {
        this.refdataDir = refdataDir;
    }

    /**
     * Reads the refdata and writes the gazetteer CSV, creating parent folders as needed.
     *
     * @param refdataDir folder holding {@code countries/} as in the project's shared refdata
     * @param outCsv     file to write, overwritten if present
     * @return the rows written and notes on the sources
     */
    public static Result build(Path refdataDir, Path outCsv) throws IOException {
        Result result = read(refdataDir);
        write(result.actors(), outCsv);
        return result;
    }

    /**
     * Reads the refdata and returns the gazetteer rows without writing anything.
     *
     * @param refdataDir folder holding {@code countries/} as in the project's shared refdata
     */
    public static Result read(Path refdataDir) throws IOException {
        return new ActorTableBuilder(refdataDir).run();
    }

    /** Writes rows as UTF-8 RFC 4180 CSV with the {@link #HEADER} line, in the given order. */
    public static void write(List<Actor> actors, Path outCsv) throws IOException {
        Path parent = outCsv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (Writer out = Files.newBufferedWriter(outCsv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Actor actor : actors) {
                printer.printRecord(csvValues(actor));
            }
        }
    }

    /**
     * Command-line entry: {@code ActorTableBuilder <refdataDir> <outCsv>}. Prints row counts to
     * stdout and the notes to stderr.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ActorTableBuilder <refdataDir> <outCsv>");
            System.exit(2);
        }
        Result result = build(Path.of(args[0]), Path.of(args[1]));
        result.notes().forEach(note -> System.err.println("note: " + note));
        Map<String, Long> byType = new TreeMap<>();
        result.actors().forEach(a -> byType.merge(a.type(), 1L, Long::sum));
        System.out.println("wrote " + result.actors().size() + " actors to " + args[1] + " " + byType);
    }

    private Result run() throws IOException {
        List<Country> countries = readMledoze(refdataDir.resolve(MLEDOZE));
        Map<String, OwidEntity> owidByCode = readOwid(refdataDir.resolve(OWID_CODES), refdataDir.resolve(OWID_REGIONS));
        Map<String, String> owidCodeByIso3 = readOwidIso3(refdataDir.resolve(OWID_CODES));
        Map<String, GeoName> geoByIso2 = readGeoNames(refdataDir.resolve(GEONAMES));

        List<Actor> drafts = new ArrayList<>();
        for (Country c : countries) {
            OwidEntity owid = findOwid(c, owidByCode, owidCodeByIso3);
            GeoName geo = geoByIso2.get(c.iso2());
            if (geo == null) {
                notes.add(c.iso3() + " " + c.common() + ": not in GeoNames");
            } else if (!geo.iso3().equals(c.iso3())) {
                notes.add(c.iso3() + " " + c.common() + ": GeoNames gives ISO3 " + geo.iso3()
                        + " for ISO2 " + c.iso2() + "; kept mledoze's " + c.iso3());
            }
            drafts.add(draft(c, owid, geo));
        }
        List<Actor> actors = removeSharedDemonyms(removeSharedAliases(drafts));
        noteSharedCapitals(actors);
        noteWikidata(actors);
        Map<String, String> idOwner = new HashMap<>();
        for (Actor a : actors) {
            String previous = idOwner.putIfAbsent(a.id(), a.iso3());
            if (previous != null) {
                throw new IllegalStateException("id " + a.id() + " used by " + previous + " and " + a.iso3());
            }
        }
        actors.sort(Comparator.comparing(Actor::id));
        return new Result(actors, List.copyOf(notes));
    }

    /** Everything one country contributes, before cross-actor checks. */
    private Actor draft(Country c, OwidEntity owid, GeoName geo) {
        String type = c.unMember() || NON_MEMBER_STATES.contains(c.iso2()) ? STATE : TERRITORY;

        List<String> candidates = new ArrayList<>();
        candidates.add(c.official());
        candidates.addAll(c.altSpellings());
        if (owid != null) {
            candidates.addAll(owid.names());
        }
        if (geo != null) {
            candidates.add(geo.name());
        }
        candidates.addAll(EXTRA_ALIASES.getOrDefault(c.iso3(), List.of()));

        Map<String, String> aliases = new LinkedHashMap<>();
        for (String candidate : candidates) {
            cleanAlias(c, candidate).ifPresent(a -> {
                if (!key(a).equals(key(c.common()))) {
                    aliases.putIfAbsent(key(a), a);
                }
            });
        }

        List<String> capitals = new ArrayList<>(c.capitals());
        if (geo != null) {
            capitals.add(geo.capital());
        }
        List<String> demonyms = new ArrayList<>(c.demonyms());
        demonyms.addAll(EXTRA_DEMONYMS.getOrDefault(c.iso3(), List.of()));
        String qid = owid == null ? "" : owid.wikidata();
        if (qid.isEmpty() && QID_GAPS.containsKey(c.iso2())) {
            qid = QID_GAPS.get(c.iso2());
            notes.add(c.iso2() + " " + c.common() + ": no QID in OWID, filled from the documented gap list: " + qid);
        }
        return new Actor(slug(c.common()), c.common(), type, qid,
                c.iso3(), c.iso2(), List.copyOf(aliases.values()), distinct(capitals), distinct(demonyms));
    }

    private Optional<String> cleanAlias(Country c, String raw) {
        String alias = raw == null ? "" : raw.strip();
        if (alias.isEmpty()) {
            return Optional.empty();
        }
        if (looksGarbled(alias)) {
            Optional<String> repaired = repairMojibake(alias);
            notes.add(c.iso3() + ": alias \"" + alias + "\" is mojibake, "
                    + repaired.map(r -> "repaired to \"" + r + "\"").orElse("dropped"));
            if (repaired.isEmpty()) {
                return Optional.empty();
            }
            alias = repaired.get();
        }
        if (CODE_LIKE.matcher(alias).matches() && !KEPT_ABBREVIATIONS.contains(alias)) {
            return Optional.empty(); // an ISO/UN code; too short and ambiguous to match in text
        }
        if (DROPPED_ALIASES.contains(alias)) {
            notes.add(c.iso3() + ": alias \"" + alias + "\" dropped (deny list)");
            return Optional.empty();
        }
        return Optional.of(alias);
    }

    /**
     * An alias names one actor only: any alias that equals another actor's label or alias is
     * removed from every actor that has it as an alias (labels are never removed).
     */
    private List<Actor> removeSharedAliases(List<Actor> drafts) {
        Map<String, Set<String>> owners = new HashMap<>();
        Map<String, String> labelOwner = new HashMap<>();
        for (Actor a : drafts) {
            String previous = labelOwner.putIfAbsent(key(a.label()), a.iso3());
            if (previous != null) {
                throw new IllegalStateException("label \"" + a.label() + "\" used by " + previous + " and " + a.iso3());
            }
            owners.computeIfAbsent(key(a.label()), k -> new TreeSet<>()).add(a.iso3());
            a.aliases().forEach(alias -> owners.computeIfAbsent(key(alias), k -> new TreeSet<>()).add(a.iso3()));
        }
        List<Actor> result = new ArrayList<>();
        for (Actor a : drafts) {
            List<String> kept = new ArrayList<>();
            for (String alias : a.aliases()) {
                Set<String> who = owners.get(key(alias));
                if (who.size() > 1) {
                    notes.add(a.iso3() + ": alias \"" + alias + "\" dropped, also names " + who);
                } else {
                    kept.add(alias);
                }
            }
            result.add(withAliases(a, kept));
        }
        return result;
    }

    /**
     * mledoze gives some territories their sovereign's demonym ("American" for the Northern
     * Mariana Islands); in text such a demonym means the state, so territories lose it.
     * Demonyms shared by two states or two territories ("Congolese") stay on both and are noted:
     * only context can resolve them.
     */
    private List<Actor> removeSharedDemonyms(List<Actor> actors) {
        Set<String> stateDemonyms = new TreeSet<>();
        actors.stream().filter(a -> a.type().equals(STATE)).forEach(a -> a.demonyms().forEach(d -> stateDemonyms.add(key(d))));
        List<Actor> result = new ArrayList<>();
        Map<String, Set<String>> owners = new TreeMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (Actor a : actors) {
            List<String> kept = new ArrayList<>();
            for (String d : a.demonyms()) {
                if (a.type().equals(TERRITORY) && stateDemonyms.contains(key(d))) {
                    notes.add(a.iso3() + ": demonym \"" + d + "\" dropped, it is a state's demonym");
                } else {
                    kept.add(d);
                    owners.computeIfAbsent(key(d), k -> new TreeSet<>()).add(a.iso3());
                    spelling.putIfAbsent(key(d), d);
                }
            }
            result.add(new Actor(a.id(), a.label(), a.type(), a.wikidata(), a.iso3(), a.iso2(),
                    a.aliases(), a.capitals(), kept));
        }
        owners.forEach((k, who) -> {
            if (who.size() > 1) {
                notes.add("demonym \"" + spelling.get(k) + "\" kept on " + who + " (ambiguous)");
            }
        });
        return result;
    }

    private void noteSharedCapitals(List<Actor> actors) {
        Map<String, Set<String>> owners = new TreeMap<>();
        actors.forEach(a -> a.capitals().forEach(cap -> owners.computeIfAbsent(cap, k -> new TreeSet<>()).add(a.iso3())));
        owners.forEach((cap, who) -> {
            if (who.size() > 1) {
                notes.add("capital \"" + cap + "\" kept on " + who + " (different places, same name)");
            }
        });
    }

    private void noteWikidata(List<Actor> actors) {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Actor a : actors) {
            if (a.wikidata().isEmpty()) {
                notes.add(a.iso3() + " " + a.label() + " (" + a.type() + "): no Wikidata QID in OWID");
            } else {
                owners.computeIfAbsent(a.wikidata(), k -> new TreeSet<>()).add(a.iso3());
            }
        }
        owners.forEach((qid, who) -> {
            if (who.size() > 1) {
                throw new IllegalStateException("QID " + qid + " given to " + who);
            }
        });
    }

    /**
     * OWID is joined on ISO3. Entities without ISO3 there (Kosovo is OWID_KOS) fall back to an
     * exact, unique match of OWID's name with mledoze's common name.
     */
    private OwidEntity findOwid(Country c, Map<String, OwidEntity> owidByCode, Map<String, String> codeByIso3) {
        String code = codeByIso3.get(c.iso3());
        if (code != null) {
            return owidByCode.get(code);
        }
        List<OwidEntity> byName = owidByCode.values().stream()
                .filter(e -> !e.names().isEmpty() && e.names().get(0).equals(c.common()))
                .toList();
        if (byName.size() == 1) {
            notes.add(c.iso3() + " " + c.common() + ": no ISO3 match in OWID, joined by name to " + byName.get(0).code());
            return byName.get(0);
        }
        notes.add(c.iso3() + " " + c.common() + ": not in OWID");
        return null;
    }

    private static List<Country> readMledoze(Path file) throws IOException {
        JsonValue root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parseAny(in);
        }
        List<Country> countries = new ArrayList<>();
        for (JsonValue v : root.getAsArray()) {
            JsonObject o = v.getAsObject();
            JsonObject name = o.getObj("name");
            List<String> demonyms = new ArrayList<>();
            JsonObject demonymsObj = o.getObj("demonyms");
            JsonObject eng = demonymsObj == null ? null : demonymsObj.getObj("eng");
            if (eng != null) {
                for (String gender : List.of("m", "f")) {
                    // mledoze joins some pairs: "Antiguan, Barbudan", "Kittitian or Nevisian"
                    for (String part : string(eng, gender).split(",| or ")) {
                        demonyms.add(part);
                    }
                }
            }
            JsonValue unMember = o.get("unMember");
            countries.add(new Country(string(o, "cca3"), string(o, "cca2"), string(name, "common"),
                    string(name, "official"), unMember != null && unMember.isBoolean() && unMember.getAsBoolean().value(),
                    strings(o, "altSpellings"), strings(o, "capital"), demonyms));
        }
        return countries;
    }

    /** OWID entities by OWID code, with QIDs from the codes CSV and names from the regions file. */
    private static Map<String, OwidEntity> readOwid(Path codesCsv, Path regionsJson) throws IOException {
        Map<String, String> qidByCode = new HashMap<>();
        for (CSVRecord r : readCsv(codesCsv)) {
            qidByCode.put(r.get("code"), r.get("wikidata_code").strip());
        }
        JsonValue root;
        try (InputStream in = Files.newInputStream(regionsJson)) {
            root = JSON.parseAny(in);
        }
        Map<String, OwidEntity> byCode = new LinkedHashMap<>();
        for (JsonValue v : root.getAsArray()) {
            JsonObject o = v.getAsObject();
            String code = string(o, "code");
            List<String> names = new ArrayList<>();
            names.add(string(o, "name"));
            if (o.hasKey("short_name")) {
                names.add(string(o, "short_name"));
            }
            names.addAll(strings(o, "aliases"));
            String qid = qidByCode.getOrDefault(code, "");
            byCode.put(code, new OwidEntity(code, QID.matcher(qid).matches() ? qid : "", names));
        }
        return byCode;
    }

    private static Map<String, String> readOwidIso3(Path codesCsv) throws IOException {
        Map<String, String> codeByIso3 = new HashMap<>();
        for (CSVRecord r : readCsv(codesCsv)) {
            String iso3 = r.get("iso_alpha3").strip();
            if (!iso3.isEmpty()) {
                codeByIso3.put(iso3, r.get("code"));
            }
        }
        return codeByIso3;
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            return parser.getRecords();
        }
    }

    /** GeoNames countryInfo, tab-separated: ISO, ISO3, ISO-Numeric, fips, Country, Capital, ... */
    private static Map<String, GeoName> readGeoNames(Path file) throws IOException {
        Map<String, GeoName> byIso2 = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("ISO\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            byIso2.put(f[0].strip(), new GeoName(f[1].strip(), f[4].strip(), f[5].strip()));
        }
        return byIso2;
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : "";
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.getAsArray().forEach(e -> {
                if (e.isString()) {
                    out.add(e.getAsString().value());
                }
            });
        }
        return out;
    }

    /** Case-insensitive comparison key. */
    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Trimmed, non-blank, first spelling kept among case-insensitive duplicates. */
    private static List<String> distinct(List<String> values) {
        Map<String, String> seen = new LinkedHashMap<>();
        values.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> seen.putIfAbsent(key(s), s));
        return List.copyOf(seen.values());
    }

    private static Actor withAliases(Actor a, List<String> aliases) {
        return new Actor(a.id(), a.label(), a.type(), a.wikidata(), a.iso3(), a.iso2(), aliases, a.capitals(), a.demonyms());
    }

    /**
     * Lowercase ASCII slug of a name: diacritics folded, runs of anything else become one hyphen.
     * "Côte d'Ivoire" gives "cote-d-ivoire".
     */
    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // letters NFD does not decompose
        folded = folded.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
                .replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("no ASCII slug for \"" + name + "\"");
        }
        return slug;
    }

    /** UTF-8 read as Windows-1252 or Latin-1 leaves these traces; so do R's escaped code points. */
    static boolean looksGarbled(String s) {
        return s.contains("Ã") || s.contains("Â") || s.contains("â€") || s.contains("<U+")
                || s.indexOf('\uFFFD') >= 0 || s.chars().anyMatch(Character::isISOControl);
    }

    /**
     * Undoes one round of UTF-8-read-as-Windows-1252 ("CÃ´te" to "Côte"). Empty when the text is
     * not a clean such round ("ÃEEland" has lost bytes and cannot be recovered).
     */
    static Optional<String> repairMojibake(String s) {
        try {
            ByteBuffer bytes = Charset.forName("windows-1252").newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            String fixed = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return looksGarbled(fixed) ? Optional.empty() : Optional.of(fixed);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
