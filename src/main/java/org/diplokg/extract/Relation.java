package org.diplokg.extract;

import java.util.Locale;

/** The three claim relations, written in CSV as their lower-case names. */
public enum Relation {
    SEVERS, ACCUSES, DENIES;

    public String csv() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "severs"/"accuses"/"denies" (any case); null if unknown. */
    public static Relation parse(String s) {
        if (s == null) return null;
        for (Relation r : values()) {
            if (r.csv().equalsIgnoreCase(s.trim())) return r;
        }
        return null;
    }
}
