package io.defplorex.worker.transform;

import java.util.regex.Pattern;

/** The regular expressions of static extraction, kept together so docs/features.md can quote them. */
final class PagePatterns {

    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s\"'<>()\\[\\]{}]+");
    /** Applied only to a window around each '@' (see {@link #emailWindows}), so long runs of text stay linear. */
    static final Pattern EMAIL = Pattern.compile("(?i)\\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b");
    /** International numbers written with a leading plus; the digit count is checked separately. */
    static final Pattern PHONE = Pattern.compile("\\+\\d[\\d ().-]{5,20}\\d");
    static final Pattern WHATSAPP = Pattern.compile("(?i)(?:wa\\.me/|whatsapp\\.com/send\\?phone=)\\+?(\\d{7,15})");
    static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9_]{1,15})\\b");
    static final Pattern TWITTER_LINK = Pattern.compile(
            "(?i)^(?:https?:)?//(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/(?:#!/)?@?([A-Za-z0-9_]{1,15})(?:[/?#].*)?$");
    static final Pattern TWITTER_RESERVED = Pattern.compile(
            "(?i)^(intent|share|home|i|search|hashtag|login|signup|settings|explore|messages|notifications)$");
    static final Pattern HASHTAG = Pattern.compile("(?<![\\w&#/])#([\\p{L}_][\\p{L}\\p{N}_]{1,99})");
    static final Pattern SOUND_FILE = Pattern.compile("(?i)\\.(mp3|ogg|oga|wav|m4a|aac|wma|mid|midi)$");
    static final Pattern MUSIC_HOST = Pattern.compile(
            "(?i)^(?:[a-z0-9-]+\\.)*(soundcloud\\.com|youtube\\.com|youtube-nocookie\\.com|youtu\\.be)$");

    private PagePatterns() {
    }

    /**
     * Every match of {@code pattern} in {@code text}, as a full scan finds them, but jumping from one
     * {@code anchor} to the next: each match must hold {@code anchor} at most {@code back} characters after its
     * start. Text without the anchor (most pages have no URL or handle in their text) costs one indexOf.
     */
    static void forEachMatch(Pattern pattern, String text, String anchor, int back,
                             java.util.function.Consumer<java.util.regex.Matcher> each) {
        java.util.regex.Matcher m = pattern.matcher(text).useTransparentBounds(true);
        int pos = 0;
        while (pos < text.length()) {
            int at = text.indexOf(anchor, pos);
            if (at < 0) {
                return;
            }
            m.region(Math.max(pos, at - back), text.length());
            if (!m.find()) {
                return;
            }
            each.accept(m);
            pos = m.end() > m.start() ? m.end() : m.end() + 1;
        }
    }

    /** How many '@' of one text are looked at for e-mail addresses; a hostile page may hold millions. */
    static final int MAX_EMAIL_CANDIDATES = 10_000;

    /**
     * Pieces of {@code text} around its first {@link #MAX_EMAIL_CANDIDATES} '@': at most 64 characters before
     * (a local part's limit) and 255 after.
     */
    static java.util.List<String> emailWindows(String text) {
        java.util.List<String> windows = new java.util.ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0 && windows.size() < MAX_EMAIL_CANDIDATES;
             at = text.indexOf('@', at + 1)) {
            windows.add(text.substring(Math.max(0, at - 64), Math.min(text.length(), at + 256)));
        }
        return windows;
    }
}
