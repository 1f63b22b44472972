package org.diplokg.model;

import java.util.List;

/**
 * A state (or other actor) as listed in {@code data/actors.csv}.
 *
 * @param id        stable slug, the last segment of the actor's IRI ({@code niger})
 * @param label     common English name
 * @param type      {@code state} or {@code territory}
 * @param wikidata  Wikidata QID ({@code Q1032}), or empty when unknown
 * @param iso3      ISO 3166-1 alpha-3 code, or empty
 * @param aliases   other names and spellings
 */
public record Actor(String id, String label, String type, String wikidata, String iso3,
                    List<String> aliases) {
    public Actor {
        aliases = List.copyOf(aliases);
    }
}
