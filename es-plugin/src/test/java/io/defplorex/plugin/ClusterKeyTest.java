package io.defplorex.plugin;

import org.elasticsearch.common.Strings;
import org.elasticsearch.index.query.QueryBuilders;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterKeyTest {

    private static final List<Pivot> PIVOTS = List.of(new Pivot("img", "bins.img"),
            new Pivot("avg_color", "features.avg_color"));

    private static ClusterKey key(long bin, String color) {
        return new ClusterKey(PIVOTS, List.of(bin, color));
    }

    @Test
    void showsBinsAndValuesByFeatureName() {
        assertThat(key(2, "#ff0000").byFeature())
                .containsExactly(Map.entry("img", 2L), Map.entry("avg_color", "#ff0000"));
    }

    @Test
    void filterSelectsTheClusterWithOneTermPerPivot() {
        assertThat(Strings.toString(key(2, "#ff0000").filter())).isEqualTo("{\"bool\":{\"filter\":["
                + "{\"term\":{\"bins.img\":{\"value\":2}}},"
                + "{\"term\":{\"features.avg_color\":{\"value\":\"#ff0000\"}}}],\"boost\":1.0}}");
    }

    @Test
    void filterKeepsTheSelectingQuery() {
        String json = Strings.toString(key(0, "x").filter(QueryBuilders.termQuery("tld", "br")));

        assertThat(json).isEqualTo("{\"bool\":{\"filter\":[{\"term\":{\"bins.img\":{\"value\":0}}},"
                + "{\"term\":{\"features.avg_color\":{\"value\":\"x\"}}},"
                + "{\"term\":{\"tld\":{\"value\":\"br\"}}}],\"boost\":1.0}}");
    }

    @Test
    void ordersBinsNumericallyThenValuesLexically() {
        List<ClusterKey> keys = new ArrayList<>(List.of(key(10, "a"), key(2, "b"), key(2, "a")));

        keys.sort(null);

        assertThat(keys).containsExactly(key(2, "a"), key(2, "b"), key(10, "a"));
    }

    @Test
    void topClustersKeepsTheLargestAtLeastMinSizeWithTiesInKeyOrder() {
        TopClusters top = new TopClusters(3, 2, ClusterSort.SIZE, null);
        offerSix(top);

        assertThat(top.qualifying()).isEqualTo(5);
        assertThat(top.page()).containsExactly(sized(2, "a", 9, 40), sized(3, "a", 5, 30), sized(0, "b", 2, 10));
        assertThat(top.next()).isEqualTo(new ClusterCursor(ClusterSort.SIZE, 2, 10, List.of(0L, "b")));
    }

    @Test
    void topClustersPagesAfterTheCursorUntilTheLast() {
        TopClusters second = new TopClusters(3, 2, ClusterSort.SIZE,
                new ClusterCursor(ClusterSort.SIZE, 2, 10, List.of(0L, "b")).position(key(0, "b").pivots()));
        offerSix(second);

        assertThat(second.qualifying()).isEqualTo(5);
        assertThat(second.page()).containsExactly(sized(1, "a", 2, 20), sized(1, "b", 2, 5));
        assertThat(second.next()).isNull();
    }

    @Test
    void topClustersSortedByStartPutEarliestFirst() {
        TopClusters top = new TopClusters(2, 2, ClusterSort.START, null);
        offerSix(top);

        assertThat(top.page()).containsExactly(sized(1, "b", 2, 5), sized(0, "b", 2, 10));
        assertThat(top.next()).isEqualTo(new ClusterCursor(ClusterSort.START, 2, 10, List.of(0L, "b")));
    }

    @Test
    void cursorRoundTripsAndRefusesAnotherSort() {
        ClusterCursor cursor = new ClusterCursor(ClusterSort.SIZE, 7, 123, List.of(3L, "red"));

        assertThat(ClusterCursor.decode(cursor.encode(), ClusterSort.SIZE, 2).position(key(0, "a").pivots()))
                .isEqualTo(new ClusterKey.Sized(new ClusterKey(key(0, "a").pivots(), List.of(3, "red")), 7, 123));
        assertThatThrownBy(() -> ClusterCursor.decode(cursor.encode(), ClusterSort.START, 2))
                .hasMessageStartingWith("[after] must be the [next] cursor of a previous answer with the same"
                        + " features and sort, got [");
        assertThatThrownBy(() -> ClusterCursor.decode("nonsense", ClusterSort.SIZE, 2))
                .hasMessage("[after] must be the [next] cursor of a previous answer with the same features and sort,"
                        + " got [nonsense]");
    }

    private static void offerSix(TopClusters top) {
        top.offer(sized(0, "a", 1, 1));
        top.offer(sized(3, "a", 5, 30));
        top.offer(sized(1, "b", 2, 5));
        top.offer(sized(1, "a", 2, 20));
        top.offer(sized(0, "b", 2, 10));
        top.offer(sized(2, "a", 9, 40));
    }

    private static ClusterKey.Sized sized(long bin, String color, long size, long start) {
        return new ClusterKey.Sized(key(bin, color), size, start);
    }
}
