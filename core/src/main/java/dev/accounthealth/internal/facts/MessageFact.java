package dev.accounthealth.internal.facts;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;

/** A buyer message and when the seller first answered it. */
public final class MessageFact implements Counted {
    private final String messageId;
    private final OrderFact order;
    private final String orderId;
    private final Marketplace marketplace;
    private final Instant receivedAt;
    private final boolean noResponseNeeded;
    Instant answeredAt;

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

    public Marketplace getMarketplace() {
        return marketplace;
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
