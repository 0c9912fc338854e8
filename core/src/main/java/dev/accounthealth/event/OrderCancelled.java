package dev.accounthealth.event;

import java.time.Instant;
import java.util.Optional;

/**
 * An order was cancelled before shipment.
 *
 * @param at when it was cancelled
 * @param orderId the order
 * @param by who cancelled it
 * @param reason the cancellation reason, as reported
 */
public record OrderCancelled(Instant at, String orderId, CancelledBy by, Optional<String> reason)
        implements SellerEvent {

    /** Validates the cancellation. */
    public OrderCancelled {
        Fields f = Fields.of("OrderCancelled", orderId);
        f.id("orderId", orderId);
        f.at(at);
        f.required("by", by);
        reason = f.optionalText("reason", reason);
    }

    /** A cancellation without a stated reason. */
    public OrderCancelled(Instant at, String orderId, CancelledBy by) {
        this(at, orderId, by, Optional.empty());
    }
}
