package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderTargetTest {

    @Test
    void recordUrlIsServedWithoutItsFragment() {
        assertThat(RenderTransformer.target("http://Victim.example.com/x.htm?a=1#top"))
                .isEqualTo("http://Victim.example.com/x.htm?a=1");
    }

    @Test
    void unusableUrlsFallBackToTheInvalidHost() {
        assertThat(RenderTransformer.target("ftp://victim.example.com/")).isEqualTo(RenderTransformer.NO_URL);
        assertThat(RenderTransformer.target("not a url")).isEqualTo(RenderTransformer.NO_URL);
        assertThat(RenderTransformer.target(null)).isEqualTo(RenderTransformer.NO_URL);
    }

    @Test
    void sameUrlIgnoresFragmentTrailingSlashAndCase() {
        assertThat(BrowserSlot.sameUrl("http://victim.example.com/", "http://VICTIM.example.com#x")).isTrue();
        assertThat(BrowserSlot.sameUrl("http://victim.example.com/a", "http://victim.example.com/b")).isFalse();
    }
}
