package dev.accounthealth.internal.facts;

import dev.accounthealth.event.Marketplace;
import java.time.ZoneId;

/** A marketplace the seller has events in; every metric that applies to it is reported. */
public final class SellingMarketplace {
    private final Marketplace marketplace;

    public SellingMarketplace(Marketplace marketplace) {
        this.marketplace = marketplace;
    }

    public Marketplace getMarketplace() {
        return marketplace;
    }

    public ZoneId getZone() {
        return marketplace.zone();
    }
}
