package io.defplorex.ui.view;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Ten records shaped like design.md's record after extract, render, features and quantize, plus thumbnails of
 * three of them. Pivoting on n_img and n_words gives: {2,1} × 5 (alice 3, bob 2: the largest campaign),
 * {0,3} × 3 (carol), {1,1} × 1, {3,0} × 1.
 */
final class ViewsFixture {

    static final String MAPPING = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"properties": {
               "id": {"type": "keyword"}, "url": {"type": "keyword"}, "domain": {"type": "keyword"},
               "tld": {"type": "keyword"}, "attacker": {"type": "keyword"}, "team": {"type": "keyword"},
               "timestamp": {"type": "date"},
               "extract": {"properties": {"title": {"type": "keyword"}, "hashtags": {"type": "keyword"},
                 "text_hash": {"type": "keyword"}, "encoding": {"type": "keyword"}}},
               "render": {"properties": {"colors": {"type": "keyword"}, "avg_color_top5": {"type": "keyword"}}},
               "mirror": {"type": "object", "enabled": false},
               "features": {"properties": {
                 "n_img": {"type": "double"}, "n_words": {"type": "double"}, "avg_color": {"type": "keyword"}}},
               "bins": {"properties": {"n_img": {"type": "short"}, "n_words": {"type": "short"}}},
               "thresholds_version": {"type": "integer"}, "status": {"type": "keyword"}}}}
            """;

    /** The records with thumbnails. */
    static final List<String> WITH_THUMBNAIL = List.of("a1", "a2", "a3");

    private static final List<String> RECORDS = List.of(
            record("a1", "http://www.agency.gov/", "gov", "alice", "2024-03-01T08:00:00Z", 12, 800, 2, 1),
            record("a2", "http://portal.city.gov/", "gov", "alice", "2024-03-02T09:00:00Z", 11, 820, 2, 1),
            record("a3", "http://shop.example.com/", "com", "alice", "2024-03-03T10:00:00Z", 13, 790, 2, 1),
            record("a4", "http://news.example.org/", "org", "bob", "2024-03-04T11:00:00Z", 12, 805, 2, 1),
            record("a5", "http://blog.example.net/", "net", "bob", "2024-03-05T12:00:00Z", 14, 810, 2, 1),
            record("c1", "http://gallery.example.com/", "com", "carol", "2024-04-01T08:00:00Z", 0, 5000, 0, 3),
            record("c2", "http://photos.example.com/", "com", "carol", "2024-04-02T08:00:00Z", 0, 5100, 0, 3),
            record("c3", "http://art.example.com/", "com", "carol", "2024-04-03T08:00:00Z", 0, 5200, 0, 3),
            record("d1", "http://golf.example.com/", "com", "dave", "2024-05-01T08:00:00Z", 5, 700, 1, 1),
            record("e1", "http://hotel.example.com/", "com", "erin", "2024-05-02T08:00:00Z", 40, 10, 3, 0));

    private ViewsFixture() {
    }

    static String bulk() {
        return String.join("", RECORDS);
    }

    /** Thumbnail documents for {@code index}'s records, as a bulk body for {@code defplorex-screenshots}. */
    static String thumbnails(String index) {
        List<String> lines = new ArrayList<>();
        for (String id : WITH_THUMBNAIL) {
            lines.add("{\"index\": {\"_id\": \"" + index + ":" + id + "\"}}\n");
            lines.add("{\"index\": \"" + index + "\", \"id\": \"" + id + "\", \"thumbnail\": \"" + png() + "\","
                    + " \"phash\": \"00ff00ff00ff00ff\", \"created\": \"2024-06-01T00:00:00Z\"}\n");
        }
        return String.join("", lines);
    }

    private static String record(String id, String url, String tld, String attacker, String timestamp,
                                 int images, int words, int imageBin, int wordBin) {
        boolean campaign = id.startsWith("a");
        String team = campaign ? "Red Team" : "Solo";
        String title = campaign ? "Hacked by the Red Team" : "greetings from " + attacker;
        String hashtag = campaign ? "#opfreedom" : "#" + attacker;
        String domain = url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        String source = ("{\"id\": \"%s\", \"url\": \"%s\", \"domain\": \"%s\", \"tld\": \"%s\", \"attacker\": \"%s\","
                + " \"team\": \"%s\", \"timestamp\": \"%s\", \"status\": \"ok\","
                + " \"mirror\": {\"path\": \"p/%s.html\", \"html\": \"<html>hostile</html>\"},"
                + " \"extract\": {\"title\": \"%s\", \"hashtags\": [\"%s\"], \"text_hash\": \"h-%s\","
                + " \"encoding\": \"utf-8\"},"
                + " \"render\": {\"colors\": [\"#000000\", \"#ff0000\", \"#ffffff\", \"#00ff00\", \"#0000ff\"],"
                + " \"avg_color_top5\": \"#402020\"},"
                + " \"features\": {\"n_img\": %d.0, \"n_words\": %d.0, \"avg_color\": \"#202020\"},"
                + " \"bins\": {\"n_img\": %d, \"n_words\": %d}, \"thresholds_version\": 1}")
                .formatted(id, url, domain, tld, attacker, team, timestamp, id, title, hashtag,
                        campaign ? "red" : id, images, words, imageBin, wordBin);
        return "{\"index\": {\"_id\": \"" + id + "\"}}\n" + source + "\n";
    }

    /** A 48×30 red PNG, base64. */
    private static String png() {
        BufferedImage image = new BufferedImage(48, 30, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(200, 30, 30));
        graphics.fillRect(0, 0, 48, 30);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
