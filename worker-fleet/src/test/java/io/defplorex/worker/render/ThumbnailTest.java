package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThumbnailTest {

    @Test
    void screenshotIsScaledTo240PixelsWide() {
        assertThat(Thumbnail.of(1280, 800)).isEqualTo(new Thumbnail(240, 150, 0.1875));
    }

    @Test
    void oddSizesRoundTheHeight() {
        assertThat(Thumbnail.of(1000, 333)).isEqualTo(new Thumbnail(240, 80, 0.24));
    }

    @Test
    void smallScreenshotIsNotScaledUp() {
        assertThat(Thumbnail.of(200, 100)).isEqualTo(new Thumbnail(200, 100, 1.0));
    }

    @Test
    void emptySizeIsRefused() {
        assertThatThrownBy(() -> Thumbnail.of(0, 800)).hasMessage("screenshot size must be positive, got 0x800");
    }
}
