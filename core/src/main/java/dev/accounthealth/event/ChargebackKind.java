package dev.accounthealth.event;

/** The kind of a credit-card chargeback. */
public enum ChargebackKind {
    /** The buyer disputes the service (item not received, not as described). */
    SERVICE,
    /** The card holder did not authorise the purchase. */
    FRAUD;
}
