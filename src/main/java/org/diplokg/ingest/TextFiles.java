package org.diplokg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diplokg.model.InputLocation;

/** Reads text files strictly as UTF-8, so that a bad byte is reported where it is, not replaced. */
public final class TextFiles {
    private TextFiles() {}

    /** The largest text file read whole (articles): 16 MiB, far above any news article. */
    public static final long MAX_BYTES = 16L << 20;

    /**
     * The file's text, with a leading byte order mark removed.
     *
     * @throws InputException for invalid UTF-8 (with line and column), a file over {@link #MAX_BYTES}
     *                        or an unreadable file
     */
    public static String readUtf8(Path file) {
        return readUtf8(file, MAX_BYTES);
    }

    /** As {@link #readUtf8(Path)}, refusing files over {@code maxBytes} before reading them. */
    public static String readUtf8(Path file, long maxBytes) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes)
                throw new InputException(new InputLocation(file.toString(), 1, 0),
                        "file is " + size + " bytes; at most " + maxBytes + " are read");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new InputLocation(file.toString(), 0, 0), "cannot read file: " + e.getMessage(), e);
        }
        return decodeUtf8(file.toString(), bytes);
    }

    static String decodeUtf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw new InputException(locate(name, bytes, bad),
                    String.format("invalid UTF-8 (byte 0x%02X at offset %d); files must be UTF-8", bytes[bad] & 0xFF, bad));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InputLocation locate(String name, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new InputLocation(name, line, offset - lineStart + 1);
    }
}
