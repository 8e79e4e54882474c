package io.defplorex.plugin;

import org.elasticsearch.search.aggregations.bucket.histogram.DateHistogramInterval;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar steps for cluster timelines. The facts search histograms every cluster of a page at one base step chosen
 * from the whole selection's time span; each cluster's buckets are then merged up to the finest step that gives at
 * most {@link #CLUSTER_BUCKETS} buckets over the cluster's own span (the node has no {@code auto_date_histogram}).
 */
enum Timeline {
    HOUR("1h", 3_600_000L),
    DAY("1d", 86_400_000L),
    WEEK("1w", 604_800_000L),
    MONTH("1M", 2_629_746_000L),
    QUARTER("1q", 7_889_238_000L),
    YEAR("1y", 31_556_952_000L);

    static final int CLUSTER_BUCKETS = 20;
    /** Bound on the base histogram's buckets summed over a page, well under {@code search.max_buckets}. */
    static final int PAGE_BUCKETS = 40_000;

    private final String interval;
    private final long millis;

    Timeline(String interval, long millis) {
        this.interval = interval;
        this.millis = millis;
    }

    /** The finest step that cuts {@code spanMillis} into at most {@code buckets} buckets; years at the most. */
    static Timeline forSpan(long spanMillis, long buckets) {
        for (Timeline step : values()) {
            if (spanMillis / step.millis + 1 <= buckets) {
                return step;
            }
        }
        return YEAR;
    }

    /** The base step for a page of {@code clusters} clusters over the selection's span. */
    static Timeline base(long spanMillis, int clusters) {
        return forSpan(spanMillis, Math.max(CLUSTER_BUCKETS, PAGE_BUCKETS / clusters));
    }

    DateHistogramInterval calendarInterval() {
        return new DateHistogramInterval(interval);
    }

    String interval() {
        return interval;
    }

    /** The start of the bucket of this step holding {@code time} (weeks start on Monday, UTC). */
    Instant truncate(Instant time) {
        ZonedDateTime day = time.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        ZonedDateTime start = switch (this) {
            case HOUR -> time.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
        return start.toInstant();
    }

    /** Merges ascending base buckets into buckets of this step. */
    List<Cluster.Count> merge(List<Cluster.Count> buckets) {
        List<Cluster.Count> merged = new ArrayList<>();
        for (Cluster.Count bucket : buckets) {
            String start = truncate(Instant.parse(bucket.name())).toString();
            if (merged.isEmpty() == false && merged.getLast().name().equals(start)) {
                Cluster.Count last = merged.removeLast();
                merged.add(new Cluster.Count(start, last.count() + bucket.count()));
            } else {
                merged.add(new Cluster.Count(start, bucket.count()));
            }
        }
        return merged;
    }
}
