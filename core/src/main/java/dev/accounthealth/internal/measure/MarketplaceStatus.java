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

    /** The same status of the same marketplace at the same moment (the same object, wherever it has moved to). */
    @Override
    public boolean equals(Object object) {
        return object instanceof MarketplaceStatus other && marketplace == other.marketplace
                && moment == other.moment && status == other.status;
    }

    @Override
    public int hashCode() {
        return (marketplace.hashCode() * 31 + System.identityHashCode(moment)) * 31 + status.hashCode();
    }

    @Override
    public String toString() {
        return marketplace + " " + status + " at " + moment;
    }
}
