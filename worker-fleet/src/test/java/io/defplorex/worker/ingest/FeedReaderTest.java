package io.defplorex.worker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final Path BROKEN = Path.of("src/test/resources/feeds/broken");

    private final List<FeedRow> rows = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    @Test
    void rejectsEachBadLineWithItsReasonAndLoadsTheRest() throws IOException {
        new FeedReader(BROKEN, 1024).read(BROKEN.resolve("feed.csv"), rows::add, rejections::add);

        assertThat(rows).extracting(FeedRow::id).containsExactly("ok-1", "ok-2");
        Path root = BROKEN.toAbsolutePath().normalize();
        assertThat(rejections).extracting(Rejection::toString).containsExactly(
                "line 3 (id -): id: missing",
                "line 4 (id bad-url): url: 'victim-3.example.com/index.html' is not an http(s) URL",
                "line 5 (id bad-time): timestamp: 'yesterday' is not an ISO-8601 date-time with offset, "
                        + "e.g. 2015-03-29T16:28:12Z",
                "line 6 (id no-mirror): mirror: no such file " + root.resolve("pages/missing.html"),
                "line 7 (id escape): mirror: path '../outside.html' leaves the mirror root " + root,
                "line 8 (id too-big): mirror: " + root.resolve("pages/big.html")
                        + " has 2061 bytes, more than the cap of 1024",
                "line 9 (id ok-1): id: duplicate of an earlier line in this feed",
                "line 10 (id bad-flag): homepage: 'yes' is not 0 or 1",
                "line 11 (id short): expected 10 columns, found 3");
    }

    @Test
    void readsQuotedCellsOffsetsAndEmptyCells() throws IOException {
        new FeedReader(BROKEN, 1024).read(BROKEN.resolve("feed.csv"), rows::add, rejections::add);

        FeedRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.domain()).isEqualTo("victim-1.example.com");
        assertThat(first.tld()).isEqualTo("com");
        assertThat(first.attacker()).isEqualTo("Crew1");
        assertThat(first.team()).isEqualTo("Team A");
        assertThat(first.homepage()).isTrue();
        assertThat(first.mirror().size()).isEqualTo(78);
        assertThat(first.mirror().html()).startsWith("<html><head><title>ok one</title>");

        FeedRow second = rows.get(1);
        assertThat(second.line()).isEqualTo(12);
        assertThat(second.url()).isEqualTo("http://victim-11.example.com/a,b.html");
        assertThat(second.timestamp()).isEqualTo(Instant.parse("2016-01-02T03:04:05Z"));
        assertThat(second.attacker()).isNull();
        assertThat(second.team()).isEqualTo("Team, with comma");
        assertThat(second.reason()).isNull();
        assertThat(second.mass()).isTrue();
        assertThat(second.redeface()).isTrue();
    }

    @Test
    void refusesAFeedWithAWrongHeader(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.csv");
        Files.writeString(feed, "id,url,when,attacker\nx,http://a.example.com/,2016-01-02T03:04:05Z,y\n");

        assertThatThrownBy(() -> new FeedReader(dir, 1024).read(feed, rows::add, rejections::add))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage(feed + ": wrong header 'id,url,when,attacker', expected "
                        + "'id,url,timestamp,attacker,team,reason,homepage,mass,redeface,mirror'");
    }

    @Test
    void refusesAnEmptyFeed(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.csv");
        Files.writeString(feed, "");

        assertThatThrownBy(() -> new FeedReader(dir, 1024).read(feed, rows::add, rejections::add))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("empty feed");
    }

    @Test
    void refusesBrokenQuotingAsAFeedError(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.csv");
        Files.writeString(dir.resolve("p.html"), "<html></html>");
        Files.writeString(feed, "id,url,timestamp,attacker,team,reason,homepage,mass,redeface,mirror\n"
                + "a,http://a.example.com/,2016-01-02T03:04:05Z,,,,1,0,0,p.html\n"
                + "b,\"http://b.example.com/,2016-01-02T03:04:05Z,,,,1,0,0,p.html\n");

        assertThatThrownBy(() -> new FeedReader(dir, 1024).read(feed, rows::add, rejections::add))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("broken CSV after line 3");
        assertThat(rows).extracting(FeedRow::id).containsExactly("a");
    }

    @Test
    void namesTheRealLineOfARejectionAfterEmptyLinesAndAMultiLineCell(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.csv");
        Files.writeString(dir.resolve("p.html"), "<html></html>");
        Files.writeString(feed, "\nid,url,timestamp,attacker,team,reason,homepage,mass,redeface,mirror\n"
                + "a,http://a.example.com/,2016-01-02T03:04:05Z,,,,1,0,0,p.html\n"
                + "\n\n"
                + "b,http://b.example.com/,yesterday,,,,1,0,0,p.html\n"
                + "c,http://c.example.com/,2016-01-02T03:04:05Z,,,\"two\nlines\",1,0,0,p.html\n"
                + "\n"
                + "d,http://d.example.com/,2016-01-02T03:04:05Z,,,,maybe,0,0,p.html\n"
                + "e,http://e.example.com/,2016-01-02T03:04:05Z,,,,1,0,0,p.html\n\n");

        new FeedReader(dir, 1024).read(feed, rows::add, rejections::add);

        // line 1 is empty, the header is line 2; c's reason spans lines 7-8
        assertThat(rows).extracting(FeedRow::id, FeedRow::line)
                .containsExactly(tuple("a", 3L), tuple("c", 7L), tuple("e", 11L));
        assertThat(rejections).extracting(Rejection::toString).containsExactly(
                "line 6 (id b): timestamp: 'yesterday' is not an ISO-8601 date-time with offset, "
                        + "e.g. 2015-03-29T16:28:12Z",
                "line 10 (id d): homepage: 'maybe' is not 0 or 1");
    }
}
