package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.PolicyViolationResolved;
import dev.accounthealth.event.Severity;
import java.time.Instant;

/** A policy notice and whether Amazon accepted its resolution. */
public final class ViolationFact extends CountedFact {
    private final String violationId;
    PolicyViolationReported reported;
    PolicyViolationResolved firstResolution;

    ViolationFact(String violationId) {
        this.violationId = violationId;
    }

    @Override
    public String getItemId() {
        return violationId;
    }

    @Override
    public String getOrderId() {
        return null;
    }

    @Override
    public boolean countsAnOrder() {
        return false;
    }

    public String getViolationId() {
        return violationId;
    }

    @Override
    public Marketplace getMarketplace() {
        return reported.marketplace();
    }

    @Override
    public FulfillmentChannel getChannel() {
        return null;
    }

    @Override
    public Instant getKnownFrom() {
        return reported.at();
    }

    public PolicyCategory getCategory() {
        return reported.category();
    }

    public Severity getSeverity() {
        return reported.severity();
    }

    public String getAsin() {
        return reported.asin().orElse(null);
    }

    public Instant getReportedAt() {
        return reported.at();
    }

    public Instant getResolvedAt() {
        return firstResolution == null ? null : firstResolution.at();
    }
}
