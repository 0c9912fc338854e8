package dev.accounthealth.report;

/** Which orders a metric covers. */
public enum Channel {
    /** Seller-fulfilled orders. */
    MFN,
    /** Orders fulfilled by Amazon. */
    AFN,
    /** Every order, or items that need not have an order (buyer messages, policy notices). */
    ALL;
}
