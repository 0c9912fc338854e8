package dev.accounthealth.event;

import java.time.Instant;

/**
 * A chargeback ended.
 *
 * @param at when it ended
 * @param chargebackId the chargeback
 * @param outcome how it ended
 */
public record ChargebackResolved(Instant at, String chargebackId, ChargebackOutcome outcome)
        implements SellerEvent {

    /** Validates the outcome. */
    public ChargebackResolved {
        Fields f = Fields.of("ChargebackResolved", chargebackId);
        f.id("chargebackId", chargebackId);
        f.at(at);
        f.required("outcome", outcome);
    }
}
