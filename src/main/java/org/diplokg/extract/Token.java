package org.diplokg.extract;

/**
 * A word or punctuation token with char offsets into the article text.
 *
 * @param norm lower-cased, diacritics folded, curly quotes made straight; what rules compare against
 * @param cap  the token starts with an upper-case letter (names are only matched when capitalised)
 */
public record Token(int start, int end, String text, String norm, boolean cap) {
    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean allCaps() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) return false;
        }
        return true;
    }
}
