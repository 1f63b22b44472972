package org.diplokg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word and punctuation tokens by a single hand-written scan (no regex), so that
 * tokenisation stays linear and fast. A possessive {@code 's} (straight or curly apostrophe) is
 * its own token so that "Mali's" yields the mention "Mali" followed by "'s".
 */
public final class Tokenizer {

    /** Tokenises {@code text[from, to)}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && Character.isLetterOrDigit(text.charAt(j))) j++;
                if (j == i + 1) j = dottedAbbreviationEnd(text, i, to);
                String w = text.substring(i, j);
                out.add(new Token(i, j, w, norm(w), Character.isUpperCase(c)));
                i = j;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))
                    && !out.isEmpty() && out.get(out.size() - 1).end() == i && out.get(out.size() - 1).isWord()) {
                out.add(new Token(i, i + 2, text.substring(i, i + 2), "'s", false));
                i += 2;
                continue;
            }
            out.add(new Token(i, i + 1, String.valueOf(c), punct(c), false));
            i++;
        }
        return out;
    }

    /**
     * The end of "U.S.", "U.N.", "U.S.A." starting at {@code i}, or {@code i + 1} when the letter there starts
     * none. One token for the whole, because rules read a "." token as the end of a clause: "rejected the U.S.
     * accusation" must not stop at the dot after "U".
     */
    private static int dottedAbbreviationEnd(String text, int i, int to) {
        int k = i;
        while (k + 1 < to && Character.isUpperCase(text.charAt(k)) && text.charAt(k + 1) == '.'
                && (k + 2 >= to || !Character.isLetterOrDigit(text.charAt(k + 2)) || k + 3 < to && text.charAt(k + 3) == '.')) {
            k += 2;
        }
        return k - i >= 4 ? k : i + 1;
    }

    /** Normalises a word the same way for gazetteer keys and for text. */
    public static String norm(String w) {
        boolean ascii = true;
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) > 127) {
                ascii = false;
                break;
            }
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (ascii) return lower;
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char ch = d.charAt(k);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) sb.append(ch);
        }
        return sb.toString();
    }

    private static String punct(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '`': return "'";
            case '\u201C': case '\u201D': case '\u00AB': case '\u00BB': case '\u201E': return "\"";
            case '\u2013': case '\u2014': case '\u2010': case '\u2011': return "-";
            default: return String.valueOf(c);
        }
    }
}
