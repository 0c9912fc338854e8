package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.MetricStatus;

/** The verdict a rule gave on a metric count. */
public final class MetricVerdict {
    private final MetricCount count;
    private final MetricStatus status;

    public MetricVerdict(MetricCount count, MetricStatus status) {
        this.count = count;
        this.status = status;
    }

    public MetricCount getCount() {
        return count;
    }

    public MetricStatus getStatus() {
        return status;
    }

    public Marketplace getMarketplace() {
        return count.getMarketplace();
    }

    public Moment getMoment() {
        return count.getMoment();
    }

    public Enforcement getEnforcement() {
        return count.getEnforcement();
    }

    @Override
    public String toString() {
        return count + " " + status;
    }
}
