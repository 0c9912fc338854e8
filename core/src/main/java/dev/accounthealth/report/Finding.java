package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A breach or a warning, lifted out of its marketplace so a tool can list what needs attention
 * without walking every metric.
 *
 * @param marketplace where it is
 * @param metric the metric id
 * @param channel the orders it covers
 * @param windowDays the window's length
 * @param rate the rate, when the metric is a rate with a denominator
 * @param targetValue the target
 * @param status {@link MetricStatus#BREACH} or {@link MetricStatus#WARNING}
 * @param enforcement how much it weighs on the status
 * @param numerator the numerator
 * @param denominator the denominator
 * @param orderIds the orders behind it
 */
public record Finding(
        Marketplace marketplace,
        String metric,
        Channel channel,
        int windowDays,
        Optional<BigDecimal> rate,
        BigDecimal targetValue,
        MetricStatus status,
        Enforcement enforcement,
        long numerator,
        long denominator,
        List<String> orderIds) {

    /** Copies the list, so the value is immutable. */
    public Finding {
        orderIds = List.copyOf(orderIds);
    }

    /** The finding for a metric of a marketplace. */
    public static Finding of(Marketplace marketplace, MetricResult metric) {
        return new Finding(marketplace, metric.metric(), metric.channel(), metric.window().days(), metric.rate(),
                metric.targetValue(), metric.status(), metric.enforcement(), metric.numerator(),
                metric.denominator(), metric.orderIds());
    }
}
