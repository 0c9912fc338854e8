package dev.accounthealth.internal.measure;

import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.facts.OrderFact;

/** A defect a rule found on an order: its kind and what caused it (a feedback, claim or chargeback). */
public final class OrderDefect {
    private final OrderFact order;
    private final String kind;
    private final Counted cause;

    public OrderDefect(OrderFact order, String kind, Counted cause) {
        this.order = order;
        this.kind = kind;
        this.cause = cause;
    }

    public OrderFact getOrder() {
        return order;
    }

    /** e.g. {@code NEGATIVE_FEEDBACK}, {@code A_TO_Z_CLAIM}, {@code CHARGEBACK}. */
    public String getKind() {
        return kind;
    }

    public Counted getCause() {
        return cause;
    }

    @Override
    public String toString() {
        return kind + " on " + order;
    }
}
