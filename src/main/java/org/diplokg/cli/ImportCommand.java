package org.diplokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;
import org.diplokg.export.DumpFormat;
import org.diplokg.export.DumpReader;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load a dump (e.g. from 'export') into the store, in one transaction. Quad formats restore",
                "the named graphs; triples of turtle/ntriples go into the graph <BASE>graph/imported."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", description = "nquads, trig, turtle, ntriples or jsonld (default: from the file extension).")
    String format;

    @Parameters(paramLabel = "FILE", description = "The dump file.")
    Path file;

    @Override
    public Integer call() {
        DumpFormat f = format == null ? null : DumpFormat.fromCode(format);
        if (format != null && f == null) {
            System.err.println("error: --format must be nquads, trig, turtle, ntriples or jsonld");
            return ErrorHandler.BAD_INPUT;
        }
        try (KgStore kg = KgStore.open(store.db)) {
            var target = NodeFactory.createURI(new IriMinter(store.base).base() + "graph/imported");
            long quads = new DumpReader(kg, target).read(file, f);
            System.out.printf("imported %s: %d quads in store%n", file, quads);
        }
        return 0;
    }
}
