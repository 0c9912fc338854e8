package dev.accounthealth.event;

/** How an A-to-z Guarantee claim ended. */
public enum ClaimOutcome {
    /** Granted, paid by the seller. */
    GRANTED_SELLER_FUNDED,
    /** Granted, paid by Amazon. */
    GRANTED_AMAZON_FUNDED,
    /** Denied. */
    DENIED,
    /** Withdrawn by the buyer before a decision. */
    WITHDRAWN;
}
