package dev.accounthealth.event;

import java.time.Instant;
import java.util.Optional;

/**
 * The buyer asked to return an item of an order.
 *
 * @param at when the return was requested
 * @param orderId the order
 * @param returnId the return request's own id
 * @param reason the buyer's reason as reported
 * @param inPolicy whether the request falls within the return policy
 */
public record ReturnRequested(Instant at, String orderId, String returnId, Optional<String> reason, boolean inPolicy)
        implements SellerEvent {

    /** Validates the request. */
    public ReturnRequested {
        Fields f = Fields.of("ReturnRequested", returnId);
        f.id("returnId", returnId);
        f.id("orderId", orderId);
        f.at(at);
        reason = f.optionalText("reason", reason);
    }

    /** An in-policy return request without a stated reason. */
    public ReturnRequested(Instant at, String orderId, String returnId) {
        this(at, orderId, returnId, Optional.empty(), true);
    }
}
