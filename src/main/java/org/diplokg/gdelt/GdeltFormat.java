package org.diplokg.gdelt;

/**
 * The GDELT event export layouts DiploKG reads, told apart by their number of tab-separated
 * columns. The first 35 columns (ids, date, actors, event codes, counts) are the same in every
 * layout; the geography columns and {@code SOURCEURL} differ.
 */
public enum GdeltFormat {
    /** GDELT 1.0 historical backfiles and daily files before April 2013: no {@code SOURCEURL}. */
    V1_NO_URL(57, -1),
    /** GDELT 1.0 daily files from April 2013: {@code SOURCEURL} is the 58th column. */
    V1(58, 57),
    /** GDELT 2.0 15-minute exports: geography gains {@code ADM2Code}, {@code SOURCEURL} is the 61st column. */
    V2(61, 60);

    public static final int GLOBALEVENTID = 0;
    public static final int SQLDATE = 1;
    public static final int ACTOR1_COUNTRY = 7;
    public static final int ACTOR2_COUNTRY = 17;
    public static final int EVENT_CODE = 26;
    public static final int NUM_SOURCES = 32;
    public static final int NUM_ARTICLES = 33;

    private final int columns;
    private final int sourceUrl;

    GdeltFormat(int columns, int sourceUrl) {
        this.columns = columns;
        this.sourceUrl = sourceUrl;
    }

    public int columns() { return columns; }

    /** Index of {@code SOURCEURL}, or -1 when the layout has none. */
    public int sourceUrlColumn() { return sourceUrl; }

    /** True for the two GDELT 1.0 layouts, which may be mixed within one file. */
    public boolean isVersion1() { return this != V2; }

    /** The layout with this many columns, or {@code null}. */
    public static GdeltFormat ofColumns(int n) {
        for (GdeltFormat f : values())
            if (f.columns == n) return f;
        return null;
    }
}
