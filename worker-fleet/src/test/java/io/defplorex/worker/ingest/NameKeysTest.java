package io.defplorex.worker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Attacker and team keys, and the record fields ingest writes from them. */
class NameKeysTest {

    @Test
    void foldsCaseTrimsAndCollapsesWhiteSpace() {
        assertThat(NameKeys.key("CALUTAX07")).isEqualTo("calutax07");
        assertThat(NameKeys.key(" Calutax07 ")).isEqualTo("calutax07");
        assertThat(NameKeys.key("Sedih \t\u00a0 Crew")).isEqualTo("sedih crew");
        assertThat(NameKeys.key("Sedih Crew")).isNotEqualTo(NameKeys.key("SedihCrew"));
    }

    @Test
    void foldsCompatibilityFormsOfLetters() {
        assertThat(NameKeys.key("ＡＲＥＳ")).isEqualTo("ares"); // full-width letters
        assertThat(NameKeys.key("ДИВАНЫЧ")).isEqualTo("диваныч");
    }

    @Test
    void givesNoKeyToABlankName() {
        assertThat(NameKeys.key(null)).isNull();
        assertThat(NameKeys.key(" \t ")).isNull();
    }

    @Test
    void storesTheKeyAsAttackerAndTheFeedSpellingAsAttackerRaw() {
        FeedRow row = new FeedRow(2, "r1", "http://a.example.com/", "a.example.com", "com",
                Instant.parse("2016-01-02T03:04:05Z"), "CALUTAX07", "Team  A", null, true, false, false,
                new MirrorPage("p.html", "00", 0, ""));

        var upsert = RecordDocuments.upsert(row);

        assertThat(upsert.fields()).containsEntry("attacker", "calutax07").containsEntry("attacker_raw", "CALUTAX07")
                .containsEntry("team", "team a").containsEntry("team_raw", "Team  A");
    }
}
