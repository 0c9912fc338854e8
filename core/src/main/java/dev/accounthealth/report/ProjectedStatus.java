package dev.accounthealth.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A metric as the roll-off path leaves it at a later instant (see {@link Outlook}): items
 * rolling off the window, pending ones counted as met on time, nothing else arriving.
 *
 * @param at the later instant
 * @param numerator the numerator then
 * @param denominator the denominator then
 * @param rate the rate then, to 8 decimals; empty without a denominator or for a count
 * @param status the verdict then
 */
public record ProjectedStatus(Instant at, long numerator, long denominator, Optional<BigDecimal> rate,
                              MetricStatus status) {
}
