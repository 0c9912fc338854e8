package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import java.time.Instant;

/**
 * A fact about something that belongs to an order: a feedback, claim, chargeback or return. The
 * rules see it once the event that introduced it has arrived and its order is known.
 */
public abstract class OrderItemFact extends CountedFact {
    private final String itemId;
    OrderFact order;

    OrderItemFact(String itemId) {
        this.itemId = itemId;
    }

    /** A copy of another item, belonging to {@code order}. */
    OrderItemFact(OrderItemFact other, OrderFact order) {
        this.itemId = other.itemId;
        this.order = order;
        setAsideAsIn(other);
    }

    /** The instant of the event that introduced it. */
    abstract Instant introducedAt();

    /** The order the event that introduced it names, or {@code null} before it arrived. */
    abstract String introducingOrderId();

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
        Instant introduced = introducedAt();
        return placed.isAfter(introduced) ? placed : introduced;
    }
}
