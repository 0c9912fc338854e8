package dev.accounthealth;

/**
 * Something a seller's inputs can tell the metrics, or fail to: the All Orders report has
 * {@link #ORDERS} but no {@link #EXPECTED_SHIP_DATES}, the returns report has
 * {@link #RETURN_REQUESTS} but no {@link #RETURN_RESPONSES}. What each metric needs is a table
 * beside the rules ({@code metric-inputs.properties}); an evaluation told its
 * {@link InputCoverage} reports a metric whose needs the inputs lack as {@code NO_DATA}, with the
 * reason, rather than as a confident figure.
 */
public enum InputData {
    /** The orders: purchase date, marketplace, channel, business flag. */
    ORDERS,
    /** Each seller-fulfilled order's expected ship date. */
    EXPECTED_SHIP_DATES,
    /** Each seller-fulfilled order's promised delivery date. */
    PROMISED_DELIVERY_DATES,
    /** When the seller confirmed each shipment. */
    SHIP_CONFIRMATIONS,
    /** The tracking id of each shipment. */
    TRACKING_IDS,
    /** The carrier's first scan of each tracked package. */
    CARRIER_SCANS,
    /** When each package was delivered. */
    DELIVERIES,
    /** Who cancelled each cancelled order: the buyer, the seller or Amazon. */
    CANCELLATION_ACTORS,
    /** When each business order's invoice was uploaded. */
    INVOICE_UPLOADS,
    /** The buyers' seller feedback. */
    FEEDBACK,
    /** Which feedback Amazon removed or struck through. */
    FEEDBACK_REMOVALS,
    /** A-to-z Guarantee claims that were granted. */
    A_TO_Z_CLAIMS,
    /** A-to-z Guarantee claims still pending a decision. */
    PENDING_CLAIMS,
    /** Amazon's requests for information on a claim. */
    CLAIM_INFO_REQUESTS,
    /** Chargebacks, counted once decided against the seller. */
    CHARGEBACKS,
    /** When each chargeback was filed, before it was decided. */
    CHARGEBACK_FILINGS,
    /** The buyers' return requests. */
    RETURN_REQUESTS,
    /** When and how the seller answered each return request. */
    RETURN_RESPONSES,
    /** The buyers' feedback on how a return went. */
    RETURN_FEEDBACK,
    /** Buyer-seller messages and their answers. */
    BUYER_MESSAGES,
    /** Policy notices and their resolution. */
    POLICY_NOTICES;
}
