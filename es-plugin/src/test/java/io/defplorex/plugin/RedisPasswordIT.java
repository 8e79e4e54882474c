package io.defplorex.plugin;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import io.defplorex.queue.BatchQueue;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.ElasticsearchStatusException;
import org.elasticsearch.action.bulk.BulkRequestBuilder;
import org.elasticsearch.action.support.PlainActionFuture;
import org.elasticsearch.action.support.WriteRequest;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.cluster.node.DiscoveryNode;
import org.elasticsearch.common.settings.MockSecureSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.common.util.concurrent.EsExecutors;
import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.test.ESIntegTestCase;
import org.elasticsearch.xcontent.XContentType;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The keystore's {@code defplorex.redis.password} against a real Redis that requires one: this test starts its own
 * {@code redis-server --requirepass} on a free port and two in-JVM nodes whose keystores hold the right password and
 * a wrong one; a keystore without it is checked on the queue connection alone (a third node would cost more time
 * than it proves). It fails when {@code redis-server} is not installed.
 */
@ThreadLeakFilters(filters = RedisPasswordIT.ProcessReaperFilter.class)
@ESIntegTestCase.ClusterScope(scope = ESIntegTestCase.Scope.SUITE, numDataNodes = 2, numClientNodes = 0,
        supportsDedicatedMasters = false)
public class RedisPasswordIT extends InJvmPluginTestCase {

    private static final String PASSWORD = "dpx-redis-password-it";
    private static final String PREFIX = "dpx-redis-password-it";
    private static final String INDEX = "records";
    private static final String ENQUEUE = "{\"index\": \"" + INDEX + "\", \"transformers\": [\"extract\"]}";
    /** Node attribute naming the password in a node's keystore. */
    private static final String KEYSTORE = "dpx_keystore";
    private static final List<String> KEYSTORES = List.of("right", "wrong");

    private static int port;
    private static Process redis;

    /** The JDK thread that waits for redis-server to exit; it outlives the suite by design. */
    public static final class ProcessReaperFilter implements ThreadFilter {
        @Override
        public boolean reject(Thread thread) {
            return thread.getName().startsWith("process reaper");
        }
    }

