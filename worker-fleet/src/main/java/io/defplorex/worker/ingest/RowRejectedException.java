package io.defplorex.worker.ingest;

/** Thrown inside row validation to name the field that failed; caught by {@link FeedReader}. */
class RowRejectedException extends Exception {

    RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
