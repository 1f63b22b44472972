package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits article text into sentences with char offsets. Blank lines and lines that lack closing
 * punctuation (menus, headlines, "Related" teasers) are hard boundaries; a line that ends mid-sentence
 * and is continued by a lower-case line is treated as hard-wrapped prose and joined.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Words.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "maj", "capt", "sgt", "sen", "rep", "gov", "pres", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "mt",
            "ft", "fig", "approx", "dept", "est", "govt", "amb", "adm", "brig", "cmdr", "rev", "hon");
    private static final int HEADING_MAX_WORDS = 25;

    /** Returns sentences in text order; each span is trimmed of surrounding whitespace. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        List<int[]> lines = lines(text);
        int k = 0;
        while (k < lines.size()) {
            int[] line = lines.get(k);
            int uStart = line[0];
            int uEnd = line[1];
            // Join hard-wrapped prose: this line does not end a sentence and the next starts lower-case.
            while (k + 1 < lines.size() && !endsSentence(text, uEnd) && startsLower(text, lines.get(k + 1)[0])
                    && lines.get(k + 1)[0] - uEnd < 4) {
                k++;
                uEnd = lines.get(k)[1];
            }
            k++;
            boolean heading = !endsSentence(text, uEnd) && words(text, uStart, uEnd) <= HEADING_MAX_WORDS;
            if (heading) {
                out.add(new Sentence(uStart, uEnd, true));
            } else {
                splitUnit(text, uStart, uEnd, out);
            }
        }
        return out;
    }

    /** Non-blank lines as trimmed [start, end) spans. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') j++;
            int s = i;
            int e = j;
            while (s < e && isSpace(text.charAt(s))) s++;
            while (e > s && isSpace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new int[]{s, e});
            i = j + 1;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static boolean endsSentence(String text, int end) {
        int e = end - 1;
        while (e >= 0 && isCloser(text.charAt(e))) e--;
        if (e < 0) return false;
        char c = text.charAt(e);
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean startsLower(String text, int start) {
        return Character.isLowerCase(text.charAt(start));
    }

    private static int words(String text, int s, int e) {
        int w = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean sp = isSpace(text.charAt(i));
            if (!sp && !in) w++;
            in = !sp;
        }
        return w;
    }

    private void splitUnit(String text, int s, int e, List<Sentence> out) {
        int sentStart = s;
        boolean inQuote = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') inQuote = true;
            else if (c == '\u201D') inQuote = false;
            else if (c == '"') inQuote = !inQuote;
            if (c != '.' && c != '!' && c != '?') continue;
            int j = i + 1;
            boolean closedQuote = false;
            while (j < e && isCloser(text.charAt(j))) {
                if (text.charAt(j) == '"' || text.charAt(j) == '\u201D') closedQuote = true;
                j++;
            }
            if (j >= e || !isSpace(text.charAt(j))) continue;
            int k = j;
            while (k < e && isSpace(text.charAt(k))) k++;
            if (k >= e) continue;
            char nx = text.charAt(k);
            if (!(Character.isUpperCase(nx) || Character.isDigit(nx) || nx == '"' || nx == '\u201C' || nx == '(' || nx == '\u2018')) continue;
            if (c == '.' && isAbbreviation(text, s, i)) continue;
            // A full stop inside a quotation that closes later in the paragraph does not end the sentence.
            boolean quoteOpen = inQuote && !closedQuote;
            if (quoteOpen && closesLater(text, j, e)) continue;
            if (closedQuote) inQuote = false;
            add(text, sentStart, j, out);
            sentStart = k;
            i = k - 1;
        }
        add(text, sentStart, e, out);
    }

    private static boolean closesLater(String text, int from, int e) {
        for (int i = from; i < e; i++) {
            char c = text.charAt(i);
            if (c == '\u201D' || c == '"') return true;
        }
        return false;
    }

    private static boolean isAbbreviation(String text, int unitStart, int dot) {
        int b = dot;
        while (b > unitStart && Character.isLetter(text.charAt(b - 1))) b--;
        if (b == dot) return false;
        String w = text.substring(b, dot).toLowerCase(Locale.ROOT);
        if (w.length() == 1) return true; // initials and "U.S."
        return ABBREVIATIONS.contains(w);
    }

    private static void add(String text, int s, int e, List<Sentence> out) {
        while (s < e && isSpace(text.charAt(s))) s++;
        while (e > s && isSpace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Sentence(s, e, false));
    }
}
