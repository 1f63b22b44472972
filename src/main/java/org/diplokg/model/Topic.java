package org.diplokg.model;

import java.util.Locale;

/** What an accusation is about; SKOS concepts in the ontology's topic scheme. */
public enum Topic {
    TERRORISM, AGGRESSION, SOVEREIGNTY, HOSTILITY, OTHER;

    /** The value used in CSV files and as the concept's local name. */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** Parses a CSV code, case-insensitively; {@code null} when unknown. */
    public static Topic fromCode(String text) {
        if (text == null) return null;
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Topic topic : values())
            if (topic.name().equals(t)) return topic;
        return null;
    }
}
