package dev.accounthealth.internal.facts;

import dev.accounthealth.event.ReturnDecision;
import java.time.Instant;
import java.util.Set;

/** A return request on a known order: when it was answered, how, and how the buyer rated it. */
public final class ReturnFact extends OrderItemFact {
    private final Instant requestedAt;
    private final String reason;
    private final boolean inPolicy;
    Instant firstAnsweredAt;
    Set<ReturnDecision> decisions = Set.of();
    Instant rejectionOverturnedAt;
    Boolean negativeFeedback;
    Instant feedbackAt;

    ReturnFact(String returnId, OrderFact order, Instant requestedAt, String reason, boolean inPolicy) {
        super(returnId, order, requestedAt);
        this.requestedAt = requestedAt;
        this.reason = reason;
        this.inPolicy = inPolicy;
    }

    public String getReturnId() {
        return getItemId();
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

    /** When the buyer rated the return; {@code null} when not. */
    public Instant getFeedbackAt() {
        return feedbackAt;
    }
}
