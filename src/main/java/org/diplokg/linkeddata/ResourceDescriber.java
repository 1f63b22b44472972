package org.diplokg.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.Vocab;

/**
 * The description the server returns for a DiploKG IRI, the same whatever the format:
 * <ul>
 * <li>an IRI in the ontology namespace: the whole ontology graph (the ontology is one document);</li>
 * <li>the name of a named graph ({@code …/graph/source/…}, {@code …/graph/actors}): that graph;</li>
 * <li>any other IRI S: its <em>concise bounded description</em> in the union graph, DiploKG's
 * variant: every triple with subject S, plus, recursively, the description of every IRI that S
 * points to with {@code prov:wasDerivedFrom} (a claim's evidence) or {@code oa:hasSelector} (an
 * evidence's quote selectors). The graph holds no blank nodes, so no other closure is needed.</li>
 * </ul>
 * The caller holds a read transaction. An empty graph means "unknown IRI".
 */
public final class ResourceDescriber {
    private final DatasetGraph dsg;

    public ResourceDescriber(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    public Graph describe(String iri) {
        Node s = NodeFactory.createURI(iri);
        if (SiteLayout.inOntology(iri)) {
            Graph ontology = dsg.getGraph(NodeFactory.createURI(DK.ONTOLOGY_IRI));
            // Terms below the namespace ("…/ontology/cameo/016") exist only if the ontology defines them.
            boolean known = iri.equals(DK.ONTOLOGY_IRI) || ontology.contains(s, Node.ANY, Node.ANY);
            return known ? copy(ontology) : GraphFactory.createDefaultGraph();
        }
        if (dsg.containsGraph(s)) return copy(dsg.getGraph(s));
        return conciseBoundedDescription(dsg.getUnionGraph(), s);
    }

    /** DiploKG's concise bounded description of {@code s} in {@code g} (see the class comment). */
    public static Graph conciseBoundedDescription(Graph g, Node s) {
        Graph out = GraphFactory.createDefaultGraph();
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.push(s);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) continue;
            for (Triple t : g.find(n, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                if (t.getObject().isURI() && (t.getPredicate().equals(Vocab.provWasDerivedFrom)
                        || t.getPredicate().equals(Vocab.oaHasSelector)))
                    todo.push(t.getObject());
            }
        }
        return out;
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
