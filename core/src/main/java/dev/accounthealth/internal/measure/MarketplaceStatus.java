package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.HealthStatus;

/** The status the rules gave a marketplace at a moment. */
public final class MarketplaceStatus {
    private final Marketplace marketplace;
    private final Moment moment;
    private final HealthStatus status;

    public MarketplaceStatus(Marketplace marketplace, Moment moment, HealthStatus status) {
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
        return marketplace + " " + status + " at " + moment;
    }
}
