package io.defplorex.worker.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.defplorex.worker.it.ItEnv;
import io.defplorex.worker.transform.TransformContext;

/** Records for the render tests: hostile fixtures of this module, pages read from the shared corpus. */
final class HostilePages {

    private HostilePages() {
    }

    static Map<String, Object> fixture(String name) {
        try (InputStream in = HostilePages.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture hostile/" + name);
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return record(name, "http://victim.example.org/" + name, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> corpus(String page, String url) {
        try {
            Path file = ItEnv.corpus().resolve("pages").resolve(page);
            return record(page, url, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> record(String id, String url, String html) {
        return Map.of("id", id, "url", url, "mirror", Map.of("html", html));
    }

    static TransformContext context(String index) {
        return new TransformContext("j-render", index, Map.of(), null);
    }
}
