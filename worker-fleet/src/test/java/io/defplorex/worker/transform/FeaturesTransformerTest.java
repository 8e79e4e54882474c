package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Expected values computed by hand from the pages; the colour sums are written out next to each assert. */
class FeaturesTransformerTest {

    private final TransformerChain chain = Transformers.standard().chain(List.of("extract", "features"));

    @SuppressWarnings("unchecked")
    private Map<String, Object> features(String page, String url) throws TransformerChain.ChainFailure {
        return (Map<String, Object>) chain.apply(CorpusPages.record(page, url), CorpusPages.context()).get("features");
    }

    @Test
    void computesTheFeaturesOfPage00001() throws Exception {
        Map<String, Object> f = features("00001.html", "http://victim-0001.example.com/x.htm");

        assertThat(f).contains(entry("n_urls", 5.0), entry("n_resource", 5.0), entry("n_meta", 11.0),
                entry("n_link", 3.0), entry("n_img", 1.0), entry("n_script", 1.0), entry("n_style", 1.0),
                entry("n_anchor", 0.0), entry("n_sound_urls", 0.0));
        // title "Touched By SedihCrew -": 22 characters, 18 letters, 3 spaces, 1 dash
        assertThat(f).contains(entry("frac_letters_in_title", 18 / 22.0), entry("frac_whitespace_in_title", 3 / 22.0),
                entry("frac_punct_in_title", 1 / 22.0), entry("frac_digits_in_title", 0.0));
        // #edc800, #dbd9d9 x3, white, #000 ("background: black" is a shorthand, not counted):
        // r (237+3*219+255+0)/6=191.5->192, g (200+3*217+255)/6=184.3->184, b (3*217+255)/6=151
        assertThat(f.get("avg_color")).isEqualTo("#c0b897");
    }

    @Test
    void computesTheFeaturesOfPage00174() throws Exception {
        Map<String, Object> f = features("00174.html", "http://victim-0174.example.com/index.html");

        // manzs.jpg and audio.mp3, both relative, both loaded
        assertThat(f).contains(entry("n_resource", 2.0), entry("n_sound_urls", 1.0), entry("n_urls", 0.0));
        // "Hacked by ManzsMoz": 18 characters, 16 letters, 2 spaces
        assertThat(f).contains(entry("frac_letters_in_title", 16 / 18.0), entry("frac_whitespace_in_title", 2 / 18.0));
        // color:#0F0 and color:#000 -> (0, 127.5->128, 0)
        assertThat(f.get("avg_color")).isEqualTo("#008000");
    }

    @Test
    void computesTheFeaturesOfPage00177() throws Exception {
        Map<String, Object> f = features("00177.html", "http://victim-0177.example.com/hacked.html");

        assertThat(f).contains(entry("n_urls", 4.0), entry("n_resource", 4.0), entry("n_sound_urls", 1.0),
                entry("n_anchor", 1.0), entry("n_meta", 3.0), entry("n_link", 2.0), entry("n_script", 0.0));
        // #ecf0f3 #ffcc29 green #ec4646 #ce1212 #28b5b5:
        // r 973/6=162.2->a2, g 841/6=140.2->8c, b 553/6=92.2->5c
        assertThat(f.get("avg_color")).isEqualTo("#a28c5c");
    }

    @Test
    void computesTheFeaturesOfPage00220() throws Exception {
        Map<String, Object> f = features("00220.html", "http://victim-0220.example.org/x.htm");

        // 4 <link href> + 4 <script src> + <img src>, relative ones resolved against the record URL
        assertThat(f).contains(entry("n_resource", 9.0), entry("n_urls", 7.0), entry("n_twitter", 1.0),
                entry("n_script", 5.0), entry("n_anchor", 4.0), entry("n_meta", 11.0));
        // "Nasa.support: @rcegod": 21 characters, 17 letters, 3 punctuation (. : @), 1 space
        assertThat(f).contains(entry("frac_letters_in_title", 17 / 21.0), entry("frac_punct_in_title", 3 / 21.0),
                entry("frac_whitespace_in_title", 1 / 21.0));
        // the only literal colour is color: #61be09 (the other is transparent)
        assertThat(f.get("avg_color")).isEqualTo("#61be09");
    }

