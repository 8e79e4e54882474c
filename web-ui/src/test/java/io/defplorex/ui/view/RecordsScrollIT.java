package io.defplorex.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.defplorex.ui.DefplorexProperties;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.record.Queries;
import io.defplorex.ui.record.RecordPager;
import io.defplorex.ui.record.RecordRow;

/**
 * The records grid past Elasticsearch's 10,000-hit window, on 12,000 records whose timestamps come in pairs (so
 * the id tiebreaker decides the order inside a pair): newest first, the hit at position p is record
 * {@code r<2 * (5999 - p / 2) + p % 2>}.
 */
class RecordsScrollIT extends BrowserIT {

    private static final String INDEX = "dpx-it-web-ui-scroll";
    private static final int RECORDS = 12_000;
    private static final String MAPPING = """
            {"settings": {"number_of_shards": 2, "number_of_replicas": 0},
             "mappings": {"properties": {"id": {"type": "keyword"}, "url": {"type": "keyword"},
               "attacker": {"type": "keyword"}, "timestamp": {"type": "date"}}}}
            """;

    private static TestIndex index;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        useIndex(registry, INDEX);
    }

    @BeforeAll
    static void indexRecords() throws Exception {
        index = new TestIndex(ES, INDEX);
        index.create(MAPPING);
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            String id = id(i);
            long minute = 1_700_000_000_000L / 60_000 + i / 2;
            bulk.append("{\"index\":{\"_id\":\"").append(id).append("\"}}\n")
                    .append("{\"id\":\"").append(id).append("\",\"url\":\"http://").append(id)
                    .append(".example/\",\"attacker\":\"a").append(i % 7).append("\",\"timestamp\":")
                    .append(minute * 60_000).append("}\n");
        }
        index.bulk(bulk.toString());
    }

    @AfterAll
    static void deleteIndex() throws Exception {
        if (index != null) {
            index.delete();
        }
    }

    private static String id(int number) {
        return String.format("r%05d", number);
    }

    /** The record at position {@code p} of the newest-first order. */
    private static String expectedAt(int position) {
        return id(2 * ((RECORDS / 2 - 1) - position / 2) + position % 2);
    }

    private static DefplorexClient client() {
        return new DefplorexClient(new DefplorexProperties(new DefplorexProperties.Es(URI.create(ES)), INDEX));
    }

    @Test
    void scrollingPageByPageVisitsEveryRecordOnceNewestFirstWithOneSearchPerPage() {
        RecordPager pager = new RecordPager(client(), INDEX, Queries.lucene(""));
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < RECORDS; offset += 1000) {
            pager.rows(offset, 1000).forEach(row -> seen.add(row.id()));
        }

        assertThat(seen).hasSize(RECORDS);
        assertThat(new HashSet<>(seen)).hasSize(RECORDS);
        for (int position : new int[] {0, 1, 9_999, 10_000, 10_001, 11_999}) {
            assertThat(seen.get(position)).as("position " + position).isEqualTo(expectedAt(position));
        }
        assertThat(pager.rows(RECORDS, 50)).isEmpty();
        assertThat(pager.searches()).isEqualTo(13);
    }

    @Test
    void jumpFarBeyondEveryKeptOffsetBisectsTheTimestampAndGivesTheSameRows() {
        RecordPager pager = new RecordPager(client(), INDEX, Queries.lucene(""));

        List<String> far = pager.rows(11_950, 100).stream().map(RecordRow::id).toList();

        assertThat(far).hasSize(50);
        assertThat(far.getFirst()).isEqualTo(expectedAt(11_950));
        assertThat(far.getLast()).isEqualTo(expectedAt(11_999));
        // span + 28 counts (bisecting the 5,999-minute span to the millisecond) + the key's search + the page
        assertThat(pager.searches()).isEqualTo(31);
        assertThat(new RecordPager(client(), INDEX, Queries.lucene("")).rows(10_501, 1).getFirst().id())
                .isEqualTo(expectedAt(10_501));
    }

    @Test
    void jumpOfTenThousandOrLessWalksOneHopOfSortValues() {
        RecordPager pager = new RecordPager(client(), INDEX, Queries.lucene(""));

        assertThat(pager.rows(10_000, 2).stream().map(RecordRow::id).toList())
                .containsExactly(expectedAt(10_000), expectedAt(10_001));
        assertThat(pager.searches()).isEqualTo(2);
    }

    @Test
    void firstSearchBringsTheCountAndServesTheGridsFirstPage() {
        RecordPager pager = new RecordPager(client(), INDEX, Queries.lucene(""));

        var first = pager.first(50);

        assertThat(first.total()).isEqualTo(RECORDS);
        assertThat(pager.rows(0, 50)).isEqualTo(first.rows());
        assertThat(pager.searches()).isEqualTo(1);
        assertThat(pager.rows(50, 50).getFirst().id()).isEqualTo(expectedAt(50));
        assertThat(pager.searches()).isEqualTo(2);
    }

    @Test
    void gridScrollsToTheOldestOfTwelveThousandRecords() {
        Page page = open("records");

        assertThat(page.locator("#status")).hasText(Pattern.compile("^12000 records, took \\d+ ms$"));
        assertThat(page.locator("#records-grid span.record-url").first())
                .hasText("http://" + expectedAt(0) + ".example/");
        page.locator("#records-grid").evaluate("grid => grid.scrollToIndex(" + (RECORDS - 1) + ")");

        Locator oldest = page.locator("#records-grid span.record-url", new Page.LocatorOptions()
                .setHasText("http://" + expectedAt(RECORDS - 1) + ".example/"));
        assertThat(oldest).isVisible();
        screenshot(page, "records-scrolled-past-10000", false);
        page.locator("#records-grid").evaluate("grid => grid.scrollToIndex(10500)");
        assertThat(page.locator("#records-grid span.record-url", new Page.LocatorOptions()
                .setHasText("http://" + expectedAt(10_500) + ".example/"))).isVisible();
        page.close();
    }
}
