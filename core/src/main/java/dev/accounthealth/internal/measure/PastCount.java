package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import java.math.BigDecimal;

/**
 * A metric's figures as they stood {@code lookbackDays} before the evaluation, from the events
 * that had happened by then: what a trend is measured against.
 */
public final class PastCount {
    private final int lookbackDays;
    private final Marketplace marketplace;
    private final String metric;
    private final Channel channel;
    private final int days;
    private final int lagDays;
    private final long numerator;
    private final long denominator;

    public PastCount(int lookbackDays, MetricCount then) {
        this.lookbackDays = lookbackDays;
        this.marketplace = then.getMarketplace();
        this.metric = then.getMetric();
        this.channel = then.getDefinition().getChannel();
        this.days = then.getDefinition().getDays();
        this.lagDays = then.getDefinition().getLagDays();
        this.numerator = then.getNumerator();
        this.denominator = then.getDenominator();
    }

    public int getLookbackDays() {
        return lookbackDays;
    }

    public Marketplace getMarketplace() {
        return marketplace;
    }

    public String getMetric() {
        return metric;
    }

    public Channel getChannel() {
        return channel;
    }

    public int getDays() {
        return days;
    }

    public int getLagDays() {
        return lagDays;
    }

    public long getNumerator() {
        return numerator;
    }

    public long getDenominator() {
        return denominator;
    }

    /** Whether this is the same metric window of the same marketplace as a current count. */
    public boolean sameMetricAs(MetricCount now) {
        return marketplace == now.getMarketplace() && metric.equals(now.getMetric())
                && channel == now.getDefinition().getChannel() && days == now.getDefinition().getDays()
                && lagDays == now.getDefinition().getLagDays();
    }

    /**
     * Whether the current rate exceeds this one by more than a margin, compared exactly:
     * n / d − pn / pd &gt; m, i.e. n·pd − pn·d &gt; m·d·pd. False when either has no denominator.
     */
    public boolean roseBy(MetricCount now, BigDecimal margin) {
        long d = now.getDenominator();
        if (d == 0 || denominator == 0) {
            return false;
        }
        BigDecimal rise = BigDecimal.valueOf(now.getNumerator()).multiply(BigDecimal.valueOf(denominator))
                .subtract(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(d)));
        return rise.compareTo(margin.multiply(BigDecimal.valueOf(d)).multiply(BigDecimal.valueOf(denominator))) > 0;
    }
}
