package io.defplorex.worker.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one page of a family with random variations: reworded text, handle suffixes, shifted colours, and the
 * family's optional blocks present or not. Hosts and addresses are fake ({@code example.invalid}).
 */
final class PageWriter {

    private static final String[] SHOUTS = {"Hacked by", "Owned by", "Touched by", "Defaced by", "Pwned by"};
    private static final String[] MESSAGES = {"Your security is low, patch your system.",
        "We are everywhere and nowhere.", "Nothing is secure, sorry admin.", "Just testing your security.",
        "Keep calm and fix your server.", "Greetings from the underground."};
    private static final String[] GREETS = {"All Member", "Indonesian Hackers", "Turkish Crew", "Anon Ghost",
        "Garuda Sec", "Bangsa Hack", "Zone Friends", "No System Is Safe"};

    private PageWriter() {
    }

    static String page(TemplateFamily f, SplittableRandom random) {
        List<TemplateFamily.Block> blocks = new ArrayList<>(f.skeleton());
        for (TemplateFamily.Block b : f.optional()) {
            if (random.nextBoolean()) {
                blocks.add(random.nextInt(1, blocks.size() + 1), b);
            }
        }
        String handle = f.attacker() + (random.nextInt(4) == 0 ? "_" + random.nextInt(10) : "");
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(f.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(TemplateFamily.pick(random, SHOUTS)).append(' ')
                .append(handle).append(f.team().isEmpty() ? "" : " | " + f.team()).append("</title>\n")
                .append("<style>body{background-color:").append(hex(shift(f.background(), random)))
                .append(";color:").append(hex(shift(f.foreground(), random))).append(";text-align:center}</style>\n")
                .append("</head>\n<body>\n");
        for (TemplateFamily.Block b : blocks) {
            block(html, b, f, handle, random);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder h, TemplateFamily.Block b, TemplateFamily f, String handle,
                              SplittableRandom r) {
        String slug = f.attacker().toLowerCase(Locale.ROOT);
        switch (b) {
            case BANNER -> h.append("<h1>").append(TemplateFamily.pick(r, SHOUTS)).append(' ').append(handle)
                    .append("</h1>\n");
            case IMAGE -> h.append("<img src=\"https://img.example.invalid/").append(slug).append('/')
                    .append(r.nextInt(5)).append(".png\" width=\"400\">\n");
            case MESSAGE -> h.append("<p>").append(TemplateFamily.pick(r, MESSAGES)).append("</p>\n");
            case GREETINGS -> {
                h.append("<p>Greetz: ");
                int n = r.nextInt(2, 5);
                for (int i = 0; i < n; i++) {
                    h.append(i == 0 ? "" : " - ").append(TemplateFamily.pick(r, GREETS));
                }
                h.append("</p>\n");
            }
            case HASHTAGS -> h.append("<p>#").append(slug).append(" #opsecurity #")
                    .append(f.id().toLowerCase(Locale.ROOT))
                    .append("</p>\n");
            case CONTACT -> h.append("<p>contact: <a href=\"mailto:").append(slug).append("@example.invalid\">")
                    .append(slug).append("@example.invalid</a> <a href=\"https://twitter.com/").append(slug)
                    .append("\">@").append(slug).append("</a></p>\n");
            case MUSIC -> h.append("<audio autoplay loop><source src=\"https://media.example.invalid/").append(slug)
                    .append(r.nextInt(3)).append(".mp3\" type=\"audio/mpeg\"></audio>\n");
            case IFRAME -> h.append("<iframe src=\"https://www.youtube.com/embed/").append(slug)
                    .append("\" width=\"0\" height=\"0\"></iframe>\n");
            case SCRIPT -> h.append("<script>document.title+=' ").append(r.nextInt(100)).append("';</script>\n");
            case MARQUEE -> h.append("<marquee><font color=\"").append(hex(shift(f.foreground(), r))).append("\">")
                    .append(handle).append(" was here</font></marquee>\n");
            case LINKS -> h.append("<a href=\"https://").append(slug).append(".example.invalid/\">").append(f.team())
                    .append("</a>\n");
        }
    }

    private static int shift(int rgb, SplittableRandom random) {
        int out = 0;
        for (int s = 16; s >= 0; s -= 8) {
            int c = (rgb >> s) & 0xff;
            c = Math.max(0, Math.min(255, c + random.nextInt(-12, 13)));
            out |= c << s;
        }
        return out;
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }
}
