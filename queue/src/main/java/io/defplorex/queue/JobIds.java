package io.defplorex.queue;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Makes job IDs that sort by creation time and read well in logs, e.g. {@code j20261203-171500-4fz1qa}. */
final class JobIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JobIds() {
    }

    static String next(Instant now) {
        StringBuilder id = new StringBuilder("j").append(TIME.format(now)).append('-');
        for (int i = 0; i < 6; i++) {
            id.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        }
        return id.toString();
    }
}
