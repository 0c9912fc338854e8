package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import java.time.Instant;

/** A fact about something that belongs to a known order: a feedback, claim, chargeback or return. */
public abstract class OrderItemFact extends CountedFact {
    private final String itemId;
    private final OrderFact order;
    private final Instant introducedAt;

    OrderItemFact(String itemId, OrderFact order, Instant introducedAt) {
        this.itemId = itemId;
        this.order = order;
        this.introducedAt = introducedAt;
    }

    @Override
    public final String getItemId() {
        return itemId;
    }

    @Override
    public final String getOrderId() {
        return order.getOrderId();
    }

    @Override
    public final boolean countsAnOrder() {
        return false;
    }

    public final OrderFact getOrder() {
        return order;
    }

    @Override
    public final Marketplace getMarketplace() {
        return order.getMarketplace();
    }

    @Override
    public final FulfillmentChannel getChannel() {
        return order.getChannel();
    }

    /** Its own introduction, or its order's placement when the order was placed later. */
    @Override
    public final Instant getKnownFrom() {
        Instant placed = order.getPurchasedAt();
        return placed.isAfter(introducedAt) ? placed : introducedAt;
    }
}
