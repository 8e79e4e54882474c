package io.defplorex.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void thresholdsAreDrawnAsLinesAtTheirValueAndUnknownOnesAreSkipped() {
        String svg = Histogram.svg(List.of(new Histogram.Bucket(0, 4), new Histogram.Bucket(10, 1)), 10,
                Arrays.asList(5.0, null, 10.0));

        assertThat(svg).contains("<line x1='105.00'", "<line x1='210.00'");
        assertThat(svg.split("class='threshold'")).hasSize(3);
        assertThat(svg).contains("<title>0: 4</title>", "<title>10: 1</title>");
    }

    @Test
    void emptyTimelineGivesAnEmptyFrame() {
        assertThat(Sparkline.svg(List.of(), 120, 24)).doesNotContain("fill='#1676f3'");
        assertThat(Sparkline.svg(List.of(2L, 0L, 4L), 120, 24).split("fill='#1676f3'")).hasSize(4);
    }
}
