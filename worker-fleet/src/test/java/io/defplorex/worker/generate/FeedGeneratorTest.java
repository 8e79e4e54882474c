package io.defplorex.worker.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.defplorex.worker.ingest.FeedReader;
import io.defplorex.worker.ingest.FeedRow;
import io.defplorex.worker.ingest.Rejection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedGeneratorTest {

    @Test
    void sameSeedGivesIdenticalBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        new FeedGenerator(7, 5).write(a, 50);
        new FeedGenerator(7, 5).write(b, 50);

        assertThat(Files.readAllBytes(a.resolve("feed.csv"))).isEqualTo(Files.readAllBytes(b.resolve("feed.csv")));
        assertThat(Files.readAllBytes(a.resolve("families.csv")))
                .isEqualTo(Files.readAllBytes(b.resolve("families.csv")));
        for (String page : List.of("pages/00001.html", "pages/00025.html", "pages/00050.html")) {
            assertThat(Files.readAllBytes(a.resolve(page))).isEqualTo(Files.readAllBytes(b.resolve(page)));
        }
    }

    @Test
    void otherSeedGivesOtherPages(@TempDir Path a, @TempDir Path b) throws IOException {
        new FeedGenerator(7, 5).write(a, 5);
        new FeedGenerator(8, 5).write(b, 5);

        assertThat(Files.readString(a.resolve("feed.csv"))).isNotEqualTo(Files.readString(b.resolve("feed.csv")));
    }

    @Test
    void writesAFeedThatIngestValidatesWithoutRejections(@TempDir Path out) throws IOException {
        new FeedGenerator(42, 3).write(out, 20);
        List<FeedRow> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();

        new FeedReader(out, FeedReader.DEFAULT_MAX_PAGE_BYTES).read(out.resolve("feed.csv"), rows::add,
                rejections::add);

        assertThat(rejections).isEmpty();
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0).id()).isEqualTo("syn-00001");
        try (Stream<Path> pages = Files.list(out.resolve("pages"))) {
            assertThat(pages.count()).isEqualTo(20);
        }
    }

    @Test
    void pagesOfOneFamilyShareTheirStructureAndFamiliesDiffer(@TempDir Path out) throws IOException {
        new FeedGenerator(3, 4).write(out, 60);
        Map<String, List<Set<String>>> byFamily = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("families.csv")).subList(1, 61)) {
            String[] cells = line.split(",");
            String number = cells[0].substring("syn-".length());
            byFamily.computeIfAbsent(cells[1], k -> new ArrayList<>()).add(tagNames(out.resolve("pages/" + number
                    + ".html")));
        }

        double within = 0;
        int withinPairs = 0;
        double across = 0;
        int acrossPairs = 0;
        List<List<Set<String>>> families = new ArrayList<>(byFamily.values());
        for (int f = 0; f < families.size(); f++) {
            for (int g = f; g < families.size(); g++) {
                for (Set<String> x : families.get(f)) {
                    for (Set<String> y : families.get(g)) {
                        if (f == g) {
                            within += jaccard(x, y);
                            withinPairs++;
                        } else {
                            across += jaccard(x, y);
                            acrossPairs++;
                        }
                    }
                }
            }
        }
        assertThat(byFamily).hasSizeGreaterThanOrEqualTo(3);
        assertThat(within / withinPairs).isGreaterThan(0.8);
        assertThat(across / acrossPairs).isLessThan(within / withinPairs - 0.1);
    }

    private static Set<String> tagNames(Path page) throws IOException {
        Set<String> tags = new HashSet<>();
        for (Element e : Jsoup.parse(Files.readString(page)).getAllElements()) {
            tags.add(e.tagName());
        }
        return tags;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
