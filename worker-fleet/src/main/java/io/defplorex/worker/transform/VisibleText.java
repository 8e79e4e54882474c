package io.defplorex.worker.transform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The page's visible text in the forms extraction stores: normalised (NFKC, lower case, one space between words)
 * with its hash, and a short summary of its first words as written.
 */
final class VisibleText {

    static final int STORED_CHARS = 5_000;
    static final int SUMMARY_WORDS = 25;
    static final int SUMMARY_CHARS = 300;

    private VisibleText() {
    }

    /** NFKC, lower case, runs of (Unicode) white space as one space, trimmed. */
    static String normalise(String text) {
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return collapse(nfkc.toLowerCase(Locale.ROOT));
    }

    /** Runs of white space (Unicode spaces, zero-width space, BOM included) as one space, trimmed. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The first {@link #SUMMARY_WORDS} words of {@code text}, white space collapsed, "…" when cut. */
    static String summary(String text) {
        String collapsed = collapse(text);
        int end = 0;
        int words = 0;
        while (end < collapsed.length() && words < SUMMARY_WORDS) {
            int space = collapsed.indexOf(' ', end);
            end = space < 0 ? collapsed.length() : space + 1;
            words++;
        }
        String cut = collapsed.substring(0, end).strip();
        boolean shortened = cut.length() < collapsed.length();
        if (cut.length() > SUMMARY_CHARS) {
            cut = cut.substring(0, SUMMARY_CHARS);
            shortened = true;
        }
        return shortened ? cut + "…" : cut;
    }
}
