package org.diplokg.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplokg.model.Actor;
import org.diplokg.model.InputLocation;

/**
 * The actors DiploKG knows, read from {@code data/actors.csv}
 * ({@code id,label,type,wikidata,iso3,...}), looked up by id, Wikidata QID or name.
 */
public final class ActorTable {
    static final Set<String> REQUIRED = Set.of("id", "label", "type", "wikidata", "iso3");
    static final Set<String> ALLOWED = Set.of("id", "label", "type", "wikidata", "iso3", "iso2",
            "aliases", "capitals", "demonyms");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final Map<String, Actor> byId;
    private final Map<String, Actor> byQid;
    private final Map<String, Actor> byName;

    private ActorTable(Map<String, Actor> byId, Map<String, Actor> byQid, Map<String, Actor> byName) {
        this.byId = Collections.unmodifiableMap(byId);
        this.byQid = Collections.unmodifiableMap(byQid);
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Reads and checks an actors CSV file. */
    public static ActorTable read(Path file) {
        CsvTable table = CsvTable.open(file, REQUIRED, ALLOWED);
        Map<String, Actor> byId = new LinkedHashMap<>();
        Map<String, Actor> byQid = new LinkedHashMap<>();
        Map<String, Actor> byName = new LinkedHashMap<>();
        table.forEachRow(row -> {
            String id = row.require("id");
            if (!ID.matcher(id).matches())
                throw row.error("id", "'" + id + "' is not a lower-case slug (a-z, 0-9, '-')");
            String qid = row.get("wikidata");
            if (qid != null && !QID.matcher(qid).matches())
                throw row.error("wikidata", "'" + qid + "' is not a Wikidata QID such as Q1032");
            List<String> aliases = split(row.get("aliases"));
            Actor actor = new Actor(id, row.require("label"), row.require("type"), qid == null ? "" : qid,
                    orEmpty(row.get("iso3")), orEmpty(row.get("iso2")), aliases,
                    split(row.get("capitals")), split(row.get("demonyms")));
            if (byId.put(id, actor) != null)
                throw row.error("id", "duplicate actor id '" + id + "'");
            if (qid != null && byQid.put(qid, actor) != null)
                throw row.error("wikidata", "QID " + qid + " is given to two actors");
            byName.putIfAbsent(normalise(actor.label()), actor);
            for (String alias : aliases) byName.putIfAbsent(normalise(alias), actor);
        });
        if (byId.isEmpty())
            throw new InputException(new InputLocation(table.fileName(), 1, 0), "no actors in file");
        return new ActorTable(byId, byQid, byName);
    }

    private static List<String> split(String list) {
        if (list == null) return List.of();
        return Arrays.stream(list.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Resolves an actor id ({@code niger}) or a Wikidata QID ({@code Q1032}). */
    public Optional<Actor> resolve(String idOrQid) {
        if (idOrQid == null) return Optional.empty();
        String key = idOrQid.trim();
        Actor actor = QID.matcher(key).matches() ? byQid.get(key) : byId.get(key);
        return Optional.ofNullable(actor);
    }

    /** Resolves an id, a QID, a label or an alias, case-insensitively for names. */
    public Optional<Actor> find(String idQidOrName) {
        return resolve(idQidOrName).or(() -> Optional.ofNullable(byName.get(normalise(idQidOrName))));
    }

    public Collection<Actor> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
