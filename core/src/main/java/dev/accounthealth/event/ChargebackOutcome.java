package dev.accounthealth.event;

/** How a chargeback ended. */
public enum ChargebackOutcome {
    /** Decided for the seller. */
    SELLER_FAVOUR,
    /** Decided for the buyer. */
    BUYER_FAVOUR,
    /** Withdrawn. */
    WITHDRAWN;
}
