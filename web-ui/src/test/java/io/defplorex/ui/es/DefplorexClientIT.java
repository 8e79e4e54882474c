package io.defplorex.ui.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.defplorex.ui.DefplorexProperties;
import io.defplorex.ui.cluster.ClusterRequest;

/** The client's failures, against a real Elasticsearch with the plugin: each names what went wrong. */
class DefplorexClientIT {

    private static final String ES = System.getProperty("dpx.it.es", "http://127.0.0.1:19200");
    private static final String MISSING = "dpx-it-web-ui-client-missing";

    @Test
    void missingIndexIsA404NamingTheIndex() {
        DefplorexClient client = client(ES);

        assertThatThrownBy(() -> client.pivotFeatures(MISSING))
                .isInstanceOf(EsException.class)
                .hasMessage("GET /" + MISSING + "/_mapping failed: 404 index_not_found_exception: no such index ["
                        + MISSING + "]")
                .extracting(e -> ((EsException) e).status()).isEqualTo(404);
    }

    @Test
    void clusterOfMissingIndexIsRefusedWithItsName() {
        DefplorexClient client = client(ES);

        assertThatThrownBy(() -> client.cluster(new ClusterRequest(MISSING, List.of("word_count"), 1, 10)))
                .isInstanceOf(EsException.class)
                .hasMessage("POST /_defplorex/cluster failed: 404 index_not_found_exception: no such index ["
                        + MISSING + "]");
    }

    @Test
    void unreachableElasticsearchIsNamedWithItsAddress() {
        DefplorexClient client = client("http://127.0.0.1:1");

        EsException failure = catchThrowableOfType(EsException.class,
                () -> client.pivotFeatures("defacements"));

        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).startsWith("Elasticsearch at http://127.0.0.1:1/ did not answer "
                + "GET /defacements/_mapping: ");
    }

    private static DefplorexClient client(String url) {
        DefplorexProperties.Es es = new DefplorexProperties.Es(URI.create(url));
        return new DefplorexClient(new DefplorexProperties(es, "defacements"));
    }
}
