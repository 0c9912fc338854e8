package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FeedbackRemoval;
import java.time.Instant;

/** A seller feedback on a known order, and whether Amazon took it out of the count. */
public final class FeedbackFact extends OrderItemFact {
    private final Instant receivedAt;
    private final int rating;
    private final String comment;
    Instant removedAt;
    FeedbackRemoval removal;

    FeedbackFact(String feedbackId, OrderFact order, Instant receivedAt, int rating, String comment) {
        super(feedbackId, order, receivedAt);
        this.receivedAt = receivedAt;
        this.rating = rating;
        this.comment = comment;
    }

    public String getFeedbackId() {
        return getItemId();
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
