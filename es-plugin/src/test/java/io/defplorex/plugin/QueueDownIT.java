package io.defplorex.plugin;

import org.elasticsearch.ElasticsearchStatusException;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.support.PlainActionFuture;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.rest.RestStatus;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Redis that cannot be reached answers 503 with the reason, before any queue call is made. */
class QueueDownIT {

    static {
        LogConfigurator.configureESLogging(); // Elasticsearch's exceptions log through it
    }

    @Test
    void unreachableRedisIsA503WithTheReason() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PlainActionFuture<Object> answer = new PlainActionFuture<>();
        try (QueueConnection queue = new QueueConnection("redis://127.0.0.1:" + closedPort, "secret", "dpx-down")) {
            queue.run(Runnable::run, ActionListener.assertOnce(answer), q -> q.publishedTransformers());

            assertThatThrownBy(answer::actionGet)
                    .isInstanceOfSatisfying(ElasticsearchStatusException.class, e -> {
                        assertThat(e.status()).isEqualTo(RestStatus.SERVICE_UNAVAILABLE);
                        assertThat(e.getMessage()).startsWith("cannot connect on Redis at redis://127.0.0.1:"
                                + closedPort + ": JedisConnectionException: Failed to connect to");
                    });
        }
    }
}
