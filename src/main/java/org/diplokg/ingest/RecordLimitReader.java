package org.diplokg.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

import org.diplokg.model.InputLocation;

/**
 * Passes text through, stopping with an {@link InputException} at the record's first line as
 * soon as one record grows beyond a limit. Without it a line parser would buffer a gigabyte-long
 * line in memory before anyone could object. For CSV ({@link #csv}) a record is a line or several
 * lines joined by a quoted field, quote state following RFC 4180: every {@code "} toggles it (a
 * doubled quote toggles twice). For line formats such as GDELT's TSV ({@link #lines}) a record is
 * a line.
 */
public final class RecordLimitReader extends FilterReader {
    private final String name;
    private final long maxChars;
    private final boolean quoted;
    private boolean inQuotes;
    private long line = 1;
    private long recordStartLine = 1;
    private long recordChars;

    private RecordLimitReader(Reader in, String name, long maxChars, boolean quoted) {
        super(in);
        this.name = name;
        this.maxChars = maxChars;
        this.quoted = quoted;
    }

    /** CSV records (quoted fields may span lines) of at most {@code maxChars} characters. */
    public static RecordLimitReader csv(Reader in, String name, long maxChars) {
        return new RecordLimitReader(in, name, maxChars, true);
    }

    /** Lines of at most {@code maxChars} characters. */
    public static RecordLimitReader lines(Reader in, String name, long maxChars) {
        return new RecordLimitReader(in, name, maxChars, false);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            char c = buf[i];
            if (c == '"' && quoted) inQuotes = !inQuotes;
            if (c == '\n') {
                line++;
                if (!inQuotes) {
                    recordChars = 0;
                    recordStartLine = line;
                    continue;
                }
            }
            if (++recordChars > maxChars)
                throw new InputException(new InputLocation(name, recordStartLine, 0),
                        "record longer than " + maxChars + " characters (" + (inQuotes ? "a quoted field is never closed, or "
                                : "") + "the file is not in the expected format)");
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip not supported");
    }
}
