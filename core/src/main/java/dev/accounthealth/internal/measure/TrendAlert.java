package dev.accounthealth.internal.measure;

/** A rule's finding that a metric is moving the wrong way fast, compared with a past count. */
public final class TrendAlert {
    private final MetricCount now;
    private final PastCount then;
    private final TrendWatch watch;

    public TrendAlert(MetricCount now, PastCount then, TrendWatch watch) {
        this.now = now;
        this.then = then;
        this.watch = watch;
    }

    public MetricCount getNow() {
        return now;
    }

    public PastCount getThen() {
        return then;
    }

    public TrendWatch getWatch() {
        return watch;
    }
}
