package org.diplokg.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Runs SELECT queries with user values bound as RDF terms by Jena's substitution, which rewrites
 * the parsed query: a value can never change the query's structure, whatever characters it
 * holds. No query text is ever built by splicing user input.
 */
final class Sparql {
    static final String PREFIXES = """
            PREFIX dk:     <https://w3id.org/diplokg/ontology#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            """;

    private Sparql() {}

    static Query parse(String text) {
        return QueryFactory.create(PREFIXES + text);
    }

    /** Reads a query shipped on the classpath, e.g. {@code queries/relations-as-of.rq}. */
    static Query resource(String name) {
        try (InputStream in = Sparql.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (is the build complete?)");
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** Runs a SELECT with the given variables bound; the caller holds a read transaction. */
    static List<Binding> select(DatasetGraph dsg, Query query, Map<String, Node> values) {
        org.apache.jena.sparql.exec.QueryExecBuilder builder = QueryExec.dataset(dsg).query(query);
        values.forEach((name, value) -> builder.substitution(Var.alloc(name), value));
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            RowSet rs = exec.select();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }
}
