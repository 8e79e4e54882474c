package io.defplorex.worker.render;

import java.io.IOException;

/**
 * Where screenshots go, keyed by the record's index and ID; writing one twice replaces it. A render that ends
 * without a screenshot removes the record's earlier one, so no stale picture sits next to a failed status.
 */
public interface ScreenshotStore {

    /** Stores the screenshot of record {@code id} of {@code index}. */
    void put(String index, String id, byte[] png, byte[] thumbnail, String phash) throws IOException;

    /** Removes the screenshot of record {@code id} of {@code index}; none stored is not an error. */
    void remove(String index, String id) throws IOException;

    /** A store that keeps nothing, for runs that only need the render fields. */
    static ScreenshotStore discarding() {
        return new ScreenshotStore() {
            @Override
            public void put(String index, String id, byte[] png, byte[] thumbnail, String phash) {
            }

            @Override
            public void remove(String index, String id) {
            }
        };
    }
}
