package dev.accounthealth.internal.facts;

import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ChargebackOutcome;
import dev.accounthealth.event.ChargebackResolved;
import java.time.Instant;

/** A chargeback on a known order and how it ended. */
public final class ChargebackFact extends OrderItemFact {
    ChargebackFiled filed;
    ChargebackResolved resolution;

    ChargebackFact(String chargebackId) {
        super(chargebackId);
    }

    ChargebackFact(ChargebackFact other, OrderFact order) {
        super(other, order);
        filed = other.filed;
        resolution = other.resolution;
    }

    @Override
    Instant introducedAt() {
        return filed.at();
    }

    @Override
    String introducingOrderId() {
        return filed == null ? null : filed.orderId();
    }

    public String getChargebackId() {
        return getItemId();
    }

    public Instant getFiledAt() {
        return filed.at();
    }

    public ChargebackKind getKind() {
        return filed.kind();
    }

    public ChargebackOutcome getOutcome() {
        return resolution == null ? null : resolution.outcome();
    }

    public Instant getResolvedAt() {
        return resolution == null ? null : resolution.at();
    }
}
