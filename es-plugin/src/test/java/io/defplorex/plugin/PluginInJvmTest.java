package io.defplorex.plugin;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.action.bulk.BulkRequestBuilder;
import org.elasticsearch.action.support.WriteRequest;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.test.ESIntegTestCase;
import org.elasticsearch.xcontent.XContentType;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The plugin loaded by Elasticsearch's test framework in this JVM: a cluster of two nodes with real HTTP (Netty),
 * each request sent to a random node. Redis is deliberately unreachable, so enqueue must answer 503.
 * Runs under surefire (JUnit 4 through the vintage engine); entitlements are off here, see the ITs for those.
 */
@ESIntegTestCase.ClusterScope(scope = ESIntegTestCase.Scope.SUITE, numDataNodes = 2, numClientNodes = 0,
        supportsDedicatedMasters = false)
public class PluginInJvmTest extends InJvmPluginTestCase {

    private static final String INDEX = "records";
    private static final String MAPPING = """
            {"dynamic_templates": [
               {"bins": {"path_match": "bins.*", "mapping": {"type": "short"}}},
               {"strings": {"path_match": "features.*", "match_mapping_type": "string",
                            "mapping": {"type": "keyword"}}}],
             "properties": {"id": {"type": "keyword"}, "domain": {"type": "keyword"},
               "attacker": {"type": "keyword"}, "timestamp": {"type": "date"},
               "thresholds_version": {"type": "integer"}, "status": {"type": "keyword"}}}""";

    @Override
    protected Settings nodeSettings(int nodeOrdinal, Settings otherSettings) {
        // port 1 on loopback: nothing listens there, so every Redis call fails fast
        return Settings.builder().put(super.nodeSettings(nodeOrdinal, otherSettings))
                .put("defplorex.redis.url", "redis://127.0.0.1:1").build();
    }

    private void loadEightRecords() {
        prepareCreate(INDEX).setSettings(Settings.builder().put("index.number_of_shards", 2)
                .put("index.number_of_replicas", 0)).setMapping(MAPPING).get();
        BulkRequestBuilder bulk = client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
        for (Map.Entry<String, String> record : Records.eight()) {
            bulk.add(prepareIndex(INDEX).setId(record.getKey()).setSource(record.getValue(), XContentType.JSON));
        }
        assertFalse(bulk.get().hasFailures());
    }

    public void testClusterGroupsRecordsLargestFirstOnEveryNode() throws IOException {
        loadEightRecords();
        String body = "{\"index\": \"" + INDEX + "\", \"features\": [\"img\", \"avg_color\"]}";

        for (int call = 0; call < 4; call++) {
            Map<String, Object> answer = call("POST", "/_defplorex/cluster", body);

            assertEquals(8, answer.get("documents"));
            assertEquals(4, answer.get("total_clusters"));
            List<?> sizes = ((List<?>) answer.get("clusters")).stream().map(c -> ((Map<?, ?>) c).get("size")).toList();
            assertEquals(List.of(3, 2, 2, 1), sizes);
        }
    }

    public void testPercentilesStoresAVersionThatIsReadBack() throws IOException {
        loadEightRecords();

        Map<String, Object> stored = call("POST", "/_defplorex/percentiles",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"]}");
        Map<String, Object> read = call("GET", "/_defplorex/percentiles?index=" + INDEX, null);

        assertEquals(Map.of("img", List.of(2.75, 4.5, 6.25)), stored.get("thresholds"));
        assertEquals(1, stored.get("version"));
        assertEquals(stored.get("thresholds"), read.get("thresholds"));
        assertEquals(1, read.get("version"));
    }

    public void testClusterOfAMissingIndexAnswers404() {
        ResponseException error = expectThrows(ResponseException.class, () -> call("POST", "/_defplorex/cluster",
                "{\"index\": \"nope\", \"features\": [\"img\"]}"));

        assertEquals(404, error.getResponse().getStatusLine().getStatusCode());
        assertTrue(error.getMessage(), error.getMessage().contains("index_not_found_exception"));
    }

    public void testEnqueueWithRedisDownAnswers503() throws IOException {
        loadEightRecords();

        ResponseException error = expectThrows(ResponseException.class, () -> call("POST", "/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"extract\"]}"));

        assertEquals(503, error.getResponse().getStatusLine().getStatusCode());
        assertTrue(error.getMessage(), error.getMessage().contains("redis://127.0.0.1:1"));
    }

    private static Map<String, Object> call(String method, String path, String json) throws IOException {
        Request request = new Request(method, path);
        if (json != null) {
            request.setJsonEntity(json);
        }
        Response response = getRestClient().performRequest(request);
        return XContentHelper.convertToMap(XContentType.JSON.xContent(), EntityUtils.toString(response.getEntity()),
                true);
    }
}
