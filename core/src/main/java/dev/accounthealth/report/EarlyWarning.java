package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.math.BigDecimal;

/**
 * A metric moving the wrong way fast: its rate rose by more than a margin since a lookback,
 * possibly while it is still within its target.
 *
 * @param marketplace where
 * @param metric the metric id
 * @param channel the orders it covers
 * @param windowDays the window's length
 * @param lookbackDays how far back the rate is compared
 * @param rateThen the rate then, to 8 decimals, from the events that had happened by then
 * @param rateNow the rate now, to 8 decimals
 * @param riseMargin the rise the rules tolerate, as a fraction (0.002 is 0.2 points)
 * @param status the metric's verdict now
 */
public record EarlyWarning(Marketplace marketplace, String metric, Channel channel, int windowDays, int lookbackDays,
                           BigDecimal rateThen, BigDecimal rateNow, BigDecimal riseMargin, MetricStatus status) {
}
