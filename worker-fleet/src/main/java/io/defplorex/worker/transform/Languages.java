package io.defplorex.worker.transform;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A light language guess for the visible text, with no model to load: a script that is not Latin and holds at
 * least a fifth of the letters names its language (Bengali → bn, Cyrillic → ru, Arabic → ar, or fa with Persian
 * letters, …); Latin text is the language with the most stop words, when it has at least two and twice the
 * runner-up's; {@code und} otherwise. ISO 639-1 codes.
 */
final class Languages {

    /** Letters looked at; the start of the text is enough to guess and bounds the cost on huge pages. */
    static final int MAX_CHARS = 20_000;

    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", Set.of("the", "and", "is", "are", "you", "your", "of", "to", "we", "this", "not", "was",
                "for", "by", "with", "it", "be", "have", "our", "that", "just", "all", "my", "site", "security"));
        STOP_WORDS.put("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "kami", "kita",
                "ada", "dari", "saya", "aku", "kau", "kalian", "jangan", "akan", "sudah", "hanya", "bukan", "juga",
                "salam", "oleh", "atau", "karena", "tapi", "bisa"));
        STOP_WORDS.put("pt", Set.of("não", "você", "uma", "com", "para", "seu", "sua", "mais", "como", "mas", "isso",
                "está", "são", "nós", "foi", "pelo", "pela", "aqui", "muito", "também"));
        STOP_WORDS.put("es", Set.of("el", "los", "las", "una", "por", "para", "con", "pero", "es", "está", "usted",
                "su", "sus", "muy", "también", "aquí", "nosotros", "fue", "del", "que"));
        STOP_WORDS.put("fr", Set.of("le", "les", "des", "une", "est", "pas", "vous", "nous", "avec", "pour", "dans",
                "sur", "mais", "ce", "cette", "été", "sont", "votre", "aux", "du"));
        STOP_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "sie", "wir", "mit", "ein", "eine",
                "ich", "auf", "für", "sind", "auch", "dem", "den", "von", "zu"));
        STOP_WORDS.put("it", Set.of("il", "della", "che", "non", "una", "sono", "per", "con", "questo", "siamo",
                "gli", "del", "anche", "ma", "come", "più", "nel", "alla"));
        STOP_WORDS.put("tr", Set.of("ve", "bir", "bu", "için", "değil", "ben", "sen", "biz", "siz", "olan", "ile",
                "çok", "gibi", "daha", "ama", "tarafından", "hacklendi", "kardeşim", "sitesi"));
        STOP_WORDS.put("vi", Set.of("của", "và", "là", "không", "các", "có", "được", "cho", "này", "những", "một",
                "với", "người", "chúng", "tôi", "bạn", "đã", "trong"));
        STOP_WORDS.put("nl", Set.of("het", "een", "van", "niet", "wij", "jullie", "zijn", "voor", "met", "maar",
                "ook", "deze", "dat", "naar"));
    }

    /** Stop word → the languages it belongs to. */
    private static final Map<String, String[]> BY_WORD = new HashMap<>();
    private static final int LONGEST_STOP_WORD;

    static {
        int longest = 0;
        for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
            for (String word : e.getValue()) {
                BY_WORD.merge(word, new String[] {e.getKey()}, (a, b) -> {
                    String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
                longest = Math.max(longest, word.length());
            }
        }
        LONGEST_STOP_WORD = longest;
    }

    private Languages() {
    }

    static String guess(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Map<String, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            String lang = cp < 0x250 ? null : byScript(cp); // Latin letters name no language by their script
            if (lang != null) {
                scripts.merge(lang, 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return "und";
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : scripts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best != null && bestCount * 5 >= letters) {
            return best;
        }
        return byStopWords(sample);
    }

    private static String byScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case BENGALI -> "bn";
            case CYRILLIC -> "ru";
            case ARABIC -> (cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF) ? "fa" : "ar";
            case HEBREW -> "he";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case GREEK -> "el";
            case HANGUL -> "ko";
            case HIRAGANA, KATAKANA -> "ja";
            case HAN -> "zh";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case TAMIL -> "ta";
            default -> null;
        };
    }

    private static String byStopWords(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= LONGEST_STOP_WORD) {
                    String[] langs = BY_WORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                    if (langs != null) {
                        for (String lang : langs) {
                            hits.merge(lang, 1, Integer::sum);
                        }
                    }
                }
                start = -1;
            }
        }
        String best = "und";
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= 2 && first >= 2 * second ? best : "und";
    }
}
