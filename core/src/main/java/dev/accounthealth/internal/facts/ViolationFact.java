package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.Severity;
import java.time.Instant;

/** A policy notice and whether Amazon accepted its resolution. */
public final class ViolationFact extends CountedFact {
    private final String violationId;
    private final Marketplace marketplace;
    private final PolicyCategory category;
    private final Severity severity;
    private final String asin;
    private final Instant reportedAt;
    Instant resolvedAt;

    ViolationFact(String violationId, Marketplace marketplace, PolicyCategory category, Severity severity,
                  String asin, Instant reportedAt) {
        this.violationId = violationId;
        this.marketplace = marketplace;
        this.category = category;
        this.severity = severity;
        this.asin = asin;
        this.reportedAt = reportedAt;
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
        return marketplace;
    }

    @Override
    public FulfillmentChannel getChannel() {
        return null;
    }

    @Override
    public Instant getKnownFrom() {
        return reportedAt;
    }

    public PolicyCategory getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getAsin() {
        return asin;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
