package org.diplokg.gdelt;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.diplokg.ingest.InputException;
import org.diplokg.ingest.RecordLimitReader;
import org.diplokg.model.InputLocation;

/**
 * Streams the rows of a GDELT event export, plain or zipped (the first file entry of a
 * {@code .zip}, as GDELT ships them), one row at a time, in constant memory.
 *
 * <p>The layout is detected from the first row's column count: 61 is GDELT 2.0, 57 or 58 is
 * GDELT 1.0 (the two 1.0 layouts may be mixed in one file, as in the historical backfiles). A row
 * with any other count, such as a truncated last line, is bad input: {@link InputException} with
 * {@code file:line}, so that the import stops and its transaction is aborted. Empty lines are
 * skipped.
 */
public final class GdeltReader implements AutoCloseable {
    /** The longest line accepted; real rows are a few hundred characters. */
    public static final long MAX_LINE_CHARS = 1 << 20;

    private final String name;
    private final long size;
    private final CountingStream counted;
    private final BufferedReader lines;
    private GdeltFormat fileFormat;
    private long line;

    private GdeltReader(String name, long size, CountingStream counted, BufferedReader lines) {
        this.name = name;
        this.size = size;
        this.counted = counted;
        this.lines = lines;
    }

    /** Opens a plain or {@code .zip} export. */
    public static GdeltReader open(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            CountingStream counted = new CountingStream(Files.newInputStream(file));
            InputStream in = counted;
            if (name.toLowerCase().endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8);
                ZipEntry entry;
                do {
                    entry = zip.getNextEntry();
                } while (entry != null && entry.isDirectory());
                if (entry == null) {
                    zip.close();
                    throw new InputException(new InputLocation(name, 0, 0), "zip archive holds no file");
                }
                name = name + "!" + entry.getName();
                in = zip;
            }
            // GDELT is UTF-8; a stray bad byte in a URL or name becomes U+FFFD rather than stopping a 10 GB import.
            // Lines are bounded: a damaged file of one endless line must fail at file:line, not exhaust the heap.
            BufferedReader reader = new BufferedReader(RecordLimitReader.lines(
                    new InputStreamReader(in, StandardCharsets.UTF_8), name, MAX_LINE_CHARS), 1 << 16);
            return new GdeltReader(name, size, counted, reader);
        } catch (IOException e) {
            throw new InputException(new InputLocation(name, 0, 0), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The file name used in messages ({@code file.zip!entry} for an archive). */
    public String name() { return name; }

    /** The layout of the file, known once the first row is read; {@code null} before. */
    public GdeltFormat format() { return fileFormat; }

    /** Share of the file read so far (of the compressed bytes for a zip), 0 to 1. */
    public double progress() {
        return size == 0 ? 1 : Math.min(1.0, (double) counted.count / size);
    }

    /** The next row, or {@code null} at the end of the file. */
    public GdeltRow next() {
        String text;
        try {
            do {
                text = lines.readLine();
                line++;
            } while (text != null && text.isEmpty());
        } catch (IOException e) {
            throw new InputException(new InputLocation(name, line, 0), "cannot read: " + e.getMessage(), e);
        }
        if (text == null) return null;
        if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
        String[] fields = split(text);
        InputLocation at = new InputLocation(name, line, 0);
        GdeltFormat format = GdeltFormat.ofColumns(fields.length);
        if (fileFormat == null) {
            if (format == null)
                throw new InputException(at, "found " + fields.length + " tab-separated columns: a GDELT event export has 61 (2.0) or 57/58 (1.0)");
            fileFormat = format;
        } else if (format == null || format.isVersion1() != fileFormat.isVersion1()) {
            throw new InputException(at, "found " + fields.length + " tab-separated columns where this "
                    + (fileFormat.isVersion1() ? "GDELT 1.0 file has 57 or 58" : "GDELT 2.0 file has 61")
                    + " (truncated or damaged row?)");
        }
        return new GdeltRow(at, format, fields);
    }

    /** Splits on tabs, keeping empty fields: faster than a regex split on 60-column rows. */
    private static String[] split(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++)
            if (text.charAt(i) == '\t') n++;
        String[] fields = new String[n];
        int start = 0;
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\t') {
                fields[k++] = text.substring(start, i);
                start = i + 1;
            }
        }
        fields[k] = text.substring(start);
        return fields;
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read from the file, for progress and ETA. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
