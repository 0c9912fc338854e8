package dev.accounthealth.internal.facts;

import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A return request on a known order: when it was answered, how, and how the buyer rated it. */
public final class ReturnFact extends OrderItemFact {
    ReturnRequested requested;
    ReturnAnswered firstAnswer;
    final EnumSet<ReturnDecision> decisions = EnumSet.noneOf(ReturnDecision.class);
    ReturnRejectionOverturned overturn;
    ReturnFeedbackReceived rating;

    ReturnFact(String returnId) {
        super(returnId);
    }

    ReturnFact(ReturnFact other, OrderFact order) {
        super(other, order);
        requested = other.requested;
        firstAnswer = other.firstAnswer;
        decisions.addAll(other.decisions);
        overturn = other.overturn;
        rating = other.rating;
    }

    @Override
    Instant introducedAt() {
        return requested.at();
    }

    @Override
    String introducingOrderId() {
        return requested == null ? null : requested.orderId();
    }

    public String getReturnId() {
        return getItemId();
    }

    public Instant getRequestedAt() {
        return requested.at();
    }

    public String getReason() {
        return requested.reason().orElse(null);
    }

    public boolean isInPolicy() {
        return requested.inPolicy();
    }

    public Instant getFirstAnsweredAt() {
        return firstAnswer == null ? null : firstAnswer.at();
    }

    /** Every decision the seller answered with. */
    public Set<ReturnDecision> getDecisions() {
        return Collections.unmodifiableSet(decisions);
    }

    public Instant getRejectionOverturnedAt() {
        return overturn == null ? null : overturn.at();
    }

    /** {@code null} when the buyer has not rated the return. */
    public Boolean getNegativeFeedback() {
        return rating == null ? null : rating.negative();
    }

    /** When the buyer rated the return; {@code null} when not. */
    public Instant getFeedbackAt() {
        return rating == null ? null : rating.at();
    }
}
