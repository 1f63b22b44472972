package org.diplokg.gdelt;

/** Why a GDELT row gives no claim. Every row either maps or has exactly one of these (the first that applies, in this order). */
public enum UnmappedReason {
    OTHER_EVENT_CODE("event code not 161, 112x or 016"),
    ACTOR1_NOT_STATE("Actor1CountryCode is not a state"),
    ACTOR2_NOT_STATE("Actor2CountryCode is not a state"),
    SAME_STATE("same state on both sides"),
    NO_SOURCE_URL("no SOURCEURL (GDELT 1.0 before April 2013, or blank)"),
    BAD_SOURCE_URL("SOURCEURL is not a valid http(s) IRI");

    private final String description;

    UnmappedReason(String description) {
        this.description = description;
    }

    public String description() { return description; }
}
