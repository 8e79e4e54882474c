package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Expected values were counted by hand in the pages (grep and reading), see each test. */
class ExtractTransformerTest {

    private final ExtractTransformer extract = new ExtractTransformer();

    @SuppressWarnings("unchecked")
    private Map<String, Object> extract(String page, String url) throws TransformException {
        Map<String, Object> record = CorpusPages.record(page, url);
        return (Map<String, Object>) extract.apply(record, CorpusPages.context()).get("extract");
    }

    @Test
    void countsTagsOfPage00001IgnoringTheCommentedOutMeta() throws TransformException {
        // grep '<meta' finds 12, one is inside <!-- -->; one <img>, <script>, <style>, three <link>, no <a>.
        Map<String, Object> e = extract("00001.html", "http://victim-0001.example.com/x.htm");

        assertThat(e.get("title")).isEqualTo("Touched By SedihCrew -");
        assertThat(e.get("counts")).isEqualTo(Map.of("img", 1, "script", 1, "style", 1, "meta", 11, "iframe", 0,
                "embed", 0, "object", 0, "link", 3, "anchor", 0));
        // the URL in the leading comment and those in meta content attributes are not links
        assertThat(e.get("urls")).asList().containsExactly(
                "https://i.ibb.co/PtjcfgK/Sedih-Crew.png",
                "https://fonts.googleapis.com/css?family=Poetsen+One",
                "https://raw.githubusercontent.com/0verflowSec/SedihCrew/main/overflowsec.css",
                "https://cdn.prinsh.com/data-1/images/NathanPrinsley-no-estoy-feliz.gif",
                "https://cdn.prinsh.com/NathanPrinsley-effect/green-bintang-jatuh.js");
        assertThat(e.get("sound_urls")).asList().isEmpty();
        assertThat(e.get("twitter")).asList().isEmpty();
    }

    @Test
    void resolvesARelativeAudioSourceOfPage00174AgainstTheRecordUrl() throws TransformException {
        Map<String, Object> e = extract("00174.html", "http://victim-0174.example.com/index.html");

        assertThat(e.get("sound_urls")).asList().containsExactly("http://victim-0174.example.com/audio.mp3");
        assertThat(e.get("urls")).asList().isEmpty(); // manzs.jpg and audio.mp3 are relative
        assertThat(e.get("counts")).isEqualTo(Map.of("img", 1, "script", 1, "style", 1, "meta", 2, "iframe", 0,
                "embed", 0, "object", 0, "link", 0, "anchor", 0));
    }

    @Test
    void findsTheMp3AndDeduplicatesUrlsOfPage00177() throws TransformException {
        // the .gif is both an <a href> and an <img src>: one URL; @import in <style> is not a link
        Map<String, Object> e = extract("00177.html", "http://victim-0177.example.com/hacked.html");

        assertThat(e.get("title")).isEqualTo("YOU GET HACKED");
        assertThat(e.get("sound_urls")).asList().containsExactly("https://c.top4top.io/m_3401q17r80.mp3");
        assertThat(e.get("urls")).asList().hasSize(4).contains("https://c.top4top.io/m_3401q17r80.mp3",
                "https://s.kaskus.id/r540x540/images/2015/12/19/3910772_20151219020131.gif");
        assertThat(e.get("counts")).isEqualTo(Map.of("img", 1, "script", 0, "style", 1, "meta", 3, "iframe", 0,
                "embed", 0, "object", 0, "link", 2, "anchor", 1));
    }

    @Test
    void findsTheTwitterHandleOfPage00220InTextTitleAndProfileLink() throws TransformException {
        Map<String, Object> e = extract("00220.html", "http://victim-0220.example.org/x.htm");

        assertThat(e.get("twitter")).asList().containsExactly("rcegod");
        assertThat(e.get("hashtags")).asList().isEmpty(); // "#text" only appears inside a <script>
        assertThat(e.get("urls")).asList().containsExactly(
                "http://www.jqueryscript.net/css/jquerysctipttop.css",
                "https://fonts.googleapis.com/css?family=Droid+Sans+Mono",
                "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/css/font-awesome.min.css",
                "http://code.jquery.com/jquery-1.12.0.min.js",
                "https://instagram.com/rcegod",
                "https://github.com/rcegod/",
                "https://twitter.com/rcegod/");
        assertThat(e.get("counts")).isEqualTo(Map.of("img", 1, "script", 5, "style", 0, "meta", 11, "iframe", 0,
                "embed", 0, "object", 0, "link", 4, "anchor", 4));
    }

    @Test
    void findsTheEmailAndTheWhatsappNumberOfPage00014() throws TransformException {
        // grep: user2@example.invalid twice, wa.me/7999362870440 eight times, 34 <a href>
        Map<String, Object> e = extract("00014.html", "http://victim-0014.example.com/index.html");

        assertThat(e.get("emails")).asList().containsExactly("user2@example.invalid");
        assertThat(e.get("phones")).asList().containsExactly("+7999362870440");
        assertThat(((Map<?, ?>) e.get("counts")).get("anchor")).isEqualTo(34);
        assertThat(e.get("title")).isEqualTo("");
    }

    @Test
    void findsHandlesHashtagsAndMusicEmbedsInText() throws TransformException {
        String html = "<html><head><title>x</title></head><body><p>by @Zero_Cool and mail a@b.example.org "
                + "#OpIsrael #opisrael &#35;no color #fff</p><iframe src=\"https://www.youtube.com/embed/abc\">"
                + "</iframe><a href=\"https://x.com/intent/tweet\">share</a><a href=\"https://x.com/crew\">x</a>"
                + "<a href=\"tel:+62 812-3456-7890\">call</a></body></html>";
        Map<String, Object> record = Map.of("url", "http://v.example.com/", "mirror", Map.of("html", html));

        @SuppressWarnings("unchecked")
        Map<String, Object> e = (Map<String, Object>) extract.apply(record, CorpusPages.context()).get("extract");

        assertThat(e.get("twitter")).asList().containsExactly("zero_cool", "crew");
        assertThat(e.get("hashtags")).asList().containsExactly("opisrael", "no", "fff");
        assertThat(e.get("emails")).asList().containsExactly("a@b.example.org");
        assertThat(e.get("phones")).asList().containsExactly("+6281234567890");
        assertThat(e.get("sound_urls")).asList().containsExactly("https://www.youtube.com/embed/abc");
    }

    @Test
    void failsARecordWithoutMirrorHtml() {
        assertThatThrownBy(() -> extract.apply(Map.of("id", "x"), CorpusPages.context()))
                .isInstanceOf(TransformException.class)
                .hasMessage("record has no mirror.html");
    }

    @Test
    void staysFastOnLongRunsOfTextThatAlmostLookLikeAddresses() {
        String run = "a".repeat(1_000_000);
        String html = "<html><body><p>" + run + " x@" + run + "</p><p>@a-@a-" + "@a-".repeat(200_000) + "</p>"
                + "<style>p{" + "color:".repeat(200_000) + "}</style></body></html>";
        Map<String, Object> record = Map.of("url", "http://v.example.com/", "mirror", Map.of("html", html));

        Map<String, Object> out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> Transformers.standard().chain(List.of("extract", "features"))
                        .apply(record, CorpusPages.context()));

        assertThat(((Map<?, ?>) out.get("extract")).get("emails")).asList().isEmpty();
        assertThat(((Map<?, ?>) out.get("extract")).get("twitter")).asList().containsExactly("a");
    }
}
