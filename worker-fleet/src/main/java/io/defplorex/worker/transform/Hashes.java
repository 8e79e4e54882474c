package io.defplorex.worker.transform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hashes of extraction: SHA-256 cut to 64 bits (16 hex digits) for identities, FNV-1a 64 for shingles. */
final class Hashes {

    private Hashes() {
    }

    /** First 16 hex digits of the SHA-256 of {@code bytes}. */
    static String sha256Hex16(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static String sha256Hex16(String text) {
        return sha256Hex16(text.getBytes(StandardCharsets.UTF_8));
    }

    /** FNV-1a over the UTF-16 units, then a SplitMix64 finaliser so that similar strings spread over all bits. */
    static long hash64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    static String hex64(long value) {
        return HexFormat.of().toHexDigits(value);
    }
}
