package io.defplorex.worker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.defplorex.worker.it.ItEnv;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.RecordStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestIT {

    private static final String INDEX = ItEnv.unique("it-ingest");
    private static Elasticsearch es;
    private static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        es = Elasticsearch.connect(ItEnv.es());
        client = es.client();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        client.indices().delete(d -> d.index(INDEX, INDEX + "-broken", INDEX + "-again", INDEX + "-header")
                .ignoreUnavailable(true));
        es.close();
    }

    private Ingester.Result ingest(String index, Path feed, Path root, List<Rejection> rejections) throws Exception {
        RecordStore store = new RecordStore(es, index);
        return new Ingester(store, new FeedReader(root, FeedReader.DEFAULT_MAX_PAGE_BYTES))
                .ingest(feed, rejections::add);
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadsTheWholeCorpusIntoANewIndexWithTheMapping() throws Exception {
        List<Rejection> rejections = new ArrayList<>();

        Ingester.Result result = ingest(INDEX, ItEnv.corpus().resolve("feed.csv"), ItEnv.corpus(), rejections);

        assertThat(rejections).isEmpty();
        assertThat(result).isEqualTo(new Ingester.Result(303, 0));
        client.indices().refresh(r -> r.index(INDEX));
        assertThat(client.count(c -> c.index(INDEX)).count()).isEqualTo(303);
        Map<String, Object> first = client.get(g -> g.index(INDEX).id("dpx-00001"), Map.class).source();
        assertThat(first).containsEntry("domain", "victim-0001.example.com").containsEntry("tld", "com")
                .containsEntry("attacker", "sedihcrew").containsEntry("attacker_raw", "SedihCrew")
                .containsEntry("homepage", true)
                .containsEntry("status", "ingested").doesNotContainKey("team");
        Map<String, Object> mirror = (Map<String, Object>) first.get("mirror");
        assertThat(mirror).containsEntry("path", "pages/00001.html").containsEntry("size", 2714)
                .containsEntry("sha256", "99e231cd10e4686ce24087fbc372e1844f2ee0aff9265b3552f08f4caba1cddf");
        // CALUTAX07 and Calutax07 are one attacker
        Map<String, Object> upper = client.get(g -> g.index(INDEX).id("dpx-00421"), Map.class).source();
        assertThat(upper).containsEntry("attacker", "calutax07").containsEntry("attacker_raw", "CALUTAX07");
        assertThat(client.count(c -> c.index(INDEX).query(q -> q.term(t -> t.field("attacker").value("calutax07"))))
                .count()).isEqualTo(5);
        var mapping = client.indices().getMapping(m -> m.index(INDEX)).get(INDEX).mappings();
        assertThat(mapping.properties().get("mirror").object().enabled()).isFalse();
        assertThat(mapping.properties().get("timestamp").isDate()).isTrue();
        // the feature catalog rides in the mapping, for the plugin and the UI
        var catalog = mapping.meta().get("defplorex_features").toJson().asJsonArray();
        assertThat(catalog).hasSizeGreaterThan(20);
        assertThat(catalog.getJsonObject(0).getString("name")).isEqualTo("n_urls");
        assertThat(catalog.getJsonObject(0).getString("from")).isEqualTo("extract.urls");
    }

    @Test
    void loadsTheGoodRowsOfABrokenFeedAndReportsTheOthers() throws Exception {
        Path broken = Path.of("src/test/resources/feeds/broken");
        List<Rejection> rejections = new ArrayList<>();

        Ingester.Result result = ingest(INDEX + "-broken", broken.resolve("feed.csv"), broken, rejections);

        // big.html is 2061 bytes: under the default 5 MB cap here, so 3 rows load and 8 are refused
        assertThat(result).isEqualTo(new Ingester.Result(3, 8));
        assertThat(rejections).extracting(Rejection::id).containsExactly("", "bad-url", "bad-time", "no-mirror",
                "escape", "ok-1", "bad-flag", "short");
    }

    @Test
    @SuppressWarnings("unchecked")
    void reingestReplacesFeedFieldsButKeepsComputedFields(@TempDir Path dir) throws Exception {
        String index = INDEX + "-again";
        Files.writeString(dir.resolve("p.html"), "<html><title>t</title></html>");
        String header = String.join(",", FeedColumns.NAMES) + "\n";
        Files.writeString(dir.resolve("feed.csv"), header
                + "r1,http://a.example.com/,2016-01-02T03:04:05Z,Crew,Team,x,1,0,0,p.html\n");
        ingest(index, dir.resolve("feed.csv"), dir, new ArrayList<>());
        client.update(u -> u.index(index).id("r1").doc(Map.of("status", "ok", "features", Map.of("n_img", 3.0)))
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True), Map.class);

        Files.writeString(dir.resolve("feed.csv"), header
                + "r1,http://b.example.net/,2016-01-02T03:04:05Z,,Team,x,0,0,0,p.html\n");
        Ingester.Result again = ingest(index, dir.resolve("feed.csv"), dir, new ArrayList<>());

        assertThat(again).isEqualTo(new Ingester.Result(1, 0));
        Map<String, Object> r1 = client.get(g -> g.index(index).id("r1"), Map.class).source();
        assertThat(r1).containsEntry("domain", "b.example.net").containsEntry("tld", "net")
                .containsEntry("homepage", false).containsEntry("status", "ok")
                .containsEntry("features", Map.of("n_img", 3.0));
        assertThat(r1.get("attacker")).isNull();
        assertThat(r1.get("attacker_raw")).isNull();
    }

    @Test
    void refusesAFeedWithTheWrongHeaderBeforeCreatingAnything(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("feed.csv"), "date,notifier,domain\n2016-11-01,x,y.com\n");

        assertThatThrownBy(() -> ingest(INDEX + "-header", dir.resolve("feed.csv"), dir, new ArrayList<>()))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("wrong header 'date,notifier,domain'");
        assertThat(client.indices().exists(e -> e.index(INDEX + "-header")).value()).isFalse();
    }
}
