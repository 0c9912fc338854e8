package dev.accounthealth.event;

/** Who cancelled an order before shipment. */
public enum CancelledBy {
    /** The seller cancelled. */
    SELLER,
    /** The buyer asked for the cancellation. */
    BUYER,
    /** Amazon cancelled an order the seller did not confirm. */
    AMAZON;
}
