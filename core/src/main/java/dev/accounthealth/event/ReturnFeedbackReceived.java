package dev.accounthealth.event;

import java.time.Instant;

/**
 * The buyer rated how a return went.
 *
 * @param at when the buyer rated it
 * @param returnId the return request
 * @param negative whether the rating was negative
 */
public record ReturnFeedbackReceived(Instant at, String returnId, boolean negative) implements SellerEvent {

    /** Validates the rating. */
    public ReturnFeedbackReceived {
        Fields f = Fields.of("ReturnFeedbackReceived", returnId);
        f.id("returnId", returnId);
        f.at(at);
    }
}
