package org.diplokg.cli;

import org.diplokg.store.StoreBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.diplokg.store.KgStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query on the local store (or on a server with --endpoint).",
                "The default graph is the union of all named graphs."})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    QueryText text;

    static final class QueryText {
        @Parameters(paramLabel = "SPARQL", description = "The query text.")
        String inline;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from a file (e.g. queries/*.rq).")
        Path file;
    }

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the local --db.")
    String endpoint;

    @Option(names = "--format", description = "text, csv, tsv or json for SELECT (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public Integer call() throws Exception {
        String sparql = text.file != null ? Files.readString(text.file) : text.inline;
        Query query = QueryFactory.create(sparql);
        if (endpoint != null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                print(qe, query);
            }
            return 0;
        }
        // Opening a missing store would create an empty one, which `serve` would then take as built.
        if (StoreBuilder.isEmptyStore(store.db)) {
            spec.commandLine().getErr().println("error: there is no store in " + store.db
                    + "; ./diplokg serve builds one from the data folder (or ./diplokg load FILE). Nothing was created.");
            return ErrorHandler.BAD_INPUT;
        }
        try (KgStore kg = KgStore.open(store.db)) {
            Txn.executeRead(kg.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(kg.datasetGraph()))) {
                    print(qe, query);
                }
            });
        }
        return 0;
    }

    private void print(QueryExecution qe, Query query) {
        if (query.isSelectType()) {
            var results = qe.execSelect();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(System.out, results);
                case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, results);
                case "json" -> ResultSetFormatter.outputAsJSON(System.out, results);
                default -> ResultSetFormatter.out(System.out, results, query);
            }
        } else if (query.isAskType()) {
            System.out.println(qe.execAsk());
        } else if (query.isConstructType()) {
            RDFDataMgr.write(System.out, qe.execConstruct(), Lang.TURTLE);
        } else if (query.isDescribeType()) {
            RDFDataMgr.write(System.out, qe.execDescribe(), Lang.TURTLE);
        }
    }
}
