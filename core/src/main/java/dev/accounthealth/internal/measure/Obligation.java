package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;

/** Something the seller must do by an instant, as a deadline rule found it. */
public final class Obligation {
    private final String kind;
    private final String ref;
    private final Marketplace marketplace;
    private final String orderId;
    private final Instant due;
    private final boolean overdue;

    private Obligation(String kind, String ref, Marketplace marketplace, String orderId, Instant due, boolean overdue) {
        this.kind = kind;
        this.ref = ref;
        this.marketplace = marketplace;
        this.orderId = orderId;
        this.due = due;
        this.overdue = overdue;
    }

    /**
     * @param kind e.g. {@code RETURN_RESPONSE}
     * @param ref what it is about: a message, return, claim, chargeback or order id, or a marketplace
     * @param orderId the order behind it, or {@code null}
     * @param overdue whether the rule found the due instant passed
     */
    public static Obligation of(String kind, String ref, Marketplace marketplace, String orderId, Instant due,
                                boolean overdue) {
        return new Obligation(kind, ref, marketplace, orderId, due, overdue);
    }

    public String getKind() {
        return kind;
    }

    public String getRef() {
        return ref;
    }

    public Marketplace getMarketplace() {
        return marketplace;
    }

    public String getOrderId() {
        return orderId;
    }

    public Instant getDue() {
        return due;
    }

    public boolean isOverdue() {
        return overdue;
    }

    @Override
    public String toString() {
        return kind + " " + ref + " due " + due + (overdue ? " (overdue)" : "");
    }
}
