package org.diplokg.provenance;

import java.util.List;

/**
 * One claim and the denials that answer it (only accusations have any).
 */
public record ClaimProvenance(ClaimRef claim, List<ClaimRef> denials) {
    public ClaimProvenance {
        denials = List.copyOf(denials);
    }
}
