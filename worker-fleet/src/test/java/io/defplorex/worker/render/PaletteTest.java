package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void flatPageHasOneColourAndItIsTheAverage() {
        int[] white = new int[100];
        Arrays.fill(white, 0xffffff);

        Palette.Colors c = Palette.of(white);

        assertThat(c.top()).containsExactly("#ffffff");
        assertThat(c.average()).isEqualTo("#ffffff");
    }

    @Test
    void topFiveAreOrderedByCountAndAveragedUnweighted() {
        int[] pixels = pixels(0xff0000, 6, 0x00ff00, 5, 0x0000ff, 4, 0x000000, 3, 0xffffff, 2, 0x808080, 1);

        Palette.Colors c = Palette.of(pixels);

        assertThat(c.top()).containsExactly("#ff0000", "#00ff00", "#0000ff", "#000000", "#ffffff");
        assertThat(c.average()).isEqualTo("#666666"); // (255+0+0+0+255)/5 = 102 on each channel
    }

    @Test
    void nearColoursShareABucketWithTheirMeanColour() {
        int[] pixels = pixels(0x101010, 1, 0x141414, 1, 0xf0f0f0, 1);

        assertThat(Palette.of(pixels).top()).containsExactly("#121212", "#f0f0f0");
    }

    @Test
    void tiesGoToTheDarkerBucket() {
        assertThat(Palette.of(pixels(0xffffff, 2, 0x000000, 2)).top()).containsExactly("#000000", "#ffffff");
    }

    @Test
    void emptyImageIsBlackWithNoColours() {
        Palette.Colors c = Palette.of(new int[0]);

        assertThat(c.top()).isEqualTo(List.of());
        assertThat(c.average()).isEqualTo("#000000");
    }

    private static int[] pixels(int... colourAndCount) {
        int n = 0;
        for (int i = 1; i < colourAndCount.length; i += 2) {
            n += colourAndCount[i];
        }
        int[] out = new int[n];
        int at = 0;
        for (int i = 0; i < colourAndCount.length; i += 2) {
            for (int k = 0; k < colourAndCount[i + 1]; k++) {
                out[at++] = colourAndCount[i];
            }
        }
        return out;
    }
}
