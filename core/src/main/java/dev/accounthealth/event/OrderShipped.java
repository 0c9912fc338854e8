package dev.accounthealth.event;

import java.time.Instant;
import java.util.Optional;

/**
 * The seller confirmed shipment of an order; {@code at} is the ship confirmation.
 *
 * @param at when shipment was confirmed
 * @param orderId the order shipped
 * @param carrier the carrier, e.g. {@code Colissimo}
 * @param trackingId the tracking id given to the buyer
 * @param shipFrom where the package left from (a warehouse, a postcode)
 */
public record OrderShipped(Instant at, String orderId, Optional<String> carrier, Optional<String> trackingId,
                           Optional<String> shipFrom) implements SellerEvent {

    /** Validates the shipment. */
    public OrderShipped {
        Fields f = Fields.of("OrderShipped", orderId);
        f.id("orderId", orderId);
        f.at(at);
        carrier = f.optionalText("carrier", carrier);
        trackingId = Fields.optional(trackingId);
        shipFrom = f.optionalText("shipFrom", shipFrom);
    }

    /** A shipment confirmed without carrier, tracking id or origin. */
    public OrderShipped(Instant at, String orderId) {
        this(at, orderId, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A shipment with a carrier and a tracking id. */
    public OrderShipped(Instant at, String orderId, String carrier, String trackingId) {
        this(at, orderId, Optional.ofNullable(carrier), Optional.ofNullable(trackingId), Optional.empty());
    }
}
