package org.diplokg.provenance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.IriMinter;
import org.diplokg.ontology.Vocab;

/**
 * Finds actors in the graph by Wikidata QID, DiploKG id or name (label or alternative label,
 * case-insensitively), and describes them. The caller holds a read transaction.
 */
public final class ActorDirectory {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Query BY_QID = Sparql.parse(
            "SELECT ?actor WHERE { ?actor a dk:Actor ; owl:sameAs ?entity } ORDER BY ?actor LIMIT 1");
    private static final Query BY_NAME = Sparql.parse("""
            SELECT ?actor WHERE {
              ?actor a dk:Actor ; rdfs:label|skos:altLabel ?name .
              FILTER (lcase(str(?name)) = lcase(?wanted))
            } ORDER BY ?actor LIMIT 1""");

    private final DatasetGraph dsg;
    private final IriMinter iris;

    public ActorDirectory(DatasetGraph dsg, IriMinter iris) {
        this.dsg = dsg;
        this.iris = iris;
    }

    /**
     * The actor named by a QID ({@code Q1032}), an id ({@code niger}) or a name ({@code Niger}).
     *
     * @throws UnknownActorException when no actor matches
     */
    public ActorRef find(String name) {
        return lookup(name).map(this::describe).orElseThrow(() -> new UnknownActorException(name));
    }

    private Optional<Node> lookup(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String key = name.strip();
        if (QID.matcher(key).matches())
            return first(Sparql.select(dsg, BY_QID, Map.of("entity", Vocab.wikidataEntity(key))));
        if (ID.matcher(key).matches()) {
            Node iri = iris.actor(key);
            if (dsg.getUnionGraph().contains(iri, Vocab.rdfType, DK.Actor)) return Optional.of(iri);
        }
        return first(Sparql.select(dsg, BY_NAME, Map.of("wanted", NodeFactory.createLiteralString(key))));
    }

    private static Optional<Node> first(List<Binding> rows) {
        return rows.stream().map(b -> b.get("actor")).findFirst();
    }

    /** Describes an actor IRI from the graph (label, Wikidata entity). */
    public ActorRef describe(Node actor) {
        Graph g = dsg.getUnionGraph();
        String iri = actor.getURI();
        String id = iri.substring(iri.lastIndexOf('/') + 1);
        String label = GraphValues.string(g, actor, Vocab.rdfsLabel);
        String wikidata = g.find(actor, Vocab.owlSameAs, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(o -> o.isURI() && o.getURI().startsWith(Vocab.WIKIDATA_ENTITY))
                .map(Node::getURI).sorted().findFirst().orElse(null);
        String qid = wikidata == null ? null : wikidata.substring(Vocab.WIKIDATA_ENTITY.length());
        return new ActorRef(iri, id, label == null ? id : label, qid, wikidata);
    }
}
