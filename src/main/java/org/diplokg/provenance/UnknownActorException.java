package org.diplokg.provenance;

/** A user named an actor the graph does not know. */
public final class UnknownActorException extends IllegalArgumentException {
    public UnknownActorException(String name) {
        super("unknown actor '" + name + "': give a Wikidata QID (Q1032), an id (niger) or a name (Niger)");
    }
}
