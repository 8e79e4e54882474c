package io.defplorex.worker.render;

import java.io.IOException;

/** Where screenshots go, keyed by the record's index and ID; writing one twice replaces it. */
public interface ScreenshotStore {

    /** Stores the screenshot of record {@code id} of {@code index}. */
    void put(String index, String id, byte[] png, byte[] thumbnail, String phash) throws IOException;

    /** A store that keeps nothing, for runs that only need the render fields. */
    static ScreenshotStore discarding() {
        return (index, id, png, thumbnail, phash) -> {
        };
    }
}
