package org.diplokg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Strict ISO dates: {@code 2024-02-30} and {@code 24/08/2024} are errors, not guesses. */
public final class Dates {
    private Dates() {}

    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Parses {@code yyyy-mm-dd}; throws {@link java.time.format.DateTimeParseException} otherwise. */
    public static LocalDate parseIsoDate(String text) {
        return LocalDate.parse(text, ISO_STRICT);
    }
}
