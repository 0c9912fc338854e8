package dev.accounthealth.event;

/** Who cancelled an order before shipment. */
public enum CancelledBy {
    /** The seller cancelled. */
    SELLER,
    /** The buyer asked for the cancellation. */
    BUYER,
    /** Amazon cancelled an order the seller did not confirm. */
    AMAZON,
    /**
     * The source says the order was cancelled but not by whom (the All Orders report; the
     * Orders API v0 without the order's items). It counts in no cancel rate's numerator, and an
     * evaluation told its inputs says the cancel rate cannot be measured from such a source.
     */
    UNKNOWN;
}
