package io.defplorex.worker.ingest;

/** A mirrored deface page as stored in the record: path as written in the feed, digest, size in bytes, HTML. */
public record MirrorPage(String path, String sha256, long size, String html) {
}
