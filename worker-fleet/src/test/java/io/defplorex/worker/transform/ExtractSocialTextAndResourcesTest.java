package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The extraction fields added for issue 4, on named corpus pages. Expected values were read in the pages by
 * hand (grep) and hashes computed apart with Python's hashlib: {@code sha256(b'<url>').hexdigest()[:16]}.
 */
class ExtractSocialTextAndResourcesTest {

    private final ExtractTransformer extract = new ExtractTransformer();

    @SuppressWarnings("unchecked")
    private Map<String, Object> extract(String page, String url) throws TransformException {
        return (Map<String, Object>) extract.apply(CorpusPages.record(page, url), CorpusPages.context())
                .get("extract");
    }

    @Test
    void findsInstagramGithubAndTwitterAccountsOfPage00220() throws TransformException {
        Map<String, Object> e = extract("00220.html", "http://victim-0220.example.com/index.html");

        // four <a>: instagram.com/rcegod twice, github.com/rcegod/, twitter.com/rcegod/
        assertThat(e.get("social")).isEqualTo(Map.of("twitter", List.of("rcegod"), "facebook", List.of(),
                "instagram", List.of("rcegod"), "telegram", List.of(), "youtube", List.of(),
                "github", List.of("rcegod")));
        assertThat(e.get("images")).isEqualTo(List.of(Map.of("url", "http://victim-0220.example.com/rce.png",
                "hash", "5e37a5adb2c4d730")));
        assertThat(e.get("scripts")).asList().containsExactly("http://code.jquery.com/jquery-1.12.0.min.js",
                "http://victim-0220.example.com/jquery.go-binary.min.js",
                "http://victim-0220.example.com/jquery.go-binary.js", "http://victim-0220.example.com/script.js");
        assertThat(e.get("styles")).asList().first().isEqualTo("http://victim-0220.example.com/style.css");
        assertThat(e.get("meta")).asList().hasSize(11).startsWith(Map.of("name", "charset", "content", "utf-8"));
        assertThat(e.get("encoding")).isEqualTo("utf-8");
        assertThat(e.get("summary"))
                .isEqualTo("Nasa.support: @rcegod @rcegod 0101001101001010001010101000101010101010");
        // only a handle and binary digits: one word ("Nasa.support:") can carry a language, too few to guess
        assertThat(e.get("language")).isEqualTo("und");
    }

    @Test
    void takesTheTelegramChannelButNotTheInviteLinkOfPage00099() throws TransformException {
        // links: https://CyberRussianSquad.t.me and https://t.me/+OIlfm1E_hq01NmEy (an invite, not an account)
        Map<String, Object> e = extract("00099.html", "http://victim-0099.example.com/index.html");

        assertThat(((Map<?, ?>) e.get("social")).get("telegram")).isEqualTo(List.of("cyberrussiansquad"));
        assertThat(e.get("language")).isEqualTo("ru"); // the Cyrillic words decide over the Latin banner
        assertThat(e.get("encoding")).isEqualTo("utf-8"); // <meta charset="UTF-8">
    }

    @Test
    void keepsTheYoutubeEmbedAsSoundNotAsAccountOfPage00007() throws TransformException {
        Map<String, Object> e = extract("00007.html", "http://victim-0007.example.com/index.html");

        Map<?, ?> social = (Map<?, ?>) e.get("social");
        assertThat(social.get("facebook")).isEqualTo(List.of("us3r47"));
        assertThat(social.get("youtube")).isEqualTo(List.of());
        assertThat(e.get("sound_types")).isEqualTo(List.of("youtube"));
        assertThat(e.get("iframes")).isEqualTo(List.of("https://www.youtube.com/embed/LApS9G22cIU?rel=0&autoplay=1"));
        assertThat(e.get("images")).isEqualTo(List.of(Map.of("url", "https://i.imgur.com/eii30mp.gif",
                "hash", "cb3efa894c44c09b")));
        assertThat(e.get("encoding")).isEqualTo("none"); // no BOM, no charset
        assertThat(e.get("language")).isEqualTo("en");
    }

