package dev.accounthealth.event;

import java.time.Instant;

/**
 * The card holder disputed the payment of an order.
 *
 * @param at when the chargeback was filed
 * @param orderId the order
 * @param chargebackId the chargeback's own id
 * @param kind a service dispute or fraud
 */
public record ChargebackFiled(Instant at, String orderId, String chargebackId, ChargebackKind kind)
        implements SellerEvent {

    /** Validates the chargeback. */
    public ChargebackFiled {
        Fields f = Fields.of("ChargebackFiled", chargebackId);
        f.id("chargebackId", chargebackId);
        f.id("orderId", orderId);
        f.at(at);
        f.required("kind", kind);
    }
}
