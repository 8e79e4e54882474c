package io.defplorex.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the {@code size} largest groups of at least {@code minSize} records while the composite aggregation pages
 * through all of them, so memory stays bounded by {@code size} whatever the number of groups.
 */
final class TopClusters {

    private final int size;
    private final long minSize;
    private final PriorityQueue<ClusterKey.Sized> smallestFirst;
    private long qualifying;

    TopClusters(int size, long minSize) {
        this.size = size;
        this.minSize = minSize;
        this.smallestFirst = new PriorityQueue<>(ClusterKey.LARGEST_FIRST.reversed());
    }

    void offer(ClusterKey key, long records) {
        if (records < minSize) {
            return;
        }
        qualifying++;
        smallestFirst.add(new ClusterKey.Sized(key, records));
        if (smallestFirst.size() > size) {
            smallestFirst.poll();
        }
    }

    /** How many groups had at least {@code minSize} records. */
    long qualifying() {
        return qualifying;
    }

    /** The kept groups, largest first. */
    List<ClusterKey.Sized> largestFirst() {
        List<ClusterKey.Sized> largest = new ArrayList<>(smallestFirst);
        largest.sort(ClusterKey.LARGEST_FIRST);
        return largest;
    }
}
