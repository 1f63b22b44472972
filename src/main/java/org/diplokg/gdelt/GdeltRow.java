package org.diplokg.gdelt;

import org.diplokg.model.InputLocation;

/**
 * One event row of a GDELT export, split into its tab-separated fields.
 *
 * @param origin file and line, for messages
 * @param format the row's layout, from its column count
 */
public record GdeltRow(InputLocation origin, GdeltFormat format, String[] fields) {
    public String field(int index) { return fields[index]; }

    public String eventCode() { return fields[GdeltFormat.EVENT_CODE]; }

    public String actor1Country() { return fields[GdeltFormat.ACTOR1_COUNTRY]; }

    public String actor2Country() { return fields[GdeltFormat.ACTOR2_COUNTRY]; }

    /** The {@code SOURCEURL}, or an empty string when the layout has none. */
    public String sourceUrl() {
        int i = format.sourceUrlColumn();
        return i < 0 ? "" : fields[i];
    }
}
