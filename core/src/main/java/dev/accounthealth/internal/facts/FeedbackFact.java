package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FeedbackRemoval;
import dev.accounthealth.event.FeedbackRemoved;
import java.time.Instant;

/** A seller feedback on a known order, and whether Amazon took it out of the count. */
public final class FeedbackFact extends OrderItemFact {
    FeedbackReceived received;
    FeedbackRemoved removal;

    FeedbackFact(String feedbackId) {
        super(feedbackId);
    }

    FeedbackFact(FeedbackFact other, OrderFact order) {
        super(other, order);
        received = other.received;
        removal = other.removal;
    }

    @Override
    Instant introducedAt() {
        return received.at();
    }

    @Override
    String introducingOrderId() {
        return received == null ? null : received.orderId();
    }

    public String getFeedbackId() {
        return getItemId();
    }

    public Instant getReceivedAt() {
        return received.at();
    }

    public int getRating() {
        return received.rating();
    }

    public String getComment() {
        return received.comment().orElse(null);
    }

    public Instant getRemovedAt() {
        return removal == null ? null : removal.at();
    }

    public FeedbackRemoval getRemoval() {
        return removal == null ? null : removal.how();
    }
}
