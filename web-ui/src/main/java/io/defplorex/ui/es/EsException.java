package io.defplorex.ui.es;

/**
 * Elasticsearch refused a request or could not be reached. The message is written for the analyst
 * (status, error type and reason as Elasticsearch gave them), so views show it as it is.
 */
public class EsException extends RuntimeException {

    private final int status;

    public EsException(int status, String message) {
        super(message);
        this.status = status;
    }

    public EsException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status Elasticsearch answered with, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
