package dev.accounthealth.event;

import java.time.Instant;

/**
 * The package of an order was delivered.
 *
 * @param at when it was delivered
 * @param orderId the order
 */
public record OrderDelivered(Instant at, String orderId) implements SellerEvent {

    /** Validates the delivery. */
    public OrderDelivered {
        Fields f = Fields.of("OrderDelivered", orderId);
        f.id("orderId", orderId);
        f.at(at);
    }
}
