package org.diplokg.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.model.Relation;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.KgStore;

/**
 * Answers "where does this claim come from?" for an (actor, relation, target): every matching
 * claim with all its evidence, the corroboration, the dates the sources disagree on, and, for
 * accusations, the denials that answer them. The HTTP API and the CLI both call this class.
 */
public final class ProvenanceService {
    private static final Query CLAIMS = Sparql.parse(
            // Starts from the pair node: one index range over exactly this pair's claims.
            "SELECT DISTINCT ?claim WHERE { ?claim dk:dyad ?dyad ; a ?class }");
    private static final Query DENIALS = Sparql.parse(
            "SELECT DISTINCT ?denial WHERE { ?denial a dk:Denial ; dk:answers ?claim }");

    private final KgStore store;
    private final IriMinter iris;

    public ProvenanceService(KgStore store, IriMinter iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * Looks up the provenance of the claims that {@code actor} {@code relation} {@code target}.
     * Actors are given by Wikidata QID, id or name.
     *
     * @throws UnknownActorException when an actor is not in the graph
     */
    public ProvenanceReport lookup(String actor, Relation relation, String target) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            ActorDirectory actors = new ActorDirectory(dsg, iris);
            ClaimReader reader = new ClaimReader(dsg, actors);
            ActorRef a = actors.find(actor);
            ActorRef t = actors.find(target);
            List<ClaimProvenance> claims = new ArrayList<>();
            var rows = Sparql.select(dsg, CLAIMS, Map.of("class", DK.claimClass(relation),
                    "dyad", IriMinter.dyad(a.iri(), relation, t.iri())));
            for (var row : rows) {
                Node claim = row.get("claim");
                List<ClaimRef> denials = new ArrayList<>();
                for (var d : Sparql.select(dsg, DENIALS, Map.of("claim", claim)))
                    denials.add(reader.read(d.get("denial")));
                denials.sort(byDate());
                claims.add(new ClaimProvenance(reader.read(claim), denials));
            }
            claims.sort(Comparator.comparing(ClaimProvenance::claim, byDate()));
            return summarise(a, relation, t, claims);
        });
    }

    private static ProvenanceReport summarise(ActorRef a, Relation relation, ActorRef t, List<ClaimProvenance> claims) {
        Map<LocalDate, Set<String>> sourcesByDate = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> voices = new LinkedHashSet<>();
        for (ClaimProvenance cp : claims)
            for (EvidenceRef e : cp.claim().evidence()) {
                sourcesByDate.computeIfAbsent(cp.claim().date(), d -> new LinkedHashSet<>()).add(e.source().iri());
                sources.add(e.source().iri());
                voices.add(e.source().voice());
            }
        List<DateCount> dates = sourcesByDate.entrySet().stream()
                .map(e -> new DateCount(e.getKey(), e.getValue().size())).toList();
        return new ProvenanceReport(a, relation, t, claims, dates, sources.size(), voices.size());
    }

    /** Dated claims first, by date; undated last; ties by IRI so the order is stable. */
    static Comparator<ClaimRef> byDate() {
        return Comparator.comparing(ClaimRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ClaimRef::iri);
    }
}
