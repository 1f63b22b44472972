package org.diplokg.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.diplokg.model.Attestation;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.IriMinter;

/**
 * The DiploKG ontology ({@code ontology/diplokg.ttl}) and its SHACL shapes
 * ({@code ontology/shapes.ttl}), read from the classpath where the build puts them.
 */
public final class Ontology {
    private static final int MAX_REPORTED = 5;

    private final Graph ontology;
    private final Shapes shapes;
    private final IriMinter iris;

    private Ontology(Graph ontology, Shapes shapes, IriMinter iris) {
        this.ontology = ontology;
        this.shapes = shapes;
        this.iris = iris;
    }

    /** Reads the ontology and shapes shipped with DiploKG. */
    public static Ontology load(IriMinter iris) {
        return new Ontology(readResource("ontology/diplokg.ttl"), Shapes.parse(readResource("ontology/shapes.ttl")), iris);
    }

    private static Graph readResource(String name) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (is the build complete?)");
            return RDFParser.source(in).lang(Lang.TURTLE).base(DK.ONTOLOGY_IRI).toGraph();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    public Graph graph() {
        return ontology;
    }

    /** Streams the ontology into its own named graph, named by the ontology IRI. */
    public void writeTo(StreamRDF out) {
        Node g = NodeFactory.createURI(DK.ONTOLOGY_IRI);
        ontology.find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
    }

    /**
     * Validates data against the shapes.
     *
     * @param rows the input rows, so a violation can name the file and line it came from
     * @throws ShapeViolationException when the data does not conform
     */
    public void validate(Graph data, List<Attestation> rows) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) return;
        Map<Node, String> origins = new HashMap<>();
        for (Attestation a : rows) {
            Node claim = iris.claim(a.claim());
            origins.putIfAbsent(claim, a.origin().toString());
            origins.putIfAbsent(iris.evidence(claim, a.evidence().source()), a.origin().toString());
        }
        List<String> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (problems.size() == MAX_REPORTED) break;
            String where = origins.getOrDefault(e.focusNode(), origins.getOrDefault(withoutFragment(e.focusNode()),
                    "<" + e.focusNode() + ">"));
            problems.add(where + ": " + e.message() + (e.resultPath() == null ? "" : " (" + e.resultPath() + ")"));
        }
        throw new ShapeViolationException(report.getEntries().size(), problems);
    }

    /** Quote selectors are fragments of their evidence's IRI. */
    private static Node withoutFragment(Node node) {
        if (!node.isURI() || !node.getURI().contains("#")) return node;
        return NodeFactory.createURI(node.getURI().substring(0, node.getURI().indexOf('#')));
    }
}
