package io.defplorex.worker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.defplorex.worker.ingest.FeedFormatException;
import io.defplorex.worker.ingest.FeedReader;
import io.defplorex.worker.ingest.Ingester;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ingest}: loads a feed and its mirror pages into a records index. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Load a feed CSV into a records index.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    EsOption es;

    @Option(names = "--index", defaultValue = "defacements", description = "Records index (${DEFAULT-VALUE}).")
    String index;

    @Option(names = "--feed", required = true, description = "Feed CSV: " + "id,url,timestamp,attacker,team,"
            + "reason,homepage,mass,redeface,mirror.")
    Path feed;

    @Option(names = "--mirror-root", description = "Folder the mirror paths are relative to (the feed's folder).")
    Path mirrorRoot;

    @Option(names = "--max-page-bytes", defaultValue = "5242880", description = "Largest page accepted (5 MB).")
    long maxPageBytes;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(feed)) {
            System.err.println("--feed: no such file " + feed);
            return 2;
        }
        Path root = mirrorRoot != null ? mirrorRoot : feed.toAbsolutePath().getParent();
        try (Elasticsearch client = Elasticsearch.connect(es.url)) {
            Ingester ingester = new Ingester(new RecordStore(client, index), new FeedReader(root, maxPageBytes));
            Ingester.Result result = ingester.ingest(feed, r -> System.out.println(r));
            System.out.println("loaded " + result.loaded() + ", rejected " + result.rejected());
            return result.loaded() > 0 ? 0 : 1;
        } catch (FeedFormatException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
