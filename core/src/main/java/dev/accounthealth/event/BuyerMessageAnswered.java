package dev.accounthealth.event;

import java.time.Instant;

/**
 * The seller replied to a buyer message.
 *
 * @param at when the seller replied
 * @param messageId the message
 */
public record BuyerMessageAnswered(Instant at, String messageId) implements SellerEvent {

    /** Validates the reply. */
    public BuyerMessageAnswered {
        Fields f = Fields.of("BuyerMessageAnswered", messageId);
        f.id("messageId", messageId);
        f.at(at);
    }
}
