package io.defplorex.plugin;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestHandler.Route;
import org.elasticsearch.xcontent.XContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each REST API spec file under {@code rest-api-spec/api} lists exactly the routes, path parts, URL parameters and
 * body fields its handler accepts, so that spec and code cannot drift apart.
 */
class RestApiSpecTest {

    private static final Pattern FIELD = Pattern.compile("`([a-z_]+)`");

    /** Handlers create Elasticsearch loggers, which need the logging set up as a node would. */
    @BeforeAll
    static void setUpLogging() {
        LogConfigurator.configureESLogging();
    }

    @Test
    void clusterSpecMatchesItsHandler() throws IOException {
        assertSpec("defplorex.cluster", new ClusterAction(), "POST", Set.of(), ClusterRequest.FIELDS);
    }

    @Test
    void percentilesSpecMatchesItsHandler() throws IOException {
        assertSpec("defplorex.percentiles", new PercentilesAction(), "POST", Set.of(), PercentilesRequest.FIELDS);
    }

    @Test
    void getPercentilesSpecMatchesItsHandler() throws IOException {
        assertSpec("defplorex.get_percentiles", new PercentilesAction(), "GET", PercentilesAction.PARAMS, null);
    }

    @Test
    void enqueueSpecMatchesItsHandler() throws IOException {
        assertSpec("defplorex.enqueue", new EnqueueAction(null, 1000), "POST", Set.of(), EnqueueRequest.FIELDS);
    }

    @Test
    void jobSpecMatchesItsHandler() throws IOException {
        assertSpec("defplorex.job", new JobAction(null), "GET", Set.of(), null);
    }

    @Test
    void jobsSpecMatchesItsHandler() throws IOException {
        assertSpec("defplorex.jobs", new JobsAction(null), "GET", JobsAction.PARAMS, null);
    }

    @Test
    void transformersSpecMatchesItsHandler() throws IOException {
        assertSpec("defplorex.transformers", new TransformersAction(null), "GET", Set.of(), null);
    }

    @Test
    void featuresSpecMatchesItsHandler() throws IOException {
        assertSpec("defplorex.features", new FeaturesAction(), "GET", FeaturesAction.PARAMS, null);
    }

    @Test
    void everySpecFileIsChecked() throws IOException {
        try (InputStream listing = getClass().getResourceAsStream("/rest-api-spec/api/")) {
            String names = new String(listing.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(new TreeSet<>(List.of(names.split("\n")))).containsExactly(
                    "defplorex.cluster.json", "defplorex.enqueue.json", "defplorex.features.json",
                    "defplorex.get_percentiles.json",
                    "defplorex.job.json", "defplorex.jobs.json", "defplorex.percentiles.json",
                    "defplorex.transformers.json");
        }
    }

    /**
     * @param method    the HTTP method of the handler's routes this spec describes
     * @param params    the URL parameters the handler reads for that method
     * @param bodyFields the body fields the handler accepts, null when it takes no body
     */
    @SuppressWarnings("unchecked")
    private static void assertSpec(String name, BaseRestHandler handler, String method, Set<String> params,
                                   Set<String> bodyFields) throws IOException {
        Map<String, Object> spec = (Map<String, Object>) read(name).get(name);

        assertThat(spec).containsKeys("documentation", "stability", "visibility", "headers", "url", "params");
        List<Map<String, Object>> paths = (List<Map<String, Object>>) ((Map<String, Object>) spec.get("url"))
                .get("paths");
        Set<String> specRoutes = new HashSet<>();
        Set<String> parts = new HashSet<>();
        for (Map<String, Object> path : paths) {
            for (String m : (List<String>) path.get("methods")) {
                specRoutes.add(m + " " + path.get("path"));
            }
            if (path.containsKey("parts")) {
                parts.addAll(((Map<String, Object>) path.get("parts")).keySet());
            }
        }
        Set<String> handlerRoutes = new HashSet<>();
        Set<String> handlerParts = new HashSet<>();
        for (Route route : handler.routes()) {
            if (route.getMethod().name().equals(method)) {
                handlerRoutes.add(route.getMethod().name() + " " + route.getPath());
                Matcher part = Pattern.compile("\\{([a-z_]+)}").matcher(route.getPath());
                while (part.find()) {
                    handlerParts.add(part.group(1));
                }
            }
        }
        assertThat(specRoutes).as("routes of %s", name).isEqualTo(handlerRoutes);
        assertThat(parts).as("path parts of %s", name).isEqualTo(handlerParts);
        assertThat(((Map<String, Object>) spec.get("params")).keySet()).as("params of %s", name).isEqualTo(params);
        if (bodyFields == null) {
            assertThat(spec).as("body of %s", name).doesNotContainKey("body");
        } else {
            String description = (String) ((Map<String, Object>) spec.get("body")).get("description");
            Set<String> documented = new HashSet<>();
            Matcher field = FIELD.matcher(description.substring(description.indexOf("Fields:")));
            while (field.find()) {
                documented.add(field.group(1));
            }
            assertThat(documented).as("body fields of %s", name).isEqualTo(bodyFields);
        }
    }

    private static Map<String, Object> read(String name) throws IOException {
        try (InputStream json = RestApiSpecTest.class.getResourceAsStream("/rest-api-spec/api/" + name + ".json")) {
            assertThat(json).as("spec file of %s", name).isNotNull();
            return XContentHelper.convertToMap(XContentType.JSON.xContent(), json, true);
        }
    }
}
