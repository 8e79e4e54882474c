package io.defplorex.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the first {@code size} groups of at least {@code minSize} records, in the requested order and after the
 * cursor, while the composite aggregation pages through all of them: memory stays bounded by {@code size} whatever
 * the number of groups.
 */
final class TopClusters {

    private final int size;
    private final long minSize;
    private final ClusterSort sort;
    private final ClusterKey.Sized after;
    private final PriorityQueue<ClusterKey.Sized> lastFirst;
    private long qualifying;
    private long following;

    /** @param after the position of the previous page's last cluster, or null for the first page */
    TopClusters(int size, long minSize, ClusterSort sort, ClusterKey.Sized after) {
        this.size = size;
        this.minSize = minSize;
        this.sort = sort;
        this.after = after;
        this.lastFirst = new PriorityQueue<>(sort.order().reversed());
    }

    void offer(ClusterKey.Sized group) {
        if (group.size() < minSize) {
            return;
        }
        qualifying++;
        if (after != null && sort.order().compare(group, after) <= 0) {
            return;
        }
        following++;
        lastFirst.add(group);
        if (lastFirst.size() > size) {
            lastFirst.poll();
        }
    }

    /** How many groups had at least {@code minSize} records, on every page. */
    long qualifying() {
        return qualifying;
    }

    /** The kept groups, in order. */
    List<ClusterKey.Sized> page() {
        List<ClusterKey.Sized> page = new ArrayList<>(lastFirst);
        page.sort(sort.order());
        return page;
    }

    /** The cursor of the page after this one, or null when this page holds the last cluster. */
    ClusterCursor next() {
        if (following <= size) {
            return null;
        }
        List<ClusterKey.Sized> page = page();
        return ClusterCursor.after(sort, page.getLast());
    }
}
