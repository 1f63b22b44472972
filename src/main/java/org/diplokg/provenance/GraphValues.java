package org.diplokg.provenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Reads single values of a resource from a graph. When a property has several values the
 * smallest is taken, so answers do not depend on storage order.
 */
final class GraphValues {
    private GraphValues() {}

    static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    static Node object(Graph g, Node s, Node p) {
        List<Node> all = objects(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    static String string(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        if (o == null) return null;
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null;
    }

    static String iri(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o != null && o.isURI() ? o.getURI() : null;
    }

    static LocalDate date(Graph g, Node s, Node p) {
        String v = string(g, s, p);
        return v == null ? null : LocalDate.parse(v);
    }

    static Integer integer(Graph g, Node s, Node p) {
        String v = string(g, s, p);
        return v == null ? null : Integer.valueOf(v);
    }

    static BigDecimal decimal(Graph g, Node s, Node p) {
        String v = string(g, s, p);
        return v == null ? null : new BigDecimal(v);
    }

    /** The local name of an IRI in the DiploKG ontology ({@code dk:curated} → {@code curated}). */
    static String localName(Node n) {
        if (n == null || !n.isURI()) return null;
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
