package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.HealthStatus;

/** The status the rules gave a marketplace. */
public final class MarketplaceStatus {
    private final Marketplace marketplace;
    private final HealthStatus status;

    public MarketplaceStatus(Marketplace marketplace, HealthStatus status) {
        this.marketplace = marketplace;
        this.status = status;
    }

    public Marketplace getMarketplace() {
        return marketplace;
    }

    public HealthStatus getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return marketplace + " " + status;
    }
}
