package org.diplokg.model;

import java.util.List;

/**
 * A state (or territory) as listed in {@code data/actors.csv}.
 *
 * @param id        stable slug, the last segment of the actor's IRI ({@code niger})
 * @param label     common English name
 * @param type      {@code state} or {@code territory}
 * @param wikidata  Wikidata QID ({@code Q1032}), or empty when unknown
 * @param iso3      ISO 3166-1 alpha-3 code, or empty
 * @param iso2      ISO 3166-1 alpha-2 code, or empty
 * @param aliases   other names and spellings
 * @param capitals  capital names and spellings, for "Kyiv said"-style mentions
 * @param demonyms  English demonyms, for "the Malian government"-style mentions
 */
public record Actor(String id, String label, String type, String wikidata, String iso3, String iso2,
                    List<String> aliases, List<String> capitals, List<String> demonyms) {
    public Actor {
        aliases = List.copyOf(aliases);
        capitals = List.copyOf(capitals);
        demonyms = List.copyOf(demonyms);
    }
}
