package io.defplorex.worker.transform;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social-network accounts named by a page's links: a profile URL gives the handle (lower case), while share
 * buttons, posts and site pages ({@code sharer.php}, {@code /p/…}, {@code /about}) are not accounts.
 */
final class SocialHandles {

    static final List<String> NETWORKS = List.of("twitter", "facebook", "instagram", "telegram", "youtube", "github");

    private static final String START = "(?i)^(?:https?:)?//(?:www\\.|m\\.|mobile\\.|web\\.|mbasic\\.)?";
    private static final Pattern FACEBOOK = Pattern.compile(START
            + "(?:facebook|fb)\\.com/(?:profile\\.php\\?id=(\\d{5,20})|(?:pages/[^/?#]+/)?([A-Za-z0-9.]{3,50}))"
            + "(?:[/?#].*)?$");
    private static final Pattern FACEBOOK_RESERVED = Pattern.compile("(?i)^(sharer|sharer\\.php|share\\.php|"
            + "plugins|dialog|tr|login|login\\.php|home\\.php|groups|watch|events|photo\\.php|permalink\\.php|"
            + "story\\.php|hashtag|policies|help|privacy|l\\.php|pages|profile\\.php|photos|video\\.php|"
            + "messages|notifications|marketplace|gaming|settings)$");
    private static final Pattern INSTAGRAM = Pattern.compile(START
            + "instagram\\.com/([A-Za-z0-9_.]{1,30})(?:[/?#].*)?$");
    private static final Pattern INSTAGRAM_RESERVED = Pattern.compile(
            "(?i)^(p|explore|accounts|reel|reels|stories|tv|direct|about|legal|developer)$");
    private static final Pattern TELEGRAM = Pattern.compile(
            "(?i)^(?:(?:https?:)?//(?:www\\.)?(?:t|telegram)\\.me/|tg://resolve\\?domain=)@?([A-Za-z0-9_]{5,32})"
                    + "(?:[/?#&].*)?$");
    private static final Pattern TELEGRAM_SUBDOMAIN = Pattern.compile(
            "(?i)^(?:https?:)?//([A-Za-z0-9_]{5,32})\\.t\\.me(?:[/?#].*)?$");
    private static final Pattern TELEGRAM_RESERVED = Pattern.compile("(?i)^(joinchat|share|addstickers|proxy|socks)$");
    private static final Pattern YOUTUBE = Pattern.compile(START
            + "youtube\\.com/(?:channel/(UC[A-Za-z0-9_-]{22})|c/([A-Za-z0-9_.-]{1,100})|user/([A-Za-z0-9_.-]{1,100})"
            + "|@([A-Za-z0-9_.-]{1,100}))(?:[/?#].*)?$");
    private static final Pattern GITHUB = Pattern.compile(START
            + "github\\.com/([A-Za-z0-9-]{1,39})(?:[/?#].*)?$");
    private static final Pattern GITHUB_PAGES = Pattern.compile("(?i)^(?:https?:)?//([A-Za-z0-9-]{1,39})\\.github\\.io"
            + "(?:[/?#].*)?$");
    private static final Pattern GITHUB_RESERVED = Pattern.compile("(?i)^(about|login|join|features|pricing|topics|"
            + "explore|marketplace|orgs|sponsors|settings|site|security|enterprise|contact|trending|collections|"
            + "issues|pulls|notifications|search|apps|readme)$");

    private SocialHandles() {
    }

    /**
     * Handles by network, every network present (an empty list when none).
     *
     * @param links   absolute or protocol-relative link targets, in page order
     * @param twitter the Twitter/X handles already found (text and links), kept as they are
     */
    static Map<String, Object> find(Iterable<String> links, Set<String> twitter) {
        Set<String> facebook = new LinkedHashSet<>();
        Set<String> instagram = new LinkedHashSet<>();
        Set<String> telegram = new LinkedHashSet<>();
        Set<String> youtube = new LinkedHashSet<>();
        Set<String> github = new LinkedHashSet<>();
        for (String link : links) {
            if (link.length() > 2048) {
                continue;
            }
            String lower = link.toLowerCase(Locale.ROOT);
            if (lower.contains("facebook.com/") || lower.contains("fb.com/")) {
                Matcher m = FACEBOOK.matcher(link);
                if (m.matches()) {
                    String handle = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!FACEBOOK_RESERVED.matcher(handle).matches()) {
                        facebook.add(handle.toLowerCase(Locale.ROOT));
                    }
                }
            }
            addIf(instagram, INSTAGRAM, INSTAGRAM_RESERVED, link, lower.contains("instagram.com/"));
            addIf(telegram, TELEGRAM, TELEGRAM_RESERVED, link,
                    lower.contains("t.me/") || lower.contains("telegram.me/") || lower.startsWith("tg:"));
            addIf(telegram, TELEGRAM_SUBDOMAIN, TELEGRAM_RESERVED, link, lower.contains(".t.me"));
            if (lower.contains("youtube.com/")) {
                Matcher m = YOUTUBE.matcher(link);
                if (m.matches()) {
                    for (int g = 1; g <= 4; g++) {
                        if (m.group(g) != null) {
                            youtube.add(m.group(g).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            addIf(github, GITHUB, GITHUB_RESERVED, link, lower.contains("github.com/"));
            addIf(github, GITHUB_PAGES, GITHUB_RESERVED, link, lower.contains(".github.io"));
        }
        Map<String, Object> social = new LinkedHashMap<>();
        social.put("twitter", List.copyOf(twitter));
        social.put("facebook", List.copyOf(facebook));
        social.put("instagram", List.copyOf(instagram));
        social.put("telegram", List.copyOf(telegram));
        social.put("youtube", List.copyOf(youtube));
        social.put("github", List.copyOf(github));
        return social;
    }

    private static void addIf(Set<String> handles, Pattern profile, Pattern reserved, String link, boolean worthIt) {
        if (!worthIt) {
            return;
        }
        Matcher m = profile.matcher(link);
        if (m.matches() && !reserved.matcher(m.group(1)).matches()) {
            handles.add(m.group(1).toLowerCase(Locale.ROOT));
        }
    }
}
