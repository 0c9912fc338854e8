/**
 * What a seller actually has, read as seller events: Seller Central's tab-separated reports (All
 * Orders, Returns, Seller Feedback, FBA customer returns), saved SP-API responses (Orders API
 * v2026-01-01 {@code searchOrders} and v0 {@code getOrders}/{@code getOrderItems}, Finances API
 * v0 claims and chargebacks) and notifications ({@code ORDER_CHANGE},
 * {@code ACCOUNT_STATUS_CHANGED}). {@link dev.accounthealth.amazon.AmazonReader} opens each as a
 * {@link dev.accounthealth.amazon.SellerEventSource}, strict or lenient like the JSON Lines
 * reader; {@link dev.accounthealth.amazon.SellerInputs} reads several together, merging what they
 * say of the same order, and says what they can tell ({@link dev.accounthealth.InputCoverage}).
 * Each {@link dev.accounthealth.amazon.InputKind} documents its mapping, ours where Amazon's is not
 * documented ("Derived").
 */
package dev.accounthealth.amazon;
