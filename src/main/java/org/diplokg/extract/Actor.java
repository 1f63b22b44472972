package org.diplokg.extract;

import java.util.List;

/** One row of the actor gazetteer ({@code data/actors.csv}). */
public record Actor(String id, String label, String type, String qid, String iso3, String iso2,
                    List<String> aliases, List<String> capitals, List<String> demonyms) {
}
