package dev.accounthealth.event;

import java.time.Instant;

/**
 * Amazon removed a feedback or struck it through: it no longer counts.
 *
 * @param at when it was removed
 * @param feedbackId the feedback
 * @param how removed or struck through
 */
public record FeedbackRemoved(Instant at, String feedbackId, FeedbackRemoval how) implements SellerEvent {

    /** Validates the removal. */
    public FeedbackRemoved {
        Fields f = Fields.of("FeedbackRemoved", feedbackId);
        f.id("feedbackId", feedbackId);
        f.at(at);
        f.required("how", how);
    }
}
