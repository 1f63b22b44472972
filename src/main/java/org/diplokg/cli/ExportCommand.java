package org.diplokg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplokg.export.DumpFormat;
import org.diplokg.export.DumpWriter;
import org.diplokg.linkeddata.Namespaces;
import org.diplokg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store as a dump. nquads, trig and jsonld keep the named graphs (one per source);",
                "turtle and ntriples hold their union. The server serves the same dumps at /dumps/diplokg.*."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, description = "nquads, trig, turtle, ntriples or jsonld.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The dump file to write ('-' for standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        DumpFormat f = DumpFormat.fromCode(format);
        if (f == null) {
            System.err.println("error: --format must be nquads, trig, turtle, ntriples or jsonld");
            return ErrorHandler.BAD_INPUT;
        }
        try (KgStore kg = KgStore.open(store.db)) {
            if (out.toString().equals("-")) {
                new DumpWriter(kg, new Namespaces(store.base)).write(f, System.out);
                System.out.flush();
            } else {
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
                    new DumpWriter(kg, new Namespaces(store.base)).write(f, os);
                }
                System.err.printf("wrote %s (%s, %d bytes)%n", out, f.code(), Files.size(out));
            }
        }
        return 0;
    }
}
