package org.diplokg.extract;

import java.util.Locale;

/** Accusation topics. */
public enum Topic {
    TERRORISM, AGGRESSION, SOVEREIGNTY, HOSTILITY, OTHER;

    public String csv() {
        return name().toLowerCase(Locale.ROOT);
    }
}
