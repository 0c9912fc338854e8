package dev.accounthealth.internal.facts;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import java.time.Instant;

/** A fact a metric can count: an order, or an item that may belong to an order. */
public interface Counted {

    /** The id of the counted thing: the order id for an order, the item's own id otherwise. */
    String getItemId();

    /** The id of the order behind it, or {@code null} for an item without an order. */
    String getOrderId();

    /**
     * Whether the counted thing is the order itself. Not named like a bean property: a fact with
     * {@code getOrder()} and {@code isOrder()} would make {@code order} ambiguous in DRL.
     */
    boolean countsAnOrder();

    /** The marketplace it is counted in. */
    Marketplace getMarketplace();

    /** The fulfilment channel of its order, or {@code null} when it has none (a notice, a message without order). */
    FulfillmentChannel getChannel();

    /**
     * The instant from which the stream knows it: the event that introduced it, and, for an item
     * of an order, the order's placement if that came later. Nothing counts it before.
     */
    Instant getKnownFrom();

    /**
     * The instant from which it belongs to {@link #getMarketplace()}: {@link #getKnownFrom()},
     * unless it was counted in {@link #getEarlierMarketplace()} until then.
     */
    default Instant getMarketplaceFrom() {
        return getKnownFrom();
    }

    /**
     * The marketplace it was counted in before {@link #getMarketplaceFrom()}, or {@code null}: a
     * message about an order placed after it arrived belongs, until then, to the marketplace it
     * named itself.
     */
    default Marketplace getEarlierMarketplace() {
        return null;
    }

    /**
     * The classes the rules put it in, as the classification keeps them; not a bean property, so
     * rules do not see it.
     */
    Object memberships();

    /** Keeps the classification's record of this item. */
    void memberships(Object head);
}