    @Test
    void guessesBengaliAndIndonesianPages() throws TransformException {
        assertThat(extract("00039.html", "http://v.example.com/").get("language")).isEqualTo("bn");
        assertThat(extract("00014.html", "http://v.example.com/").get("language")).isEqualTo("id");
    }

    @Test
    void hashesTheDecodedBytesOfDataUrisSoBase64AndPercentFormsAgree() throws TransformException {
        // sha256(b'hi') = 8f434346648f6b96...
        String html = "<img src='data:text/plain;base64,aGk='><img src='data:text/plain,h%69'>";
        Map<String, Object> record = Map.of("url", "http://v.example.com/", "mirror", Map.of("html", html));

        Map<?, ?> e = (Map<?, ?>) extract.apply(record, CorpusPages.context()).get("extract");

        assertThat(e.get("images")).isEqualTo(List.of(
                Map.of("url", "data:text/plain;base64", "hash", "8f434346648f6b96"),
                Map.of("url", "data:text/plain", "hash", "8f434346648f6b96")));
    }

    @Test
    void normalisesTextBeforeHashingIt() throws TransformException {
        String html = "<title>X</title><p>  Hacked\u00a0BY   \uFF38\uFF39\uFF3A </p>";
        Map<String, Object> record = Map.of("url", "http://v.example.com/", "mirror", Map.of("html", html));

        Map<?, ?> e = (Map<?, ?>) extract.apply(record, CorpusPages.context()).get("extract");

        assertThat(e.get("text")).isEqualTo("x hacked by xyz"); // NFKC folds the full-width letters
        assertThat(e.get("text_hash")).isEqualTo(Hashes.sha256Hex16("x hacked by xyz"));
        assertThat(e.get("summary")).isEqualTo("X Hacked BY \uFF38\uFF39\uFF3A");
        assertThat(VisibleText.normalise("")).isEmpty();
        assertThat(Hashes.sha256Hex16("")).isEqualTo("e3b0c44298fc1c14");
    }

    @Test
    void cutsTheSummaryAfterTwentyFiveWords() {
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive";

        assertThat(VisibleText.summary(words + " twentysix")).isEqualTo(words + "…");
        assertThat(VisibleText.summary(words)).isEqualTo(words);
    }

    @Test
    void extractsTheRenderedDomUnderExtractDomWhenTheRecordHasOne() throws TransformException {
        Map<String, Object> record = Map.of("url", "http://v.example.com/", "mirror",
                Map.of("html", "<title>static</title>"), "render_dom",
                Map.of("html", "<title>rendered</title><a href='https://t.me/some_channel'>t</a>"));

        Map<String, Object> fields = extract.apply(record, CorpusPages.context());

        assertThat(((Map<?, ?>) fields.get("extract")).get("title")).isEqualTo("static");
        Map<?, ?> dom = (Map<?, ?>) fields.get("extract_dom");
        assertThat(dom.get("title")).isEqualTo("rendered");
        assertThat(((Map<?, ?>) dom.get("social")).get("telegram")).isEqualTo(List.of("some_channel"));
    }

    @Test
    void readsTheDeclaredEncodingFromBomMetaOrHttpEquiv() throws TransformException {
        assertThat(Encodings.detect("\uFEFF<p>x", org.jsoup.Jsoup.parse("<p>x"))).isEqualTo("utf-8");
        String httpEquiv = "<meta http-equiv='Content-Type' content='text/html; charset=latin1'>";
        assertThat(Encodings.detect(httpEquiv, org.jsoup.Jsoup.parse(httpEquiv))).isEqualTo("iso-8859-1");
        String unknown = "<meta charset='x-klingon'>";
        assertThat(Encodings.detect(unknown, org.jsoup.Jsoup.parse(unknown))).isEqualTo("x-klingon");
    }
}
