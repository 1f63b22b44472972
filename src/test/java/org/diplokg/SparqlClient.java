package org.diplokg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/** Runs SELECT queries over HTTP as a user's client would, and returns plain rows. */
public final class SparqlClient {
    private final String endpoint;

    public SparqlClient(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Each row maps variable name to the value's lexical form or IRI; unbound variables are absent. */
    public List<Map<String, String>> select(String query) {
        try (var qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<Map<String, String>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String var : rs.getResultVars()) {
                    RDFNode node = s.get(var);
                    if (node == null) continue;
                    row.put(var, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
