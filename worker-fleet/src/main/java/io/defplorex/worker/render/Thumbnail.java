package io.defplorex.worker.render;

/**
 * Size of the thumbnail the UI shows in a grid: the screenshot scaled down to at most {@link #MAX_WIDTH} pixels
 * wide, never up, keeping the aspect ratio (1280×800 becomes 240×150).
 */
public record Thumbnail(int width, int height, double scale) {

    public static final int MAX_WIDTH = 240;

    /** The thumbnail of a {@code width}×{@code height} screenshot. */
    public static Thumbnail of(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("screenshot size must be positive, got " + width + "x" + height);
        }
        if (width <= MAX_WIDTH) {
            return new Thumbnail(width, height, 1.0);
        }
        double scale = (double) MAX_WIDTH / width;
        return new Thumbnail(MAX_WIDTH, Math.max(1, (int) Math.round(height * scale)), scale);
    }
}
