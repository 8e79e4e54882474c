package io.defplorex.worker.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One synthetic deface template: a crew, its handles, a page skeleton (a fixed sequence of blocks), colours
 * and a campaign window. Pages of a family share the skeleton; {@link PageWriter} varies the details.
 */
record TemplateFamily(
        String id,
        String language,
        String attacker,
        String team,
        String reason,
        List<Block> skeleton,
        List<Block> optional,
        int background,
        int foreground,
        long campaignStart,
        long campaignSeconds) {

    /** The kinds of block a deface page is made of. */
    enum Block { BANNER, IMAGE, MESSAGE, GREETINGS, HASHTAGS, CONTACT, MUSIC, IFRAME, SCRIPT, MARQUEE, LINKS }

    private static final String[] LANGUAGES = {"en", "id", "tr", "pt", "fr", "ar"};
    private static final String[] REASONS = {"Heh...just for fun!", "Revenge against that website",
        "Political reasons",
        "Patriotism", "As a challenge", "I just want to be the best defacer", "Not available"};
    private static final String[] SYLLABLES = {"dark", "zero", "cyber", "ghost", "sedih", "black", "anon", "hex",
        "storm", "shadow", "team", "byte", "kill", "root", "x", "noob", "mr", "lord", "phantom", "sec", "vir"};
    private static final long EPOCH_2014 = 1_388_534_400L;
    private static final long FOUR_YEARS = 4L * 365 * 24 * 3600;

    static TemplateFamily random(int number, SplittableRandom random) {
        String attacker = name(random, 2) + (random.nextInt(3) == 0 ? random.nextInt(10, 99) : "");
        String team = random.nextInt(4) == 0 ? "" : name(random, 2) + " " + pick(random, "Crew", "Team", "Cyber Army",
                "Squad", "Sec");
        List<Block> all = new ArrayList<>(List.of(Block.values()));
        List<Block> skeleton = new ArrayList<>();
        skeleton.add(Block.BANNER);
        all.remove(Block.BANNER);
        int size = random.nextInt(3, 7);
        for (int i = 0; i < size && !all.isEmpty(); i++) {
            skeleton.add(all.remove(random.nextInt(all.size())));
        }
        List<Block> optional = new ArrayList<>();
        for (int i = 0; i < 2 && !all.isEmpty(); i++) {
            optional.add(all.remove(random.nextInt(all.size())));
        }
        return new TemplateFamily(String.format("G%04d", number), LANGUAGES[random.nextInt(LANGUAGES.length)],
                attacker, team, REASONS[random.nextInt(REASONS.length)], List.copyOf(skeleton), List.copyOf(optional),
                random.nextInt(0x1000000), random.nextInt(0x1000000),
                EPOCH_2014 + random.nextLong(FOUR_YEARS), random.nextLong(3600, 90L * 24 * 3600));
    }

    private static String name(SplittableRandom random, int parts) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            String p = SYLLABLES[random.nextInt(SYLLABLES.length)];
            s.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        }
        return s.toString();
    }

    static String pick(SplittableRandom random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
