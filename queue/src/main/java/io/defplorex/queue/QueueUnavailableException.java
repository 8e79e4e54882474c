package io.defplorex.queue;

/**
 * Redis could not be reached or refused a command. The message carries the root cause, including
 * suppressed exceptions: Elasticsearch's entitlement checks surface only there.
 */
public class QueueUnavailableException extends RuntimeException {

    public QueueUnavailableException(String action, String redisAddress, Throwable cause) {
        super("cannot " + action + " on Redis at " + redisAddress + ": " + describe(cause), cause);
    }

    /** The cause chain in one line; suppressed exceptions (and their own causes) in brackets where they occur. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append("; caused by ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            for (Throwable suppressed : t.getSuppressed()) {
                text.append(" [suppressed ").append(describe(suppressed)).append(']');
            }
        }
        return text.toString();
    }
}
