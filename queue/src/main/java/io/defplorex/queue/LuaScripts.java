package io.defplorex.queue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The queue's server-side scripts, kept as .lua resources so they read as Lua. */
final class LuaScripts {

    static final String ACK = load("ack.lua");
    static final String MARK_QUEUED = load("mark-queued.lua");
    static final String MARK_STARTED = load("mark-started.lua");

    private LuaScripts() {
    }

    private static String load(String name) {
        try (InputStream in = LuaScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("queue script " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
