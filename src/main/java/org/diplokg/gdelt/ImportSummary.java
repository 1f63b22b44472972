package org.diplokg.gdelt;

import java.util.EnumMap;
import java.util.Map;

/**
 * What an import did with its rows: every row is either mapped to an attestation or counted under
 * one {@link UnmappedReason}, so {@code rows == mapped + Σ unmapped}. Mutable while an import
 * runs; {@link #snapshot()} gives the finished figures.
 */
public final class ImportSummary {
    private long rows;
    private long mapped;
    private long quads;
    private final EnumMap<UnmappedReason, Long> unmapped = new EnumMap<>(UnmappedReason.class);

    void countMapped() {
        rows++;
        mapped++;
    }

    void countUnmapped(UnmappedReason reason) {
        rows++;
        unmapped.merge(reason, 1L, Long::sum);
    }

    void countQuads(long n) {
        quads += n;
    }

    public long rows() { return rows; }

    public long mapped() { return mapped; }

    /** Quads written, duplicates included (the store is a set, so it may grow by less). */
    public long quadsWritten() { return quads; }

    public long unmapped(UnmappedReason reason) { return unmapped.getOrDefault(reason, 0L); }

    public Map<UnmappedReason, Long> unmappedByReason() { return Map.copyOf(unmapped); }

    /** Multi-line report for the terminal. */
    public String format() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("rows read:   %,d%n", rows));
        s.append(String.format("  mapped:    %,d (attestations; %,d quads written)%n", mapped, quads));
        for (UnmappedReason r : UnmappedReason.values())
            s.append(String.format("  unmapped:  %,d  %s%n", unmapped(r), r.description()));
        return s.toString();
    }
}
