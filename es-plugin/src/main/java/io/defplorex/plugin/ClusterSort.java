package io.defplorex.plugin;

import java.util.Comparator;
import java.util.List;

/**
 * The order clusters are answered and paged in. Ties fall back to the key order, so that the order is total and a
 * cursor names one exact place in it.
 */
enum ClusterSort {

    /** Largest first. */
    SIZE("size", ClusterKey.LARGEST_FIRST),
    /** Earliest first record first; clusters whose records have no timestamp come last. */
    START("start", Comparator.comparingLong(ClusterKey.Sized::start).thenComparing(ClusterKey.LARGEST_FIRST));

    static final List<String> NAMES = List.of("size", "start");

    private final String name;
    private final Comparator<ClusterKey.Sized> order;

    ClusterSort(String name, Comparator<ClusterKey.Sized> order) {
        this.name = name;
        this.order = order;
    }

    static ClusterSort named(String name) {
        return name.equals("start") ? START : SIZE;
    }

    String sortName() {
        return name;
    }

    Comparator<ClusterKey.Sized> order() {
        return order;
    }
}
