package io.defplorex.worker.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Records built around pages of the shared corpus (system property {@code dpx.it.corpus}, set by the build). */
final class CorpusPages {

    private CorpusPages() {
    }

    static Map<String, Object> record(String page, String url) {
        try {
            String html = Files.readString(corpus().resolve("pages").resolve(page), StandardCharsets.UTF_8);
            return Map.of("id", page, "url", url, "mirror", Map.of("html", html));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path corpus() {
        String dir = System.getProperty("dpx.it.corpus");
        if (dir == null || !Files.isDirectory(Path.of(dir, "pages"))) {
            throw new IllegalStateException("the corpus is not at [" + dir + "]: these tests read its pages; "
                    + "set -Ddpx.it.corpus=<folder holding feed.csv and pages/>");
        }
        return Path.of(dir);
    }

    static TransformContext context() {
        return new TransformContext("j-test", "test-index", Map.of(), null);
    }
}
