package dev.accounthealth.internal.measure;

/** A rule's finding that a metric is moving the wrong way fast: its count now against its count a lookback ago. */
public final class TrendAlert {
    private final MetricCount now;
    private final MetricCount then;
    private final TrendWatch watch;

    public TrendAlert(MetricCount now, MetricCount then, TrendWatch watch) {
        this.now = now;
        this.then = then;
        this.watch = watch;
    }

    public MetricCount getNow() {
        return now;
    }

    public MetricCount getThen() {
        return then;
    }

    public TrendWatch getWatch() {
        return watch;
    }
}
