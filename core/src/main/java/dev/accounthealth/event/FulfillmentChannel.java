package dev.accounthealth.event;

/** How an order is fulfilled. */
public enum FulfillmentChannel {
    /** Seller-fulfilled (merchant fulfilled network). */
    MFN,
    /** Fulfilled by Amazon. */
    AFN;
}
