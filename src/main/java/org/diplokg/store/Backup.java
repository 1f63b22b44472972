package org.diplokg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Backup as gzip-compressed N-Quads, and restore into an empty store. The backup is written
 * from one read transaction (a consistent snapshot, taken while the server keeps serving) into
 * a temporary file that is moved into place only when complete. A restore is one write
 * transaction: a damaged or truncated backup aborts it and leaves the store empty. Besides gzip's
 * own CRC and length, the backup ends with a comment line {@code # DiploKG backup complete: N quads}
 * that restore requires and checks, since a gzip stream cut at its trailer can go unnoticed.
 */
public final class Backup {
    static final String END = "# DiploKG backup complete: ";

    private Backup() {}

    /** Writes every quad of {@code store} to {@code out}; returns the number of quads. */
    public static long write(KgStore store, Path out) {
        DatasetGraph dsg = store.datasetGraph();
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
        try {
            long quads = Txn.calculateRead(dsg, () -> {
                try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)), 1 << 16)) {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
                    stream.start();
                    long n = 0;
                    for (var it = dsg.find(); it.hasNext(); n++) stream.quad(it.next());
                    stream.finish();
                    os.write((END + n + " quads\n").getBytes(StandardCharsets.US_ASCII));
                    return n;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return quads;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write backup " + out, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the partial file never has the backup's name
            }
        }
    }

    /**
     * Restores a backup into {@code store}, which must be empty.
     *
     * @throws BackupException when the store is not empty or the backup is damaged; the store is unchanged
     */
    public static long restore(Path backup, KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        try {
            return Txn.calculateWrite(dsg, () -> {
                // One quad is enough to refuse: no need to count a large store, and checked inside
                // the write transaction so nothing can slip in between the check and the restore.
                if (dsg.find().hasNext())
                    throw new BackupException("refusing to restore into a store that is not empty"
                            + (store.location() != null ? " (" + store.location() + ")" : "") + "; restore into an empty --db folder");
                try (InputStream gz = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(backup)), 1 << 16)) {
                    TailInputStream in = new TailInputStream(gz);
                    long[] n = {0};
                    StreamRDF into = StreamRDFLib.dataset(dsg);
                    StreamRDF counting = new org.apache.jena.riot.system.StreamRDFWrapper(into) {
                        @Override
                        public void quad(org.apache.jena.sparql.core.Quad q) {
                            super.quad(q);
                            n[0]++;
                        }

                        @Override
                        public void triple(org.apache.jena.graph.Triple t) {
                            super.triple(t);
                            n[0]++;
                        }
                    };
                    RDFParser.source(in).lang(Lang.NQUADS).parse(counting);
                    in.transferTo(OutputStream.nullOutputStream()); // reach EOF, so gzip checks its trailer
                    String expected = END + n[0] + " quads\n";
                    if (!in.tail().endsWith(expected))
                        throw new BackupException("damaged backup " + backup + ": it does not end with '" + expected.trim()
                                + "' (truncated, or not written by 'diplokg backup')");
                    return n[0];
                } catch (IOException e) {
                    throw new BackupException("damaged backup " + backup + ": " + e.getMessage(), e);
                } catch (RiotException e) {
                    throw new BackupException("damaged backup " + backup + ": " + e.getMessage(), e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new BackupException("damaged backup " + backup + ": " + e.getMessage(), e);
        }
    }

    /**
     * Remembers the last bytes read, to check the end marker after the parser is done; ignores
     * close, because the parser closes its input before we have read to the end.
     */
    private static final class TailInputStream extends java.io.FilterInputStream {
        private final byte[] tail = new byte[256];
        private long total;

        TailInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) keep(new byte[] {(byte) b}, 0, 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) keep(b, off, n);
            return n;
        }

        private void keep(byte[] b, int off, int n) {
            for (int i = 0; i < n; i++) tail[(int) (total++ % tail.length)] = b[off + i];
        }

        @Override
        public void close() {
            // the owner closes the underlying stream
        }

        String tail() {
            int len = (int) Math.min(total, tail.length);
            byte[] out = new byte[len];
            for (int i = 0; i < len; i++) out[i] = tail[(int) ((total - len + i) % tail.length)];
            return new String(out, StandardCharsets.US_ASCII);
        }
    }
}
