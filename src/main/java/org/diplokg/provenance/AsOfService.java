package org.diplokg.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.KgStore;

/**
 * Answers "what did the graph say about these two states on date D": whether relations stand
 * severed, since when, by whom, on which evidence. The dated part is the published query
 * {@code queries/relations-as-of.rq}, run with its parameters bound by substitution.
 */
public final class AsOfService {
    /** The published query, shipped on the classpath by the build. */
    public static final String QUERY_RESOURCE = "queries/relations-as-of.rq";
    private static final Query AS_OF = Sparql.resource(QUERY_RESOURCE);
    private static final Query UNDATED = Sparql.parse("""
            SELECT DISTINCT ?claim WHERE {
              { ?claim dk:actor ?a ; dk:target ?b } UNION { ?claim dk:actor ?b ; dk:target ?a }
              ?claim a dk:Severance .
              FILTER NOT EXISTS { ?claim dk:date ?date }
            } ORDER BY ?claim""");

    private final KgStore store;
    private final IriMinter iris;

    public AsOfService(KgStore store, IriMinter iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * Whether relations between {@code a} and {@code b} (QIDs, ids or names) stand severed on
     * {@code asOf}.
     *
     * @throws UnknownActorException when an actor is not in the graph
     */
    public AsOfReport relations(String a, String b, LocalDate asOf) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            ActorDirectory actors = new ActorDirectory(dsg, iris);
            ClaimReader reader = new ClaimReader(dsg, actors);
            ActorRef ra = actors.find(a);
            ActorRef rb = actors.find(b);
            Node na = NodeFactory.createURI(ra.iri());
            Node nb = NodeFactory.createURI(rb.iri());
            Node date = NodeFactory.createLiteralDT(asOf.toString(), XSDDatatype.XSDdate);

            List<ClaimRef> severances = new ArrayList<>();
            for (var row : Sparql.select(dsg, AS_OF, Map.of("a", na, "b", nb, "asOf", date)))
                severances.add(reader.read(row.get("claim")));
            List<ClaimRef> undated = new ArrayList<>();
            for (var row : Sparql.select(dsg, UNDATED, Map.of("a", na, "b", nb)))
                undated.add(reader.read(row.get("claim")));

            Map<String, ActorRef> by = new LinkedHashMap<>();
            severances.forEach(c -> by.putIfAbsent(c.actor().iri(), c.actor()));
            LocalDate since = severances.isEmpty() ? null : severances.get(0).date();
            return new AsOfReport(ra, rb, asOf, !severances.isEmpty(), since, List.copyOf(by.values()),
                    severances, undated, AsOfReport.NO_RESTORATION);
        });
    }
}
