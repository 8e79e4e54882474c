package io.defplorex.worker.ingest;

/** The feed as a whole cannot be read (wrong header, broken CSV quoting): nothing after the fault is trusted. */
public class FeedFormatException extends RuntimeException {

    public FeedFormatException(String message) {
        super(message);
    }

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
