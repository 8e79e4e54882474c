package io.defplorex.worker.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The aggregation key of an attacker or team name: Unicode NFKC, case-folded, trimmed, each run of white space
 * one space. {@code CALUTAX07}, {@code Calutax07} and {@code calutax07 } are one attacker; {@code Calutax 07}
 * stays another, since defacers' handles are not split the same way by chance.
 */
final class NameKeys {

    private NameKeys() {
    }

    /** The key of {@code raw}, {@code null} when it is null or blank. */
    static String key(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.appendCodePoint(cp);
            }
        }
        return key.isEmpty() ? null : key.toString();
    }
}
