package io.defplorex.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class QueueUnavailableExceptionTest {

    @Test
    void suppressedCauseIsInTheMessage() {
        IOException connect = new IOException("connection refused");
        connect.addSuppressed(new SecurityException("not entitled: outbound_network"));

        QueueUnavailableException error = new QueueUnavailableException("push batch", "redis://h:1",
                new RuntimeException("Failed to connect", connect));

        assertThat(error.getMessage()).isEqualTo("cannot push batch on Redis at redis://h:1: "
                + "RuntimeException: Failed to connect; caused by IOException: connection refused "
                + "[suppressed SecurityException: not entitled: outbound_network]");
    }

    @Test
    void causeOfASuppressedExceptionIsInTheMessageToo() {
        RuntimeException broken = new RuntimeException("pool exhausted");
        broken.addSuppressed(new IllegalStateException("broken connection", new IOException("Connection refused")));

        assertThat(QueueUnavailableException.describe(broken)).isEqualTo("RuntimeException: pool exhausted "
                + "[suppressed IllegalStateException: broken connection; caused by IOException: Connection refused]");
    }
}
