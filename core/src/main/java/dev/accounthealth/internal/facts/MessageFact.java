package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import java.time.Instant;

/** A buyer message and when the seller first answered it. */
public final class MessageFact extends CountedFact {
    private final String messageId;
    private final OrderFact order;
    private final String orderId;
    private final Marketplace marketplace;
    private final Instant receivedAt;
    private final boolean noResponseNeeded;
    Instant answeredAt;
    Marketplace earlierMarketplace;

    MessageFact(String messageId, OrderFact order, String orderId, Marketplace marketplace, Instant receivedAt,
                boolean noResponseNeeded) {
        this.messageId = messageId;
        this.order = order;
        this.orderId = orderId;
        this.marketplace = marketplace;
        this.receivedAt = receivedAt;
        this.noResponseNeeded = noResponseNeeded;
    }

    @Override
    public String getItemId() {
        return messageId;
    }

    @Override
    public String getOrderId() {
        return orderId;
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
        return marketplace;
    }

    @Override
    public FulfillmentChannel getChannel() {
        return order == null ? null : order.getChannel();
    }

    @Override
    public Instant getKnownFrom() {
        return receivedAt;
    }

    /** Its arrival, or the placement of its order when the order was placed after it arrived. */
    @Override
    public Instant getMarketplaceFrom() {
        return order != null && order.getPurchasedAt().isAfter(receivedAt) ? order.getPurchasedAt() : receivedAt;
    }

    /** The marketplace the message named, while its order was not yet placed; {@code null} otherwise. */
    @Override
    public Marketplace getEarlierMarketplace() {
        return earlierMarketplace;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public boolean isNoResponseNeeded() {
        return noResponseNeeded;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
