package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.facts.Evaluation;
import java.time.Duration;
import java.time.Instant;

/**
 * Something the seller must do by an instant, as a deadline rule found it: open from when the
 * rule finds it until the seller does it (the rule's match goes), or, when the rule says so, until
 * it has been overdue for a while. A deadline rule states it independently of the evaluation's
 * instant, so one run of the rules says which deadlines are open, and which overdue, at
 * {@code asOf} and at every instant a forecast looks at:
 * <pre>{@code
 * insertLogical(Obligation.of("RETURN_RESPONSE", $r.getReturnId(), $m, $r.getOrderId(), due)
 *         .leftToTheMetricsOnceOverdueFor($p.getForgetOverdueAfter()));
 * }</pre>
 */
public final class Obligation {
    private final String kind;
    private final String ref;
    private final Marketplace marketplace;
    private final String orderId;
    private final Instant due;
    /** The instant from which it no longer stands as a deadline (strictly after it); {@code null}: never. */
    private final Instant lapsesAfter;

    private Obligation(String kind, String ref, Marketplace marketplace, String orderId, Instant due,
                       Instant lapsesAfter) {
        this.kind = kind;
        this.ref = ref;
        this.marketplace = marketplace;
        this.orderId = orderId;
        this.due = due;
        this.lapsesAfter = lapsesAfter;
    }

    /**
     * An obligation open until it is met.
     *
     * @param kind e.g. {@code RETURN_RESPONSE}
     * @param ref what it is about: a message, return, claim, chargeback or order id, or a marketplace
     * @param orderId the order behind it, or {@code null}
     * @param due the instant by which it is to be met (that instant included)
     */
    public static Obligation of(String kind, String ref, Marketplace marketplace, String orderId, Instant due) {
        return new Obligation(kind, ref, marketplace, orderId, due, null);
    }

    /**
     * This obligation, no longer a deadline once it has been overdue for longer than a while: what
     * was missed then is the metrics' business (a late response, a late shipment), not a to-do.
     */
    public Obligation leftToTheMetricsOnceOverdueFor(Duration limit) {
        return new Obligation(kind, ref, marketplace, orderId, due, due.plus(limit));
    }

    /** This obligation, no longer a deadline once its due instant has passed: a right that lapses (an appeal). */
    public Obligation lapsingWhenDue() {
        return new Obligation(kind, ref, marketplace, orderId, due, due);
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

    /** Whether it stands as a deadline at an instant (it has not lapsed by then). */
    public boolean isOpenAt(Instant at) {
        return lapsesAfter == null || !Evaluation.passedAt(lapsesAfter, at);
    }

    /** Whether its due instant has passed at an instant: overdue, if still not met. */
    public boolean isOverdueAt(Instant at) {
        return Evaluation.passedAt(due, at);
    }

    @Override
    public String toString() {
        return kind + " " + ref + " due " + due + (lapsesAfter == null ? "" : ", lapsing after " + lapsesAfter);
    }
}
