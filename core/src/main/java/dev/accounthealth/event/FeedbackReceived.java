package dev.accounthealth.event;

import java.time.Instant;
import java.util.Optional;

/**
 * The buyer left seller feedback on an order.
 *
 * @param at when the feedback was left
 * @param orderId the order it is about
 * @param feedbackId the feedback's own id
 * @param rating from 1 (worst) to 5 (best)
 * @param comment the buyer's words
 */
public record FeedbackReceived(Instant at, String orderId, String feedbackId, int rating, Optional<String> comment)
        implements SellerEvent {

    /** Validates the feedback; the rating must lie between 1 and 5. */
    public FeedbackReceived {
        Fields f = Fields.of("FeedbackReceived", feedbackId);
        f.id("feedbackId", feedbackId);
        f.id("orderId", orderId);
        f.at(at);
        if (rating < 1 || rating > 5) {
            throw f.invalid("rating", "must be between 1 and 5, was " + rating);
        }
        comment = Fields.optional(comment);
    }

    /** Feedback without a comment. */
    public FeedbackReceived(Instant at, String orderId, String feedbackId, int rating) {
        this(at, orderId, feedbackId, rating, Optional.empty());
    }
}
