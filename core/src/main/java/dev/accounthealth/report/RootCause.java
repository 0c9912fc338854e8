package dev.accounthealth.report;

/**
 * A group of the items behind a breach or warning that explains much of it: "12 of the 16 late
 * orders were placed on Friday after 14:00", where only 1 order in 9 was.
 *
 * @param dimension what the items share, e.g. {@code CARRIER}, {@code SKU},
 *     {@code PURCHASE_DAY_AND_TIME} ({@code FRIDAY>=14:00}: Friday at or after 14:00, local time),
 *     {@code CLAIM_REASON}
 * @param value the shared value
 * @param count how many of the items behind the metric have it
 * @param of how many items are behind the metric
 * @param populationCount how many of all the items counted have it
 * @param population how many items are counted in all
 */
public record RootCause(String dimension, String value, long count, long of, long populationCount, long population) {
}
