package org.diplokg.export;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.store.KgStore;

/**
 * Loads a dump into a store in one transaction. Quad formats restore the named graphs. Triples
 * outside any named graph (all of a Turtle or N-Triples dump) go into {@code defaultTarget}, a
 * named graph: the store's queries see only the union of its named graphs, so triples in the
 * store's own default graph would be invisible.
 */
public final class DumpReader {
    private final KgStore store;
    private final Node defaultTarget;

    public DumpReader(KgStore store, Node defaultTarget) {
        this.store = store;
        this.defaultTarget = defaultTarget;
    }

    /**
     * Reads {@code file}; the syntax comes from {@code format}, or from the file extension when
     * {@code format} is {@code null}. Returns the number of quads in the store afterwards.
     */
    public long read(Path file, DumpFormat format) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
                @Override
                public void triple(Triple t) {
                    super.quad(Quad.create(defaultTarget, t));
                }

                @Override
                public void quad(Quad q) {
                    super.quad(q.isDefaultGraph() ? Quad.create(defaultTarget, q.asTriple()) : q);
                }
            };
            org.apache.jena.riot.RDFParserBuilder parser = RDFParser.source(file);
            if (format != null) parser.lang(format.lang());
            parser.parse(sink);
        });
        return store.quadCount();
    }
}
