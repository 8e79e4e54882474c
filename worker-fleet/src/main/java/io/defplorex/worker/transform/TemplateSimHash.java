package io.defplorex.worker.transform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The template fingerprint: a 64-bit SimHash of a page's tag structure, blind to its text and attribute values.
 * Each element gives one shingle, the tag names of its last {@link #PATH_DEPTH} ancestors and itself
 * ({@code body>div>center>img}); the set of distinct shingles (so ten greetings in a list weigh as one) votes
 * bit by bit, each shingle through its 64-bit hash. Pages of one template share most shingles, so their hashes
 * are equal or a few bits apart. The walk is iterative, so a deep DOM cannot overflow the stack.
 */
final class TemplateSimHash {

    static final int PATH_DEPTH = 3;
    /** Distinct shingles looked at; a hostile page may hold millions of elements. */
    static final int MAX_SHINGLES = 10_000;

    private TemplateSimHash() {
    }

    static long of(Document page) {
        return simHash(shingles(page));
    }

    static Set<String> shingles(Document page) {
        Set<String> shingles = new HashSet<>();
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(page);
        while (!todo.isEmpty() && shingles.size() < MAX_SHINGLES) {
            Element e = todo.pop();
            if (e != page) {
                shingles.add(path(e));
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                todo.push(e.child(i));
            }
        }
        return shingles;
    }

    private static String path(Element e) {
        StringBuilder path = new StringBuilder(e.normalName());
        Element up = e.parent();
        for (int i = 0; i < PATH_DEPTH && up != null && !(up instanceof Document); i++, up = up.parent()) {
            path.insert(0, '>').insert(0, up.normalName());
        }
        return path.toString();
    }

    /** Bit i is set when more shingles have bit i set in their hash than not; 0 for no shingles. */
    static long simHash(Set<String> shingles) {
        int[] votes = new int[64];
        for (String s : shingles) {
            long h = Hashes.hash64(s);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
