package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.HealthStatus;

/** A reason a rule found for a marketplace to be at least this bad at a moment. */
public final class StatusFinding {
    private final Marketplace marketplace;
    private final Moment moment;
    private final HealthStatus status;

    public StatusFinding(Marketplace marketplace, Moment moment, HealthStatus status) {
        this.marketplace = marketplace;
        this.moment = moment;
        this.status = status;
    }

    public Marketplace getMarketplace() {
        return marketplace;
    }

    public Moment getMoment() {
        return moment;
    }

    public HealthStatus getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return marketplace + " at least " + status + " at " + moment;
    }
}
