package org.diplokg.gdelt;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.diplokg.ingest.ActorTable;
import org.diplokg.ingest.CsvTable;
import org.diplokg.model.Actor;

/**
 * CAMEO country codes ({@code Actor1CountryCode}, {@code Actor2CountryCode}) to the gazetteer's
 * states, through {@code data/cameo-countries.csv} ({@code code,label,iso3,kind,note}). Most CAMEO
 * codes are ISO 3166-1 alpha-3; the file lists the exceptions (ROM for Romania, ...). Regions and
 * continents (AFR, EUR, WST ...), places inside a state (BAG, GZS, WSB) and territories of the
 * gazetteer resolve to nothing: DiploKG records acts between states only.
 */
public final class CameoCountryMap {
    static final Set<String> REQUIRED = Set.of("code", "iso3");
    static final Set<String> ALLOWED = Set.of("code", "label", "iso3", "kind", "note");

    private final Map<String, Actor> states;

    private CameoCountryMap(Map<String, Actor> states) {
        this.states = Map.copyOf(states);
    }

    /** Reads the CAMEO table and resolves its ISO codes against the gazetteer. */
    public static CameoCountryMap read(Path file, ActorTable actors) {
        Map<String, Actor> byIso3 = new HashMap<>();
        for (Actor a : actors.all())
            if (!a.iso3().isEmpty()) byIso3.put(a.iso3(), a);
        Map<String, Actor> states = new LinkedHashMap<>();
        CsvTable.open(file, REQUIRED, ALLOWED).forEachRow(row -> {
            String code = row.require("code");
            String iso3 = row.get("iso3");
            if (iso3 == null) return;
            Actor actor = byIso3.get(iso3);
            if (actor != null && "state".equals(actor.type())) states.put(code, actor);
        });
        return new CameoCountryMap(states);
    }

    /** The state a CAMEO country code stands for; empty for regions, territories, blanks and unknown codes. */
    public Optional<Actor> state(String cameoCode) {
        return Optional.ofNullable(states.get(cameoCode));
    }

    /** Every CAMEO code that names a state, with its state (for the generator). */
    public Map<String, Actor> states() {
        return states;
    }
}
