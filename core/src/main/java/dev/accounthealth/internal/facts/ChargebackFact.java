package dev.accounthealth.internal.facts;

import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ChargebackOutcome;
import java.time.Instant;

/** A chargeback on a known order and how it ended. */
public final class ChargebackFact extends OrderItemFact {
    private final Instant filedAt;
    private final ChargebackKind kind;
    ChargebackOutcome outcome;
    Instant resolvedAt;

    ChargebackFact(String chargebackId, OrderFact order, Instant filedAt, ChargebackKind kind) {
        super(chargebackId, order, filedAt);
        this.filedAt = filedAt;
        this.kind = kind;
    }

    public String getChargebackId() {
        return getItemId();
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
