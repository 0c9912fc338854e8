package dev.accounthealth.internal.facts;

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
}
