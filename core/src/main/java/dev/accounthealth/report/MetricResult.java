package dev.accounthealth.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One metric, in one marketplace, for one channel and window: the figures and the verdict.
 *
 * @param metric the metric id, e.g. {@code LATE_SHIPMENT_RATE}
 * @param channel the orders it covers
 * @param window the window it looks at
 * @param numerator what is counted (late orders, defective orders, valid shipments, …)
 * @param denominator what it is counted among
 * @param rate numerator / denominator rounded half-even to 8 decimals; empty when the
 *     denominator is 0 or the metric is a count ({@link TargetCondition#AT_MOST}). The verdict
 *     is decided on the exact fraction, never on this rounded value.
 * @param targetCondition how the rate is compared with the target
 * @param targetValue the target, as a fraction (0.04 for 4 %) or, for a count, a number
 * @param status the verdict
 * @param enforcement how much the metric weighs on the status
 * @param orderIds the orders behind the numerator, ascending; where the numerator is good (valid
 *     tracking, on-time delivery), the orders that fall short
 * @param itemIds for metrics that count something other than orders (return requests, buyer
 *     messages, policy notices), the ids of those items behind the figure, ascending; empty
 *     otherwise
 * @param rule the name of the rule that counted this metric
 * @param firedRules every rule that fired for this metric: the count, its verdict and what the
 *     verdict fed, in name order
 * @param recovery how far the metric is from its target and when it gets better by itself
 * @param rootCauses for a breach or warning, the groups of the items behind it that explain
 *     most of it, most items first; empty otherwise
 */
public record MetricResult(
        String metric,
        Channel channel,
        Window window,
        long numerator,
        long denominator,
        Optional<BigDecimal> rate,
        TargetCondition targetCondition,
        BigDecimal targetValue,
        MetricStatus status,
        Enforcement enforcement,
        List<String> orderIds,
        List<String> itemIds,
        String rule,
        List<String> firedRules,
        Recovery recovery,
        List<RootCause> rootCauses) {

    /** Copies the lists, so the result is immutable. */
    public MetricResult {
        orderIds = List.copyOf(orderIds);
        itemIds = List.copyOf(itemIds);
        firedRules = List.copyOf(firedRules);
        rootCauses = List.copyOf(rootCauses);
    }

    /** The metric's window, figures and verdict, without the items and rules behind them. */
    public MetricSnapshot snapshot() {
        return new MetricSnapshot(metric, channel, window, numerator, denominator, rate, targetCondition, targetValue,
                status, enforcement);
    }
}
