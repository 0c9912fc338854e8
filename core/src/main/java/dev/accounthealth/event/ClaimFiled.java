package dev.accounthealth.event;

import java.time.Instant;
import java.util.Optional;

/**
 * The buyer filed an A-to-z Guarantee claim on an order.
 *
 * @param at when the claim was filed
 * @param orderId the order
 * @param claimId the claim's own id
 * @param reason the claim reason as reported, e.g. {@code NOT_RECEIVED}; the default rules read
 *     {@code NOT_RECEIVED} and {@code LATE_DELIVERY} as delivery claims (the table is in
 *     {@code order-defects.drl})
 * @param amount the amount claimed, money as an order total is written
 *     ({@code {"amount":"24.90","currency":"EUR"}})
 * @param buyShippingOnTime whether the order was shipped on time with Amazon Buy Shipping, which
 *     protects the seller against delivery claims
 */
public record ClaimFiled(Instant at, String orderId, String claimId, Optional<String> reason,
                         Optional<Money> amount, boolean buyShippingOnTime) implements SellerEvent {

    /** Validates the claim. */
    public ClaimFiled {
        Fields f = Fields.of("ClaimFiled", claimId);
        f.id("claimId", claimId);
        f.id("orderId", orderId);
        f.at(at);
        reason = f.optionalText("reason", reason);
        amount = Fields.optional(amount);
    }

    /** A claim with a reason, no amount, not covered by Buy Shipping. */
    public ClaimFiled(Instant at, String orderId, String claimId, String reason) {
        this(at, orderId, claimId, Optional.ofNullable(reason), Optional.empty(), false);
    }
}
