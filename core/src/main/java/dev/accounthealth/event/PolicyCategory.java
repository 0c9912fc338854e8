package dev.accounthealth.event;

/** The category of a policy notice. */
public enum PolicyCategory {
    /** Listing policy. */
    LISTING_POLICY,
    /** Product authenticity complaint. */
    PRODUCT_AUTHENTICITY,
    /** Product condition complaint. */
    PRODUCT_CONDITION,
    /** Product safety complaint. */
    PRODUCT_SAFETY,
    /** Received intellectual property complaint. */
    IP_COMPLAINT,
    /** Suspected intellectual property violation. */
    IP_SUSPECTED,
    /** Restricted product. */
    RESTRICTED_PRODUCT,
    /** Food and product safety issue. */
    FOOD_AND_PRODUCT_SAFETY,
    /** Customer product reviews policy. */
    REVIEW_POLICY,
    /** Document request. */
    DOCUMENT_REQUEST,
    /** Any other policy. */
    OTHER;
}
