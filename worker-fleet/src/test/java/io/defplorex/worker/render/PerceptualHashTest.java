package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class PerceptualHashTest {

    @Test
    void hashIsSixteenHexCharacters() {
        assertThat(PerceptualHash.of(page(Color.WHITE, Color.BLACK, 40))).matches("[0-9a-f]{16}");
    }

    @Test
    void sameLayoutAtAnotherSizeHashesAlike() {
        String big = PerceptualHash.of(scaled(page(Color.WHITE, Color.BLACK, 40), 1280, 800));
        String thumb = PerceptualHash.of(scaled(page(Color.WHITE, Color.BLACK, 40), 240, 150));

        assertThat(PerceptualHash.distance(big, thumb)).isLessThanOrEqualTo(4);
    }

    @Test
    void differentLayoutsAreFarApart() {
        String banner = PerceptualHash.of(page(Color.WHITE, Color.BLACK, 40));
        String split = PerceptualHash.of(page(Color.BLACK, Color.RED, 200));

        assertThat(PerceptualHash.distance(banner, split)).isGreaterThan(10);
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(PerceptualHash.distance("ffffffffffffffff", "0000000000000000")).isEqualTo(64);
        assertThat(PerceptualHash.distance("8000000000000001", "0000000000000000")).isEqualTo(2);
    }

    /** A 240×150 page: background, and a block of {@code blockHeight} rows in the upper left. */
    private static BufferedImage page(Color background, Color block, int blockHeight) {
        BufferedImage image = new BufferedImage(240, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 240, 150);
        g.setColor(block);
        g.fillRect(20, 20, 120, blockHeight);
        g.dispose();
        return image;
    }

    private static BufferedImage scaled(BufferedImage source, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return image;
    }
}
