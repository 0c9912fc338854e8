package dev.accounthealth.event;

/** The seller's answer to a return request. */
public enum ReturnDecision {
    /** Return authorised. */
    AUTHORIZED,
    /** Refunded. */
    REFUNDED,
    /** Closed. */
    CLOSED,
    /** Rejected. */
    REJECTED;
}
