package dev.accounthealth.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A metric's figures and verdict on one path of a forecast.
 *
 * @param numerator the numerator then
 * @param denominator the denominator then
 * @param rate the rate then, to 8 decimals; empty without a denominator or for a count
 * @param status the verdict then
 */
public record MetricFigures(long numerator, long denominator, Optional<BigDecimal> rate, MetricStatus status) {
}
