package org.diplokg.extract;

import java.time.LocalDate;

/**
 * A time expression in a sentence, by token indices (inclusive).
 *
 * @param date        the resolved day, or null when a careful reader could not tell the day
 * @param offsetDays  for {@link Kind#OFFSET}: signed days relative to another dated event
 * @param inverse     for {@link Kind#OFFSET}: "two days after X did it" — the offset is the reference's, not X's
 * @param monthDay    for {@link Kind#ABSOLUTE}: the day written in the text, kept when the year is unknown
 */
public record DateMention(int first, int last, Kind kind, LocalDate date, int offsetDays, boolean inverse,
                          java.time.MonthDay monthDay) {
    DateMention(int first, int last, Kind kind, LocalDate date, int offsetDays, boolean inverse) {
        this(first, last, kind, date, offsetDays, inverse, null);
    }

    /** What sort of expression it is. */
    public enum Kind { ABSOLUTE, RELATIVE, VAGUE, OFFSET }
}
