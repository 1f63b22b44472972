package org.diplokg.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

import org.diplokg.model.InputLocation;

/**
 * Passes CSV text through, stopping with an {@link InputException} at the record's first line as
 * soon as one record (a line, or several lines joined by a quoted field) grows beyond a limit.
 * Without it the CSV parser would buffer a gigabyte-long line in memory before anyone could object.
 * Quote state follows RFC 4180: every {@code "} toggles it (a doubled quote toggles twice).
 */
final class RecordLimitReader extends FilterReader {
    private final String name;
    private final long maxChars;
    private boolean inQuotes;
    private long line = 1;
    private long recordStartLine = 1;
    private long recordChars;

    RecordLimitReader(Reader in, String name, long maxChars) {
        super(in);
        this.name = name;
        this.maxChars = maxChars;
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
            if (c == '"') inQuotes = !inQuotes;
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
                                : "") + "the file is not a CSV table of claims)");
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip not supported");
    }
}
