package io.defplorex.worker.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a mirror page below the mirror root. Paths that leave the root are refused, since feeds come from
 * outside; bytes that are not UTF-8 are decoded as ISO-8859-1 so that any page can travel as JSON text.
 */
final class MirrorLoader {

    private final Path root;
    private final long maxBytes;

    MirrorLoader(Path root, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    MirrorPage load(String relative) throws RowRejectedException {
        if (relative.isBlank()) {
            throw new RowRejectedException("mirror: empty, expected a path relative to " + root);
        }
        Path file;
        try {
            file = root.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new RowRejectedException("mirror: invalid path '" + relative + "'");
        }
        if (!file.startsWith(root)) {
            throw new RowRejectedException("mirror: path '" + relative + "' leaves the mirror root " + root);
        }
        if (!Files.isRegularFile(file)) {
            throw new RowRejectedException("mirror: no such file " + file);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new RowRejectedException("mirror: " + file + " has " + size + " bytes, more than the cap of "
                        + maxBytes);
            }
            byte[] bytes = Files.readAllBytes(file);
            return new MirrorPage(relative, sha256(bytes), bytes.length, decode(bytes));
        } catch (IOException e) {
            throw new RowRejectedException("mirror: cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
