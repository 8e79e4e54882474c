package io.defplorex.worker.transform;

/** A record cannot go through a transformer; the message is the reason an operator reads. */
public class TransformException extends Exception {

    public TransformException(String reason) {
        super(reason);
    }
}
