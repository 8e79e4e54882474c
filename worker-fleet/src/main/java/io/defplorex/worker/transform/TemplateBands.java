package io.defplorex.worker.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Locality-sensitive bands of the template fingerprint: its 64 bits cut into {@link #BANDS} bands, each stored as
 * {@code <band>:<hex bits>}. Two pages whose fingerprints are a few bits apart very likely share a band whole, so a
 * group-by on this multi-valued keyword joins near-duplicate templates with no state shared between workers.
 */
final class TemplateBands {

    static final int BANDS = 3;

    private TemplateBands() {
    }

    /** The bands of {@code simHash}, band 0 holding its most significant bits. */
    static List<String> of(long simHash) {
        return of(simHash, BANDS);
    }

    /** Band {@code i} of {@code bands} covers bits {@code [64 i / bands, 64 (i + 1) / bands)}, from the top. */
    static List<String> of(long simHash, int bands) {
        List<String> values = new ArrayList<>(bands);
        for (int i = 0; i < bands; i++) {
            int from = Long.SIZE * i / bands;
            int bits = Long.SIZE * (i + 1) / bands - from;
            long band = (simHash << from) >>> (Long.SIZE - bits);
            values.add(i + ":" + String.format(Locale.ROOT, "%0" + ((bits + 3) / 4) + "x", band));
        }
        return values;
    }
}
