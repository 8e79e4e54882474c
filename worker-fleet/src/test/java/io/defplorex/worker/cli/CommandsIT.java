package io.defplorex.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.QueueSettings;
import io.defplorex.worker.fleet.Fleet;
import io.defplorex.worker.it.ItEnv;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.EsThresholdSource;
import io.defplorex.worker.transform.Transformers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end against a node with the plugin installed: ingest, enqueue, a worker fleet in-process
 * on the plugin's queue (default prefix), wait, percentiles, clusters.
 */
class CommandsIT {

    private static final String INDEX = ItEnv.unique("it-commands");
    private static Elasticsearch es;
    private static BatchQueue queue;
    private static Fleet fleet;

    /** One command's exit code and what it printed on stdout. */
    private record Run(int exit, String out) {
    }

    @BeforeAll
    static void startFleet() {
        es = Elasticsearch.connect(ItEnv.es());
        queue = BatchQueue.connect(ItEnv.redis(), QueueSettings.DEFAULT_PREFIX);
        fleet = new Fleet(queue, es, Transformers.standard(), new EsThresholdSource(es),
                new Fleet.Options(2, null, Duration.ofSeconds(30), Duration.ofMinutes(10), "commands-it"));
        fleet.start();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        fleet.stop();
        queue.close();
        es.client().indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
        for (int version = 1; version <= 3; version++) {
            String id = INDEX + ":" + version;
            es.client().delete(d -> d.index(EsThresholdSource.INDEX).id(id));
        }
        es.close();
    }

    private static synchronized Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int exit = DefploreCommand.commandLine().execute(args);
            return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    private static String enqueue(String transformers) {
        Run enqueued = run("job", "enqueue", "--es", ItEnv.es(), "--index", INDEX, "--transformers", transformers,
                "--batch-size", "7", "--params", "{\"tag\":\"commands\"}");
        assertThat(enqueued.exit()).isZero();
        String job = enqueued.out().strip();
        assertThat(job).matches("j\\d{8}-\\d{6}-[0-9a-z]{6}");
        return job;
    }

    @Test
    void processesAFeedFromIngestToClusters(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(ItEnv.corpus().resolve("feed.csv")).subList(0, 21);
        Files.write(dir.resolve("feed.csv"), lines);

        Run ingest = run("ingest", "--es", ItEnv.es(), "--index", INDEX, "--feed", dir.resolve("feed.csv").toString(),
                "--mirror-root", ItEnv.corpus().toString());
        assertThat(ingest).isEqualTo(new Run(0, "loaded 20, rejected 0\n"));
        es.client().indices().refresh(r -> r.index(INDEX));

        String job = enqueue("extract,features");
        Run wait = run("job", "wait", "--es", ItEnv.es(), job, "--timeout", "120");
        assertThat(wait.exit()).isZero();
        assertThat(wait.out()).contains(job + " done      20/20 done, 0 failed");
        es.client().indices().refresh(r -> r.index(INDEX));

        Run percentiles = run("percentiles", "--es", ItEnv.es(), "--index", INDEX);
        assertThat(percentiles.exit()).isZero();
        assertThat(percentiles.out()).startsWith("index " + INDEX + ", thresholds version 1, 20 documents\n")
                .contains("feature", "p25", "p50", "p75", "n_img", "n_script", "frac_letters_in_title");

        String quantize = enqueue("quantize,tag");
        assertThat(run("job", "wait", "--es", ItEnv.es(), quantize, "--timeout", "120").exit()).isZero();
        es.client().indices().refresh(r -> r.index(INDEX));

        Run clusters = run("clusters", "--es", ItEnv.es(), "--index", INDEX, "--features", "n_img,n_script");
        assertThat(clusters.exit()).isZero();
        assertThat(clusters.out()).startsWith("20 documents, ").contains("thresholds version 1")
                .contains("size  key");
    }

    @Test
    void waitOnAnUnknownJobExitsWithOne() {
        assertThat(run("job", "wait", "--es", ItEnv.es(), "j20000101-000000-nojob0").exit()).isEqualTo(1);
    }
}
