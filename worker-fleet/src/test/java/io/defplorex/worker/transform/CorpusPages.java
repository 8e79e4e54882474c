package io.defplorex.worker.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Records built around copies of corpus pages kept in the test resources. */
final class CorpusPages {

    private CorpusPages() {
    }

    static Map<String, Object> record(String page, String url) {
        try {
            String html = Files.readString(Path.of("src/test/resources/pages", page), StandardCharsets.UTF_8);
            return Map.of("id", page, "url", url, "mirror", Map.of("html", html));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TransformContext context() {
        return new TransformContext("j-test", "test-index", Map.of(), null);
    }
}
