package org.diplokg.model;

import java.util.Locale;

/** How a piece of evidence came to be: read by a person, found by the extractor, or imported. */
public enum Method {
    CURATED, EXTRACTED, IMPORTED;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** Parses a CSV code, case-insensitively; {@code null} when unknown. */
    public static Method fromCode(String text) {
        if (text == null) return null;
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Method m : values())
            if (m.name().equals(t)) return m;
        return null;
    }
}
