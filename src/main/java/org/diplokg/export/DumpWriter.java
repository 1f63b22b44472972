package org.diplokg.export;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.diplokg.linkeddata.Namespaces;
import org.diplokg.store.KgStore;

/**
 * Writes the whole store as a dump with Jena's RIOT writers: every named graph for the quad
 * formats, the union graph for the triple formats. DiploKG's prefixes are added to the view
 * being written (the store itself holds none), so Turtle, TriG and JSON-LD stay readable.
 */
public final class DumpWriter {
    private final KgStore store;
    private final Namespaces namespaces;

    public DumpWriter(KgStore store, Namespaces namespaces) {
        this.store = store;
        this.namespaces = namespaces;
    }

    /** Writes the dump in {@code format} to {@code out}, inside one read transaction. */
    public void write(DumpFormat format, OutputStream out) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            var writer = RDFWriter.create().format(format.rdfFormat());
            if (format.keepsGraphs()) writer.source(withPrefixes(dsg, namespaces.prefixMap()));
            else writer.source(withPrefixes(dsg.getUnionGraph(), namespaces.prefixMapping()));
            writer.output(out);
        });
    }

    private static DatasetGraph withPrefixes(DatasetGraph dsg, PrefixMap prefixes) {
        return new DatasetGraphWrapper(dsg) {
            @Override
            public PrefixMap prefixes() {
                return prefixes;
            }
        };
    }

    private static Graph withPrefixes(Graph g, PrefixMapping prefixes) {
        return new GraphWrapper(g) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        };
    }
}
