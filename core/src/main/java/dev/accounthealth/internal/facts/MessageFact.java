package dev.accounthealth.internal.facts;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import java.time.Instant;

/**
 * A buyer message and when the seller first answered it. It belongs to the marketplace of its
 * order when the order is known, to the one it names otherwise.
 */
public final class MessageFact extends CountedFact {
    private final String messageId;
    BuyerMessageReceived received;
    BuyerMessageAnswered firstAnswer;
    OrderFact order;

    MessageFact(String messageId) {
        this.messageId = messageId;
    }

    /** A copy of another message, about {@code order}. */
    MessageFact(MessageFact other, OrderFact order) {
        this.messageId = other.messageId;
        this.received = other.received;
        this.firstAnswer = other.firstAnswer;
        this.order = order;
        setAsideAsIn(other);
    }

    @Override
    public String getItemId() {
        return messageId;
    }

    @Override
    public String getOrderId() {
        return received.orderId().orElse(null);
    }

    @Override
    public boolean countsAnOrder() {
        return false;
    }

    public String getMessageId() {
        return messageId;
    }

    /** The order it is about, when the stream introduced it; {@code null} otherwise. */
    public OrderFact getOrder() {
        return order;
    }

    @Override
    public Marketplace getMarketplace() {
        return order != null ? order.getMarketplace() : received.marketplace().orElse(null);
    }

    @Override
    public FulfillmentChannel getChannel() {
        return order == null ? null : order.getChannel();
    }

    @Override
    public Instant getKnownFrom() {
        return received.at();
    }

    /** Its arrival, or the placement of its order when the order was placed after it arrived. */
    @Override
    public Instant getMarketplaceFrom() {
        return order != null && order.getPurchasedAt().isAfter(received.at()) ? order.getPurchasedAt() : received.at();
    }

    /** The marketplace the message named, while its order was not yet placed; {@code null} otherwise. */
    @Override
    public Marketplace getEarlierMarketplace() {
        return order != null && order.getPurchasedAt().isAfter(received.at())
                ? received.marketplace().orElse(null) : null;
    }

    public Instant getReceivedAt() {
        return received.at();
    }

    public boolean isNoResponseNeeded() {
        return received.noResponseNeeded();
    }

    public Instant getAnsweredAt() {
        return firstAnswer == null ? null : firstAnswer.at();
    }
}
