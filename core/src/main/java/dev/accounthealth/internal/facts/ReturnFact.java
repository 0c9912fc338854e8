package dev.accounthealth.internal.facts;

import dev.accounthealth.event.ReturnDecision;
import java.time.Instant;
import java.util.Set;

/** A return request on a known order: when it was answered, how, and how the buyer rated it. */
public final class ReturnFact implements Counted {
    private final String returnId;
    private final OrderFact order;
    private final Instant requestedAt;
    private final String reason;
    private final boolean inPolicy;
    Instant firstAnsweredAt;
    Set<ReturnDecision> decisions = Set.of();
    Instant rejectionOverturnedAt;
    Boolean negativeFeedback;

    ReturnFact(String returnId, OrderFact order, Instant requestedAt, String reason, boolean inPolicy) {
        this.returnId = returnId;
        this.order = order;
        this.requestedAt = requestedAt;
        this.reason = reason;
        this.inPolicy = inPolicy;
    }

    @Override
    public String getItemId() {
        return returnId;
    }

    @Override
    public String getOrderId() {
        return order.getOrderId();
    }

    @Override
    public boolean countsAnOrder() {
        return false;
    }

    public String getReturnId() {
        return returnId;
    }

    public OrderFact getOrder() {
        return order;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }

    public boolean isInPolicy() {
        return inPolicy;
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Set<ReturnDecision> getDecisions() {
        return decisions;
    }

    public Instant getRejectionOverturnedAt() {
        return rejectionOverturnedAt;
    }

    /** {@code null} when the buyer has not rated the return. */
    public Boolean getNegativeFeedback() {
        return negativeFeedback;
    }
}
