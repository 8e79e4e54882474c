package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ColorsTest {

    @Test
    void parsesHexRgbAndNamedColours() {
        assertThat(Colors.parse("#FFF")).contains(0xffffff);
        assertThat(Colors.parse("#12345680")).contains(0x123456);
        assertThat(Colors.parse("ff0000")).contains(0xff0000);
        assertThat(Colors.parse("rgb(255, 0, 128)")).contains(0xff0080);
        assertThat(Colors.parse("rgba(0,0,255,0.5)")).contains(0x0000ff);
        assertThat(Colors.parse("rgb(100%, 0%, 50%)")).contains(0xff0080);
        assertThat(Colors.parse(" Cyan ")).contains(0x00ffff);
    }

    @Test
    void skipsValuesThatAreNotLiteralColours() {
        assertThat(Colors.parse("transparent")).isEqualTo(Optional.empty());
        assertThat(Colors.parse("var(--main)")).isEqualTo(Optional.empty());
        assertThat(Colors.parse("inherit")).isEqualTo(Optional.empty());
        assertThat(Colors.parse("#12")).isEqualTo(Optional.empty());
    }

    @Test
    void averagesAttributesStyleAttributesAndStyleBlocks() {
        String html = "<html><head><style>h1{color:#ff0000} .x{background-color: rgb(0,0,255)}</style></head>"
                + "<body bgcolor=\"white\"><font color=\"#000\">x</font><p style=\"color: lime\">y</p></body></html>";

        // red, blue, white, black, lime: r (255+0+255+0+0)/5=102, g 255*2/5=102, b 255*2/5=102
        assertThat(Colors.average(Jsoup.parse(html))).isEqualTo("#666666");
    }
}
