package dev.accounthealth.internal.measure;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

/**
 * What a rule file asks to look for behind a metric's flagged items: the dimensions to group them
 * by, and when a group explains enough of them to be reported. A group is reported when it holds
 * at least {@code minCount} flagged items, at least {@code minShare} of them, and its share of
 * the flagged items is at least {@code minLift} times its share of all items counted.
 */
public final class RootCauseSearch {
    private final String metric;
    private final List<String> dimensions;
    private final int minCount;
    private final BigDecimal minShare;
    private final BigDecimal minLift;
    private final LocalTime dayCutoff;
    private final int maxCauses;

    public RootCauseSearch(String metric, List<String> dimensions, int minCount, String minShare, String minLift,
                           LocalTime dayCutoff, int maxCauses) {
        for (String dimension : dimensions) {
            Dimension.of(dimension);
        }
        this.metric = metric;
        this.dimensions = List.copyOf(dimensions);
        this.minCount = minCount;
        this.minShare = new BigDecimal(minShare);
        this.minLift = new BigDecimal(minLift);
        this.dayCutoff = dayCutoff;
        this.maxCauses = maxCauses;
    }

    public String getMetric() {
        return metric;
    }

    public List<String> getDimensions() {
        return dimensions;
    }

    public int getMinCount() {
        return minCount;
    }

    public BigDecimal getMinShare() {
        return minShare;
    }

    public BigDecimal getMinLift() {
        return minLift;
    }

    /** Orders placed at or after this local time count as placed late in the day. */
    public LocalTime getDayCutoff() {
        return dayCutoff;
    }

    public int getMaxCauses() {
        return maxCauses;
    }
}
