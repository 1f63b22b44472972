package org.diplokg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.diplokg.model.InputLocation;

/**
 * Streams a file as strict UTF-8: a leading byte order mark is dropped, and the first invalid
 * byte stops the read with an {@link InputException} at its line and (byte) column, so a file of
 * any size is checked without being held in memory.
 */
public final class StrictUtf8Reader extends Reader {
    private final String name;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed;
    private boolean atStart = true;
    private long offset;       // file offset of bytes.position() at the start of a decode
    private long line = 1;     // line of the next byte to decode
    private long lineStart;    // file offset where that line starts

    public StrictUtf8Reader(String name, InputStream in) {
        this.name = name;
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (!chars.hasRemaining()) {
            if (flushed) return -1;
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        if (!eof) {
            bytes.compact();
            int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (r < 0) eof = true; else bytes.position(bytes.position() + r);
            bytes.flip();
        }
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, eof);
        advance(before, bytes.position());
        if (result.isError()) {
            int bad = bytes.get(bytes.position()) & 0xFF;
            long at = offset;
            throw new InputException(new InputLocation(name, line, (int) Math.min(Integer.MAX_VALUE, at - lineStart + 1)),
                    String.format("invalid UTF-8 (byte 0x%02X at offset %d); files must be UTF-8", bad, at));
        }
        if (eof && !bytes.hasRemaining()) {
            decoder.flush(chars);
            flushed = true;
        }
        chars.flip();
        if (atStart && chars.hasRemaining()) {
            atStart = false;
            if (chars.get(chars.position()) == '\uFEFF') chars.get();
        }
    }

    /** Counts lines over the bytes just decoded, so an error can name its place. */
    private void advance(int from, int to) {
        byte[] a = bytes.array();
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                line++;
                lineStart = offset + (i - from) + 1;
            }
        }
        offset += to - from;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
