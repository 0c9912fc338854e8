package dev.accounthealth.internal.facts;

/** A fact about something that belongs to a known order: a feedback, claim, chargeback or return. */
public abstract class OrderItemFact implements Counted {
    private final String itemId;
    private final OrderFact order;

    OrderItemFact(String itemId, OrderFact order) {
        this.itemId = itemId;
        this.order = order;
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
}
