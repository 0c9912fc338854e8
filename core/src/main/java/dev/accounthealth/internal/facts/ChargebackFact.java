package dev.accounthealth.internal.facts;

import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ChargebackOutcome;
import java.time.Instant;

/** A chargeback on a known order and how it ended. */
public final class ChargebackFact implements Counted {
    private final String chargebackId;
    private final OrderFact order;
    private final Instant filedAt;
    private final ChargebackKind kind;
    ChargebackOutcome outcome;
    Instant resolvedAt;

    ChargebackFact(String chargebackId, OrderFact order, Instant filedAt, ChargebackKind kind) {
        this.chargebackId = chargebackId;
        this.order = order;
        this.filedAt = filedAt;
        this.kind = kind;
    }

    @Override
    public String getItemId() {
        return chargebackId;
    }

    @Override
    public String getOrderId() {
        return order.getOrderId();
    }

    @Override
    public boolean countsAnOrder() {
        return false;
    }

    public String getChargebackId() {
        return chargebackId;
    }

    public OrderFact getOrder() {
        return order;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public ChargebackKind getKind() {
        return kind;
    }

    public ChargebackOutcome getOutcome() {
        return outcome;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
