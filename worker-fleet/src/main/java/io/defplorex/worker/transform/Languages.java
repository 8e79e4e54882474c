package io.defplorex.worker.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * The language of a page's visible text, as an ISO 639-1 code or {@code und}, decided by the Optimaize language
 * detector (character n-gram profiles) on a bounded prefix. Deface pages wrap a message in another script with a
 * Latin "Hacked by" banner and handles, so when one non-Latin script holds at least a fifth of the letters, only
 * the words written in it are given to the detector.
 */
final class Languages {

    /** Characters of the text looked at: the start is enough to decide and bounds the cost on long pages. */
    static final int MAX_CHARS = 500;

    /**
     * The profiles the detector chooses among: the languages of the corpus and the common ones of deface pages.
     * Malay and Tagalog are left out on purpose: they took the English-and-Indonesian slang of many pages.
     */
    static final List<String> CANDIDATES = List.of("en", "id", "vi", "pt", "es", "fr", "de", "it", "nl", "pl",
            "tr", "ru", "uk", "ar", "fa", "ur", "he", "bn", "hi", "th", "zh-CN", "ja", "ko", "el");

    /** Fewer words than this that can carry a language give {@code und}. */
    static final int MIN_WORDS = 3;

    /** Under this probability of the best language the answer is {@code und}. */
    static final double MIN_PROBABILITY = 0.5;

    private static final class Holder {
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingShortCleanText();
        static final LanguageDetector DETECTOR = detector();

        private static LanguageDetector detector() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readBuiltIn(
                                CANDIDATES.stream().map(LdLocale::fromString).toList()))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language profiles of the detector's jar", e);
            }
        }
    }

    private Languages() {
    }

    static String guess(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Character.UnicodeScript script = dominantOtherScript(sample);
        if (script == Character.UnicodeScript.COMMON) {
            return "und"; // no letter at all
        }
        String words = words(sample, script);
        if (words.isEmpty()) {
            return "und";
        }
        List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(Holder.TEXT.forText(words));
        return found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY
                ? "und" : found.get(0).getLocale().getLanguage();
    }

    /**
     * The non-Latin script holding at least a fifth of the letters (the largest one), {@code null} when there is
     * none, {@code COMMON} when the text has no letter.
     */
    private static Character.UnicodeScript dominantOtherScript(String sample) {
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (cp >= 0x250) { // below are Latin letters
                    scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
                }
            }
        }
        if (letters == 0) {
            return Character.UnicodeScript.COMMON;
        }
        Character.UnicodeScript best = null;
        int bestCount = 0;
        for (Map.Entry<Character.UnicodeScript, Integer> e : scripts.entrySet()) {
            if (e.getKey() != Character.UnicodeScript.LATIN && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return bestCount * 5 >= letters ? best : null;
    }

    /**
     * The words of {@code sample} that can carry a language, joined by spaces; empty when fewer than
     * {@link #MIN_WORDS}. Words holding a digit, an {@code @} or {@code ://} are handles, leet names, numbers or
     * URLs; when {@code script} is not null only words holding a letter of it are kept.
     */
    private static String words(String sample, Character.UnicodeScript script) {
        StringBuilder kept = new StringBuilder();
        int count = 0;
        for (String word : sample.split("\\s+")) {
            boolean name = word.chars().anyMatch(Character::isDigit) || word.indexOf('@') >= 0 || word.contains("://");
            boolean inScript = script == null || word.codePoints().anyMatch(
                    cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script);
            if (!name && inScript && word.codePoints().anyMatch(Character::isLetter)) {
                kept.append(word).append(' ');
                count++;
            }
        }
        return count >= MIN_WORDS ? kept.toString() : "";
    }
}
