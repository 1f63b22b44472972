package org.diplokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * A SPARQL query parsed once from fixed text, run with values for some of its variables. Values
 * are bound as RDF terms into the parsed query, never spliced into the query text, so a value
 * holding {@code "}, {@code >}, <code>}</code>, newlines or whole SPARQL clauses is only ever
 * that value. Every API parameter that reaches SPARQL goes through this class.
 */
public final class BoundQuery {
    private final Query query;

    private BoundQuery(Query query) {
        this.query = query;
    }

    /** Parses the query text; a syntax error here is a bug in our code, not in a user's input. */
    public static BoundQuery of(String sparql) {
        return new BoundQuery(QueryFactory.create(sparql));
    }

    /** The parsed query, for callers that run it themselves (e.g. over HTTP with substitution). */
    public Query query() {
        return query;
    }

    /** Runs a SELECT on {@code dsg} in a read transaction with the given variable values. */
    public List<Binding> select(DatasetGraph dsg, Map<String, Node> values) {
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder exec = QueryExec.dataset(dsg).query(query);
            values.forEach(exec::substitution);
            try (QueryExec qe = exec.build()) {
                RowSet rows = qe.select();
                List<Binding> out = new ArrayList<>();
                rows.forEachRemaining(out::add);
                return out;
            }
        });
    }
}
