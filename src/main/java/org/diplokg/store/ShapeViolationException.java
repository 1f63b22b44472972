package org.diplokg.store;

import java.util.List;

/** The data of a load broke the SHACL shapes; nothing was committed. */
public class ShapeViolationException extends RuntimeException {
    private final List<String> problems;

    public ShapeViolationException(int count, List<String> problems) {
        super("data does not conform to ontology/shapes.ttl (" + count + " violation" + (count == 1 ? "" : "s")
                + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
