package org.diplokg.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded random damage to a file's bytes: flipped bytes, truncation, inserted CSV syntax
 * ({@code " , \n \r}), NULs, random UTF-8 and invalid bytes, deleted and duplicated spans. The
 * same seed gives the same mutants, so a failure names the seed and iteration to replay.
 */
public final class Mutator {
    private static final String[] INSERTS = {"\"", ",", "\n", "\r\n", "\0", "\"\"", ",,", "\uFEFF", "2024-02-30", "Q1", "\\u0000"};
    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of {@code input}. */
    public byte[] mutate(byte[] input) {
        byte[] b = input;
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times; i++) b = once(b);
        return b;
    }

    private byte[] once(byte[] b) {
        if (b.length == 0) return insert(b, 0, randomUtf8());
        int at = random.nextInt(b.length);
        return switch (random.nextInt(7)) {
            case 0 -> { byte[] c = b.clone(); c[at] ^= (byte) (1 << random.nextInt(8)); yield c; }
            case 1 -> java.util.Arrays.copyOf(b, at);
            case 2 -> insert(b, at, INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
            case 3 -> insert(b, at, randomUtf8());
            case 4 -> insert(b, at, new byte[] {(byte) (0x80 + random.nextInt(0x80))}); // a stray continuation or lead byte
            case 5 -> { int end = Math.min(b.length, at + 1 + random.nextInt(64)); yield splice(b, at, end, new byte[0]); }
            default -> { int end = Math.min(b.length, at + 1 + random.nextInt(200)); yield insert(b, end, java.util.Arrays.copyOfRange(b, at, end)); }
        };
    }

    private byte[] randomUtf8() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int cp;
            do cp = random.nextInt(0x10FFFF); while (cp >= 0xD800 && cp <= 0xDFFF);
            s.appendCodePoint(cp);
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return splice(b, at, at, what);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, from);
        out.write(what, 0, what.length);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }
}
