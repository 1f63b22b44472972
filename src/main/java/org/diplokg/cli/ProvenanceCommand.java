package org.diplokg.cli;

import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.diplokg.model.Relation;
import org.diplokg.ontology.IriMinter;
import org.diplokg.provenance.ClaimProvenance;
import org.diplokg.provenance.ClaimRef;
import org.diplokg.provenance.EvidenceRef;
import org.diplokg.provenance.ProvenanceJson;
import org.diplokg.provenance.ProvenanceReport;
import org.diplokg.provenance.ProvenanceService;
import org.diplokg.provenance.QuoteRef;
import org.diplokg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = {"Where do the claims that ACTOR RELATION TARGET come from? Lists every matching claim with",
                "its evidence (source, publisher, date, title, quotes), the corroboration, the dates the sources",
                "disagree on and the denials that answer an accusation. Same answer as GET /api/provenance."})
final class ProvenanceCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--actor", required = true, description = "QID (Q1032), id (niger) or name (Niger).")
    String actor;

    @Option(names = "--relation", required = true, description = "severs, accuses or denies.")
    String relation;

    @Option(names = "--target", required = true, description = "QID, id or name.")
    String target;

    @Option(names = "--json", description = "Print the JSON of /api/provenance instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Relation r = Relation.fromCode(relation);
        if (r == null) {
            System.err.println("error: --relation must be severs, accuses or denies");
            return ErrorHandler.BAD_INPUT;
        }
        ProvenanceReport report;
        try (KgStore kg = KgStore.open(store.db)) {
            report = new ProvenanceService(kg, new IriMinter(store.base)).lookup(actor, r, target);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return ErrorHandler.BAD_INPUT;
        }
        if (json) System.out.println(JSON.toString(ProvenanceJson.report(report)));
        else print(report);
        return 0;
    }

    private static void print(ProvenanceReport r) {
        System.out.printf("%s %s %s: %d claim(s), %d source(s), %d distinct publisher(s)%n",
                r.actor().label(), r.relation().code(), r.target().label(), r.claims().size(), r.sources(), r.corroboration());
        System.out.println("dates: " + r.datesSummary() + (r.datesDisagree() ? "  (sources disagree)" : ""));
        for (ClaimProvenance cp : r.claims()) {
            ClaimRef c = cp.claim();
            System.out.printf("%n%s%n  %s%n", c.label(), c.iri());
            for (EvidenceRef e : c.evidence()) {
                var s = e.source();
                System.out.printf("  - %s | %s | %s | %s%n", orDash(s.publisher()), orDash(s.published()),
                        orDash(s.title()), s.url() != null ? s.url() : orDash(s.identifier()));
                System.out.printf("    %s, confidence %s%n", e.method(), e.confidence());
                for (QuoteRef q : e.quotes())
                    System.out.printf("    \"%s\"%s%n", q.exact(), q.start() == null ? "" : " [" + q.start() + "-" + q.end() + "]");
            }
            for (ClaimRef d : cp.denials())
                System.out.printf("  denied: %s (%d source(s))  %s%n", d.label(), d.evidence().size(), d.iri());
        }
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
