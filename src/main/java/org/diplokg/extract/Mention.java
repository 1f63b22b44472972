package org.diplokg.extract;

/**
 * A reference to a state inside a sentence, as token indices (inclusive) into the sentence tokens.
 *
 * @param possessive followed by {@code 's} ("Mali's")
 * Kind OFFICIAL: a person the article has introduced as an official of the state ("Iranian President
 * Hassan Rouhani" makes a later "Rouhani" a mention of Iran).
 */
public record Mention(int first, int last, String actorId, Kind kind, boolean possessive) {
    /** How the state was named. */
    public enum Kind { NAME, CAPITAL, DEMONYM, PERSON, OFFICIAL }
}
