package dev.accounthealth.event;

import java.time.Instant;
import java.util.Optional;

/**
 * A buyer wrote to the seller, about an order or not.
 *
 * @param at when the message arrived
 * @param messageId the message's own id
 * @param orderId the order it is about, if any
 * @param marketplace where it was sent; required when there is no order
 * @param noResponseNeeded whether the seller marked it as needing no response
 */
public record BuyerMessageReceived(Instant at, String messageId, Optional<String> orderId,
                                   Optional<Marketplace> marketplace, boolean noResponseNeeded)
        implements SellerEvent {

    /** Validates the message; a message without an order must name its marketplace. */
    public BuyerMessageReceived {
        Fields f = Fields.of("BuyerMessageReceived", messageId);
        f.id("messageId", messageId);
        f.at(at);
        orderId = f.optionalText("orderId", orderId);
        marketplace = Fields.optional(marketplace);
        if (orderId.isEmpty() && marketplace.isEmpty()) {
            throw f.invalid("marketplace", "required when orderId is absent");
        }
    }

    /** A message about an order that needs a response. */
    public static BuyerMessageReceived aboutOrder(Instant at, String messageId, String orderId) {
        return new BuyerMessageReceived(at, messageId, Optional.of(orderId), Optional.empty(), false);
    }

    /** A message that needs a response and is about no particular order. */
    public static BuyerMessageReceived inMarketplace(Instant at, String messageId, Marketplace marketplace) {
        return new BuyerMessageReceived(at, messageId, Optional.empty(), Optional.of(marketplace), false);
    }
}
