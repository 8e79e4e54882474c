package io.defplorex.ui.view;

import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** Small pieces the grids share: bin badges, colour swatches, thumbnails and server-drawn SVG charts. */
final class Badges {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=]+");
    private static final int TOP_BIN_CLASS = 3;

    private Badges() {
    }

    /** A badge {@code feature=bin}, coloured by bin (0 low … 3 outlier and above). */
    static Span bin(String feature, String bin) {
        Span badge = new Span(feature + "=" + bin);
        badge.addClassNames("dpx-bin", "dpx-bin-" + binClass(bin));
        return badge;
    }

    /** Badges for a whole cluster key or a record's bins. */
    static FlexLayout bins(Map<String, ?> bins) {
        FlexLayout row = new FlexLayout();
        row.addClassName("dpx-badges");
        bins.forEach((feature, bin) -> row.add(bin(feature, String.valueOf(bin))));
        return row;
    }

    /** A square of {@code color} ("#rrggbb"); anything else is shown as text, never as CSS. */
    static Span swatch(String color) {
        Span swatch = new Span();
        swatch.addClassName("dpx-swatch");
        if (color != null && COLOR.matcher(color).matches()) {
            swatch.getStyle().setBackgroundColor(color);
            swatch.setTitle(color);
        } else {
            swatch.setText(color == null ? "" : "?");
        }
        return swatch;
    }

    /** A thumbnail from a base64 PNG, or a grey placeholder when there is none. */
    static com.vaadin.flow.component.Component thumbnail(String base64, String recordId) {
        if (base64 == null || !BASE64.matcher(base64).matches()) {
            Span none = new Span("no screenshot");
            none.addClassName("dpx-no-thumb");
            return none;
        }
        Image image = new Image("data:image/png;base64," + base64, "screenshot of " + recordId);
        image.addClassName("dpx-thumb");
        return image;
    }

    /** {@code color} when it is "#rrggbb", else null: only such values reach a style attribute. */
    static String safeColor(String color) {
        return color != null && COLOR.matcher(color).matches() ? color : null;
    }

    /** {@code base64} when it is only base64 characters, else null: only such values reach an image URL. */
    static String safeBase64(String base64) {
        return base64 != null && BASE64.matcher(base64).matches() ? base64 : null;
    }

    /** An SVG drawn on the server, shown as an image so that nothing in it can run. */
    static Image svg(String svg, String alt) {
        String data = java.util.Base64.getEncoder()
                .encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Image("data:image/svg+xml;base64," + data, alt);
    }

    static String binClass(String bin) {
        try {
            return String.valueOf(Math.min(TOP_BIN_CLASS, Math.max(0, Integer.parseInt(bin))));
        } catch (NumberFormatException keyword) {
            return "value";
        }
    }
}
