package dev.accounthealth.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A metric as the current events would leave it at a later instant, if nothing new happened:
 * items rolling off the window, nothing arriving.
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
