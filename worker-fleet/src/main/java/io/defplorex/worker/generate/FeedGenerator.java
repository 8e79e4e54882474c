package io.defplorex.worker.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.defplorex.worker.ingest.FeedColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic feed in the corpus's format: {@code feed.csv}, {@code families.csv} and {@code pages/}.
 * Only the families are held in memory, records are written as they are drawn, and everything follows from
 * the seed, so the same seed gives the same bytes.
 */
public final class FeedGenerator {

    private final long seed;
    private final int families;

    public FeedGenerator(long seed, int families) {
        if (families < 1) {
            throw new IllegalArgumentException("--families must be at least 1, got " + families);
        }
        this.seed = seed;
        this.families = families;
    }

    /** Writes {@code records} records under {@code out}; returns how many were written. */
    public long write(Path out, long records) throws IOException {
        if (records < 0) {
            throw new IllegalArgumentException("--records must be at least 0, got " + records);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<TemplateFamily> templates = new ArrayList<>();
        for (int i = 1; i <= families; i++) {
            templates.add(TemplateFamily.random(i, random.split()));
        }
        Path pages = Files.createDirectories(out.resolve("pages"));
        int width = Math.max(5, Long.toString(records).length());
        CSVFormat csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (Writer feedOut = Files.newBufferedWriter(out.resolve("feed.csv"), StandardCharsets.UTF_8);
             Writer familyOut = Files.newBufferedWriter(out.resolve("families.csv"), StandardCharsets.UTF_8);
             CSVPrinter feed = new CSVPrinter(feedOut, csv);
             CSVPrinter family = new CSVPrinter(familyOut, csv)) {
            feed.printRecord(FeedColumns.NAMES);
            family.printRecord("id", "family", "language");
            for (long n = 1; n <= records; n++) {
                // Skewed choice: low-numbered families are big campaigns, as in real feeds.
                int pick = (int) Math.min(families - 1, Math.floor(families * Math.pow(random.nextDouble(), 2)));
                TemplateFamily f = templates.get(pick);
                String number = String.format(Locale.ROOT, "%0" + width + "d", n);
                String id = "syn-" + number;
                String page = "pages/" + number + ".html";
                Files.writeString(out.resolve(page), PageWriter.page(f, random), StandardCharsets.UTF_8);
                feed.printRecord(id, url(n, random), timestamp(f, random), f.attacker(), f.team(), f.reason(),
                        random.nextInt(3) == 0 ? 0 : 1, random.nextInt(5) == 0 ? 1 : 0,
                        random.nextInt(10) == 0 ? 1 : 0, page);
                family.printRecord(id, f.id(), f.language());
            }
        }
        return records;
    }

    private static String url(long n, SplittableRandom random) {
        String tld = TemplateFamily.pick(random, "com", "net", "org", "co.id", "com.br");
        String path = TemplateFamily.pick(random, "", "index.html", "x.htm", "hacked.html", "readme.php");
        return "http://victim-" + n + ".example." + tld + "/" + path;
    }

    private static String timestamp(TemplateFamily f, SplittableRandom random) {
        return Instant.ofEpochSecond(f.campaignStart() + random.nextLong(f.campaignSeconds())).toString();
    }
}
