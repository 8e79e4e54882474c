package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The bands of the template fingerprint, and near-duplicate corpus pages that share one. */
class TemplateBandsTest {

    @Test
    void cutsTheFingerprintIntoThreeBandsFromTheMostSignificantBit() {
        // 0x0123456789abcdef >> 43 = 0x002468; bits 21..41 from the top = 0x159e26; the low 22 bits = 0x2bcdef
        assertThat(TemplateBands.of(0x0123456789abcdefL)).containsExactly("0:002468", "1:159e26", "2:2bcdef");
        assertThat(TemplateBands.of(-1L)).containsExactly("0:1fffff", "1:1fffff", "2:3fffff");
    }

    @Test
    void givesEveryBandWhenCutFinerForTheBenchmark() {
        assertThat(TemplateBands.of(0x0123456789abcdefL, 4)).containsExactly("0:0123", "1:4567", "2:89ab", "3:cdef");
    }

    @Test
    void joinsTwoPagesOfOneTemplateWhoseFingerprintsDifferInThreeBits() throws Exception {
        // families.csv puts 00021 and 00024 in one family; their fingerprints differ in band 1 only
        List<?> a = bands("00021.html");
        List<?> b = bands("00024.html");

        assertThat(a).isNotEqualTo(b);
        assertThat(a).isEqualTo(List.of("0:190775", "1:11d2b0", "2:299c33"));
        assertThat(b).isEqualTo(List.of("0:190775", "1:118290", "2:299c33"));
    }

    private static List<?> bands(String page) throws Exception {
        Map<String, Object> fields = Transformers.standard().chain(List.of("extract", "features"))
                .apply(CorpusPages.record(page, "http://v.example.com/"), CorpusPages.context());
        return (List<?>) ((Map<?, ?>) fields.get("features")).get("template_bands");
    }
}
