package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The language guess (the Optimaize detector on a bounded prefix) on corpus pages whose language was read by hand, and on short,
 * mixed and letterless text.
 */
class LanguagesTest {

    private static String languageOf(String page) throws TransformException {
        Map<String, Object> fields = new ExtractTransformer().apply(
                CorpusPages.record(page, "http://v.example.com/"), CorpusPages.context());
        return (String) ((Map<?, ?>) fields.get("extract")).get("language");
    }

    @Test
    void namesTheLanguageOfCorpusPagesReadByHand() throws TransformException {
        assertThat(languageOf("00007.html")).isEqualTo("en"); // "This Site Was FucKed By Levi | It's better to …"
        assertThat(languageOf("00174.html")).isEqualTo("id"); // "Perkenalkan nama saya adalah …, saya bukanlah raja"
        assertThat(languageOf("00446.html")).isEqualTo("id"); // the proclamation of independence under a banner
        assertThat(languageOf("00066.html")).isEqualTo("pt"); // "Sistema violado! Esta página foi alterada …"
        assertThat(languageOf("00312.html")).isEqualTo("tr"); // "Mazluma bu dünyayı Cehennem eyleyenlere …"
    }

    @Test
    void findsVietnameseInAShortSignature() throws TransformException {
        assertThat(languageOf("00076.html")).isEqualTo("vi"); // the whole text: "Coder Đào Xuân Thắng"
    }

    @Test
    void letsAnotherScriptDecideOverALatinBannerAndHandles() throws TransformException {
        assertThat(languageOf("00098.html")).isEqualTo("ru"); // "Hacked By C.R.S and Диваныч … ХОХЛЫ …, ваши …"
        assertThat(languageOf("00040.html")).isEqualTo("bn"); // "SYSTEM COMPROMISED BY BLACK HERIX … আমাদের …"
        assertThat(Languages.guess("Hacked by C.R.S. Greetz: Ares, Диваныч. Ваши данные скомпроментированы и скоро"
                + " окажутся в открытом доступе")).isEqualTo("ru");
    }

    @Test
    void guessesShortMessages() {
        assertThat(Languages.guess("Your security is very weak, please patch your website")).isEqualTo("en");
        assertThat(Languages.guess("Keamanan website anda sangat lemah, tolong diperbaiki")).isEqualTo("id");
        assertThat(Languages.guess("Trang web này đã bị tấn công")).isEqualTo("vi");
    }

    @Test
    void answersUndWithoutLettersOrWithOnlyAHandleAndDigits() {
        assertThat(Languages.guess("")).isEqualTo("und");
        assertThat(Languages.guess("404 !!! ☠ 0101001101 :: [+]")).isEqualTo("und");
        assertThat(Languages.guess("Nasa.support: @rcegod @rcegod 0101001101001010001010101000101010101010"))
                .isEqualTo("und");
    }

    @Test
    void readsOnlyTheStartOfALongText() {
        String english = "We have been here and your server was not safe at all. ".repeat(10);
        String indonesian = "Kami sudah di sini dan server anda tidak aman sama sekali. ".repeat(200);

        assertThat(english.length()).isGreaterThan(Languages.MAX_CHARS);
        assertThat(Languages.guess(english + indonesian)).isEqualTo("en");
    }
}
