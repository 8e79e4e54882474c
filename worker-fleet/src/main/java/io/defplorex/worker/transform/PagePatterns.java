package io.defplorex.worker.transform;

import java.util.regex.Pattern;

/** The regular expressions of static extraction, kept together so docs/features.md can quote them. */
final class PagePatterns {

    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s\"'<>()\\[\\]{}]+");
    static final Pattern EMAIL = Pattern.compile("(?i)\\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b");
    /** International numbers written with a leading plus; the digit count is checked separately. */
    static final Pattern PHONE = Pattern.compile("\\+\\d[\\d ().-]{5,20}\\d");
    static final Pattern WHATSAPP = Pattern.compile("(?i)(?:wa\\.me/|whatsapp\\.com/send\\?phone=)\\+?(\\d{7,15})");
    static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9_]{1,15})(?![\\w@.-]*\\.[a-z]{2,})\\b");
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

    static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }
}
