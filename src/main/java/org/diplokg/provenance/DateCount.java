package org.diplokg.provenance;

import java.time.LocalDate;

/**
 * How many distinct sources give one date for an act.
 *
 * @param date    the date, or {@code null} for sources that leave it undated
 * @param sources number of distinct source documents
 */
public record DateCount(LocalDate date, int sources) {
    @Override
    public String toString() {
        return (date == null ? "undated" : date.toString()) + ": " + sources + (sources == 1 ? " source" : " sources");
    }
}
