package org.diplokg.model;

import java.util.Locale;

/**
 * The three kinds of diplomatic act DiploKG records. Each has a CSV code, a claim class and a
 * direct ("truthy") property in the ontology.
 */
public enum Relation {
    SEVERS("severs", "Severance", "seversRelationsWith"),
    ACCUSES("accuses", "Accusation", "accuses"),
    /** The actor denies an accusation; the target is the accuser. */
    DENIES("denies", "Denial", "deniesAccusationBy");

    private final String code;
    private final String claimClass;
    private final String directProperty;

    Relation(String code, String claimClass, String directProperty) {
        this.code = code;
        this.claimClass = claimClass;
        this.directProperty = directProperty;
    }

    /** The value used in CSV files and APIs: {@code severs}, {@code accuses}, {@code denies}. */
    public String code() { return code; }

    /** Local name of the claim class in the DiploKG ontology. */
    public String claimClass() { return claimClass; }

    /** Local name of the direct property between actors in the DiploKG ontology. */
    public String directProperty() { return directProperty; }

    /** Parses a CSV code, case-insensitively; {@code null} when it is none of the three. */
    public static Relation fromCode(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Relation r : values())
            if (r.code.equals(t)) return r;
        return null;
    }
}