    @BeforeClass
    public static void startRedisWithPassword() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--requirepass", PASSWORD, "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                jedis.auth(PASSWORD);
                jedis.sadd(PREFIX + ":transformers", "extract");
                return;
            } catch (RuntimeException e) {
                if (redis.isAlive() == false || System.nanoTime() > deadline) {
                    throw new IllegalStateException("redis-server --requirepass did not start on port " + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    @AfterClass
    public static void stopRedis() throws InterruptedException {
        if (redis != null) {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
            redis = null;
        }
    }

    @Override
    protected Settings nodeSettings(int nodeOrdinal, Settings otherSettings) {
        String keystore = KEYSTORES.get(nodeOrdinal % KEYSTORES.size());
        return Settings.builder().put(super.nodeSettings(nodeOrdinal, otherSettings))
                .put("defplorex.redis.url", redisUrl())
                .put("defplorex.queue.prefix", PREFIX)
                .put("node.attr." + KEYSTORE, keystore)
                .setSecureSettings(keystore(keystore.equals("right") ? PASSWORD : "not-" + PASSWORD))
                .build();
    }

    private static MockSecureSettings keystore(String password) {
        MockSecureSettings secure = new MockSecureSettings();
        secure.setString("defplorex.redis.password", password);
        return secure;
    }

    private static String redisUrl() {
        return "redis://127.0.0.1:" + port;
    }

    public void testEnqueueOnANodeWithTheRightPasswordSucceeds() throws Exception {
        loadRecords();

        EsNode.Answer answer = post("right", "/_defplorex/enqueue", ENQUEUE);

        assertEquals(answer.body().toString(), 200, answer.status());
        assertEquals(3, answer.body().get("documents"));
        EsNode.Answer status = get("right", "/_defplorex/jobs/" + answer.body().get("job"));
        assertEquals(status.body().toString(), 200, status.status());
        assertEquals(3, status.body().get("documents"));
    }

    public void testEnqueueOnANodeWithAWrongPasswordAnswers503NamingWrongpass() throws Exception {
        loadRecords();

        EsNode.Answer answer = post("wrong", "/_defplorex/enqueue", ENQUEUE);

        assertEquals(answer.body().toString(), 503, answer.status());
        assertTrue(answer.reason(), answer.reason().contains("WRONGPASS"));
        assertTrue(answer.reason(), answer.reason().contains(redisUrl()));
    }

    public void testQueueOfAKeystoreWithoutPasswordFails503NamingNoauth() {
        assertNull(PluginSettings.redisPassword(Settings.EMPTY));
        try (QueueConnection queue = new QueueConnection(redisUrl(), PluginSettings.redisPassword(Settings.EMPTY),
                PREFIX)) {
            PlainActionFuture<Set<String>> answer = new PlainActionFuture<>();
            queue.run(EsExecutors.DIRECT_EXECUTOR_SERVICE, answer, BatchQueue::publishedTransformers);

            ElasticsearchStatusException error = expectThrows(ElasticsearchStatusException.class, answer::actionGet);
            assertEquals(RestStatus.SERVICE_UNAVAILABLE, error.status());
            assertTrue(error.getMessage(), error.getMessage().contains("NOAUTH"));
        }
    }

    public void testKeystorePasswordIsTheOneTheQueueConnectionUses() {
        Settings settings = Settings.builder().setSecureSettings(keystore(PASSWORD)).build();
        try (QueueConnection queue = new QueueConnection(redisUrl(), PluginSettings.redisPassword(settings), PREFIX)) {
            PlainActionFuture<Set<String>> answer = new PlainActionFuture<>();
            queue.run(EsExecutors.DIRECT_EXECUTOR_SERVICE, answer, BatchQueue::publishedTransformers);

            assertEquals(Set.of("extract"), answer.actionGet());
        }
    }

    private void loadRecords() {
        if (indexExists(INDEX)) {
            return;
        }
        BulkRequestBuilder bulk = client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
        for (String id : List.of("r1", "r2", "r3")) {
            bulk.add(prepareIndex(INDEX).setId(id).setSource(Map.of("id", id), XContentType.JSON));
        }
        assertFalse(bulk.get().hasFailures());
    }

    /** POSTs {@code json} to {@code path} of the node whose keystore holds {@code keystore}'s password. */
    private EsNode.Answer post(String keystore, String path, String json) throws IOException {
        return call(keystore, "POST", path, json);
    }

    private EsNode.Answer get(String keystore, String path) throws IOException {
        return call(keystore, "GET", path, null);
    }

    // the test framework's REST client, not java.net.http: its threads would count as leaked
    private EsNode.Answer call(String keystore, String method, String path, String json) throws IOException {
        Request request = new Request(method, path);
        if (json != null) {
            request.setJsonEntity(json);
        }
        Response response;
        try (RestClient client = RestClient.builder(http(keystore)).build()) {
            try {
                response = client.performRequest(request);
            } catch (ResponseException e) {
                response = e.getResponse();
            }
            return new EsNode.Answer(response.getStatusLine().getStatusCode(), XContentHelper.convertToMap(
                    XContentType.JSON.xContent(), EntityUtils.toString(response.getEntity()), true));
        }
    }

    private HttpHost http(String keystore) {
        for (DiscoveryNode node : clusterService().state().nodes()) {
            if (keystore.equals(node.getAttributes().get(KEYSTORE))) {
                TransportAddress address = internalCluster().getInstance(HttpServerTransport.class, node.getName())
                        .boundAddress().publishAddress();
                return new HttpHost(address.getAddress(), address.getPort());
            }
        }
        throw new IllegalStateException("no node with keystore [" + keystore + "] in the test cluster");
    }
}