    @Test
    void computesThePaperFeaturesOfPage00220() throws Exception {
        Map<String, Object> f = features("00220.html", "http://victim-0220.example.com/index.html");

        // 4 <a>, all to instagram.com, github.com, twitter.com
        assertThat(f.get("frac_cross_origin_links")).isEqualTo(1.0);
        // external hosts: www.jqueryscript.net 18, fonts.googleapis.com 18, cdnjs.cloudflare.com 18,
        // code.jquery.com 13, instagram.com 12, github.com 9, twitter.com 10 letters: 98 / 7
        assertThat(f.get("avg_letters_external_domains")).isEqualTo(14.0);
        assertThat(f).contains(entry("sound_type", "none"), entry("encoding", "utf-8"), entry("language", "und"));
        assertThat((String) f.get("template_simhash")).matches("[0-9a-f]{16}");
    }

    @Test
    void computesThePaperFeaturesOfPage00007() throws Exception {
        Map<String, Object> f = features("00007.html", "http://victim-0007.example.com/index.html");

        assertThat(f.get("frac_cross_origin_links")).isEqualTo(1.0); // its one <a> goes to facebook.com
        // www.facebook.com 14, i.imgur.com 9, www.youtube.com 13 letters: 36 / 3
        assertThat(f.get("avg_letters_external_domains")).isEqualTo(12.0);
        assertThat(f).contains(entry("sound_type", "youtube"), entry("encoding", "none"), entry("language", "en"));
    }

    @Test
    void countsOnlyLinksToOtherHostsAsCrossOrigin() throws Exception {
        String html = "<a href='/a'>1</a><a href='http://v.example.com/b'>2</a><a href='https://x.example.org/'>3</a>"
                + "<a href='mailto:a@b.c'>4</a>";
        Map<String, Object> record = Map.of("url", "http://v.example.com/", "mirror", Map.of("html", html),
                "extract", Map.of("counts", Map.of()));

        assertThat(PageFeatures.crossOriginLinks(Mirrors.parse(record), "v.example.com")).isEqualTo(1 / 3.0);
    }

    @Test
    void documentsEveryFeatureOfFeaturesJsonInFeaturesMd() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/features.md"));
        try (InputStream in = FeaturesTransformer.class.getResourceAsStream("/features.json")) {
            for (String name : new ObjectMapper().readTree(in).findValuesAsText("name")) {
                assertThat(doc).as("docs/features.md names feature " + name).contains("`" + name + "`");
            }
        }
    }

    @Test
    void producesExactlyTheFeaturesListedInFeaturesJson() throws Exception {
        Map<String, Object> f = features("00001.html", "http://victim-0001.example.com/x.htm");

        try (InputStream in = FeaturesTransformer.class.getResourceAsStream("/features.json")) {
            JsonNode catalog = new ObjectMapper().readTree(in);
            List<String> names = catalog.findValuesAsText("name");
            assertThat(f.keySet()).containsExactlyElementsOf(names);
            for (JsonNode feature : catalog) {
                Object value = f.get(feature.get("name").asText());
                assertThat(value).isInstanceOf(feature.get("type").asText().equals("double") ? Double.class
                        : feature.path("multi_valued").asBoolean() ? List.class : String.class);
            }
        }
    }

    @Test
    void givesBlackAndZeroFractionsToAnEmptyPage() throws Exception {
        Map<String, Object> record = Map.of("url", "http://v.example.com/", "mirror", Map.of("html", ""));

        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) chain.apply(record, CorpusPages.context()).get("features");

        assertThat(f).contains(entry("avg_color", "#000000"), entry("frac_letters_in_title", 0.0),
                entry("n_resource", 0.0));
    }
}
