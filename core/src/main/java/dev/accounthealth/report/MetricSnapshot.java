package dev.accounthealth.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One metric, in one marketplace, for one channel and window, at one instant of a
 * {@link HealthHistory}: the figures and the verdict of {@link MetricResult}, without the items
 * behind them.
 *
 * @param metric the metric id, e.g. {@code LATE_SHIPMENT_RATE}
 * @param channel the orders it covers
 * @param window the window it looked at then, ending at that instant less its lag
 * @param numerator what is counted (late orders, defective orders, valid shipments, …)
 * @param denominator what it is counted among
 * @param rate numerator / denominator rounded half-even to 8 decimals; empty when the
 *     denominator is 0 or the metric is a count ({@link TargetCondition#AT_MOST}). The verdict
 *     is decided on the exact fraction, never on this rounded value.
 * @param targetCondition how the rate is compared with the target
 * @param targetValue the target, as a fraction (0.04 for 4 %) or, for a count, a number
 * @param status the verdict then
 * @param enforcement how much the metric weighed on the status then
 */
public record MetricSnapshot(
        String metric,
        Channel channel,
        Window window,
        long numerator,
        long denominator,
        Optional<BigDecimal> rate,
        TargetCondition targetCondition,
        BigDecimal targetValue,
        MetricStatus status,
        Enforcement enforcement) {
}
