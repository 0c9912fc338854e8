package dev.accounthealth.internal.measure;

import java.math.BigDecimal;

/**
 * A rule file's request to watch a metric's direction: compare its rate with the rate
 * {@code lookbackDays} earlier and warn when it rose by more than {@code riseMargin} (a
 * fraction: 0.002 is 0.2 percentage points).
 */
public final class TrendWatch {
    private final String metric;
    private final int lookbackDays;
    private final BigDecimal riseMargin;

    public TrendWatch(String metric, int lookbackDays, String riseMargin) {
        if (lookbackDays <= 0) {
            throw new IllegalArgumentException("trend of " + metric + ": lookbackDays must be positive, was "
                    + lookbackDays);
        }
        this.metric = metric;
        this.lookbackDays = lookbackDays;
        try {
            this.riseMargin = new BigDecimal(riseMargin);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trend of " + metric + ": riseMargin: not a decimal number: "
                    + riseMargin, e);
        }
    }

    public String getMetric() {
        return metric;
    }

    public int getLookbackDays() {
        return lookbackDays;
    }

    public BigDecimal getRiseMargin() {
        return riseMargin;
    }
}
