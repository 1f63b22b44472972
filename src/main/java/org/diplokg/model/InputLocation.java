package org.diplokg.model;

/** A place in an input file, 1-based; {@code column} is 0 when the whole line is meant. */
public record InputLocation(String file, long line, int column) {
    @Override
    public String toString() {
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
