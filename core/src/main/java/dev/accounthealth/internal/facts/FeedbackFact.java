package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FeedbackRemoval;
import java.time.Instant;

/** A seller feedback on a known order, and whether Amazon took it out of the count. */
public final class FeedbackFact implements Counted {
    private final String feedbackId;
    private final OrderFact order;
    private final Instant receivedAt;
    private final int rating;
    private final String comment;
    Instant removedAt;
    FeedbackRemoval removal;

    FeedbackFact(String feedbackId, OrderFact order, Instant receivedAt, int rating, String comment) {
        this.feedbackId = feedbackId;
        this.order = order;
        this.receivedAt = receivedAt;
        this.rating = rating;
        this.comment = comment;
    }

    @Override
    public String getItemId() {
        return feedbackId;
    }

    @Override
    public String getOrderId() {
        return order.getOrderId();
    }

    @Override
    public boolean countsAnOrder() {
        return false;
    }

    public String getFeedbackId() {
        return feedbackId;
    }

    public OrderFact getOrder() {
        return order;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public FeedbackRemoval getRemoval() {
        return removal;
    }
}
