package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TemplateSimHashTest {

    @Test
    void shinglesAreTagPathsOfUpToThreeAncestors() {
        Set<String> shingles = TemplateSimHash.shingles(Jsoup.parse("<div><center><p><b>hi</b></p></center></div>"));

        assertThat(shingles).containsExactlyInAnyOrder("html", "html>head", "html>body", "html>body>div",
                "html>body>div>center", "body>div>center>p", "div>center>p>b");
    }

    @Test
    void pagesOfOneTemplateShareTheHashDespiteTheirText() {
        String a = "<title>Hacked by A</title><center><h1>Hacked by A</h1><img src=a.png><p>greetz: x, y</p></center>";
        String b = "<title>Owned by Bee</title><center><h1>Owned</h1><img src=b.gif><p>hello world</p></center>";

        assertThat(TemplateSimHash.of(Jsoup.parse(a))).isEqualTo(TemplateSimHash.of(Jsoup.parse(b)));
    }

    @Test
    void repeatedElementsWeighAsOne() {
        String one = "<ul><li>a</li></ul>";
        String ten = "<ul>" + "<li>a</li>".repeat(10) + "</ul>";

        assertThat(TemplateSimHash.of(Jsoup.parse(one))).isEqualTo(TemplateSimHash.of(Jsoup.parse(ten)));
    }

    @Test
    void aSingleShingleGivesItsOwnHash() {
        // FNV-1a 64 of "html>body>p" then the SplitMix64 finaliser, computed apart in Python: 833af217d6705d5b
        assertThat(Hashes.hex64(TemplateSimHash.simHash(Set.of("html>body>p")))).isEqualTo("833af217d6705d5b");
        assertThat(TemplateSimHash.simHash(Set.of())).isZero();
    }

    @Test
    void aDifferentStructureLandsFarAway() {
        long table = TemplateSimHash.of(Jsoup.parse("<table><tr><td><font>x</font></td></tr></table>"));
        long center = TemplateSimHash.of(Jsoup.parse("<center><h1>x</h1><marquee>y</marquee></center>"));

        assertThat(TemplateSimHash.distance(table, center)).isGreaterThan(10);
    }

    @Test
    void majorityVoteSetsABitWhenMoreShinglesHaveIt() {
        long x = Hashes.hash64("x");
        long y = Hashes.hash64("y");
        long z = Hashes.hash64("z");
        long majority = (x & y) | (x & z) | (y & z);

        assertThat(TemplateSimHash.simHash(Set.of("x", "y", "z"))).isEqualTo(majority);
    }
}
