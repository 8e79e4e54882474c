package io.defplorex.plugin;

import org.elasticsearch.common.Strings;
import org.elasticsearch.index.query.QueryBuilders;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
        TopClusters top = new TopClusters(3, 2);
        top.offer(key(0, "a"), 1);
        top.offer(key(3, "a"), 5);
        top.offer(key(1, "b"), 2);
        top.offer(key(1, "a"), 2);
        top.offer(key(0, "b"), 2);
        top.offer(key(2, "a"), 9);

        assertThat(top.qualifying()).isEqualTo(5);
        assertThat(top.largestFirst()).containsExactly(
                new ClusterKey.Sized(key(2, "a"), 9),
                new ClusterKey.Sized(key(3, "a"), 5),
                new ClusterKey.Sized(key(0, "b"), 2));
    }
}
