package dev.accounthealth.examples.generator;

import dev.accounthealth.event.Marketplace;

/**
 * How a seller behaves in one marketplace: how many orders a day, and how often each thing goes
 * wrong. Shares are probabilities between 0 and 1.
 *
 * @param marketplace the marketplace
 * @param ordersPerDay the average number of orders a day
 * @param afnShare orders fulfilled by Amazon
 * @param businessShare business orders (they need an invoice in Europe)
 * @param lateShipShare seller-fulfilled orders confirmed after their expected ship date
 * @param fridayLateShipShare the same, for orders placed on Friday after 14:00 local time: the
 *     planted root cause of an at-risk marketplace
 * @param sellerCancelShare orders the seller cancels (out of stock)
 * @param buyerCancelShare orders the buyer cancels
 * @param amazonCancelShare orders Amazon cancels because they were not confirmed
 * @param untrackedShare shipments without a valid tracking id (missing, or never scanned)
 * @param lateDeliveryShare tracked shipments delivered after the promised date
 * @param negativeFeedbackShare orders with feedback rated 1 or 2
 * @param claimShare orders with an A-to-z claim
 * @param chargebackShare orders with a chargeback
 * @param returnShare orders with a return request
 * @param lateReturnAnswerShare return requests answered after 48 hours
 * @param lateInvoiceShare business orders whose invoice is uploaded late
 * @param missingInvoiceShare business orders whose invoice is never uploaded
 * @param messageShare orders a buyer writes about
 * @param lateAnswerShare buyer messages answered after 24 hours
 * @param violationsPer100Days policy notices per 100 days
 */
public record MarketplaceProfile(
        Marketplace marketplace,
        double ordersPerDay,
        double afnShare,
        double businessShare,
        double lateShipShare,
        double fridayLateShipShare,
        double sellerCancelShare,
        double buyerCancelShare,
        double amazonCancelShare,
        double untrackedShare,
        double lateDeliveryShare,
        double negativeFeedbackShare,
        double claimShare,
        double chargebackShare,
        double returnShare,
        double lateReturnAnswerShare,
        double lateInvoiceShare,
        double missingInvoiceShare,
        double messageShare,
        double lateAnswerShare,
        double violationsPer100Days) {

    /** A well-run marketplace: every metric comfortably within its target. */
    public static MarketplaceProfile healthy(Marketplace marketplace, double ordersPerDay) {
        return new MarketplaceProfile(marketplace, ordersPerDay, 0.30, 0.06, 0.01, 0.01, 0.004, 0.02, 0.001,
                0.01, 0.01, 0.002, 0.001, 0.0005, 0.04, 0.02, 0.01, 0.0, 0.12, 0.03, 0.5);
    }

    /**
     * A marketplace in trouble: late shipments well over target, most of them orders placed on
     * Friday afternoon; cancellations and defects near or over their targets.
     */
    public static MarketplaceProfile atRisk(Marketplace marketplace, double ordersPerDay) {
        return new MarketplaceProfile(marketplace, ordersPerDay, 0.15, 0.08, 0.02, 0.40, 0.02, 0.03, 0.004,
                0.05, 0.03, 0.006, 0.004, 0.004, 0.06, 0.15, 0.08, 0.04, 0.18, 0.12, 6.0);
    }
}
