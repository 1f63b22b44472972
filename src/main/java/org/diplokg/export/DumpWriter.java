package org.diplokg.export;

import java.io.OutputStream;

import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.store.KgStore;

/**
 * Writes the whole store as a dump with Jena's RIOT writers: every named graph for the quad
 * formats, the union graph for the triple formats.
 */
public final class DumpWriter {
    private final KgStore store;

    public DumpWriter(KgStore store) {
        this.store = store;
    }

    /** Writes the dump in {@code format} to {@code out}, inside one read transaction. */
    public void write(DumpFormat format, OutputStream out) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            var writer = RDFWriter.create().format(format.rdfFormat());
            if (format.keepsGraphs()) writer.source(dsg);
            else writer.source(dsg.getUnionGraph());
            writer.output(out);
        });
    }
}
