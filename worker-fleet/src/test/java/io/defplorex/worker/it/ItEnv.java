package io.defplorex.worker.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/** Where the integration tests find the real stack (system properties set by the parent POM). */
public final class ItEnv {

    private ItEnv() {
    }

    public static String es() {
        return System.getProperty("dpx.it.es", "http://127.0.0.1:19200");
    }

    public static String redis() {
        return System.getProperty("dpx.it.redis", "redis://127.0.0.1:16379");
    }

    /** The corpus folder; fails the test (not skips it) when it is missing. */
    public static Path corpus() {
        Path corpus = Path.of(System.getProperty("dpx.it.corpus", "../../shared/corpus"));
        if (!Files.isRegularFile(corpus.resolve("feed.csv"))) {
            throw new IllegalStateException("dpx.it.corpus: no feed.csv in " + corpus.toAbsolutePath());
        }
        return corpus;
    }

    /** A name unique to one test run, lower case so it is a valid index name. */
    public static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }
}
