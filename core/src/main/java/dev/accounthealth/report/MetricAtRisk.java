package dev.accounthealth.report;

import java.util.Objects;

/**
 * A metric that missing a batch of deadlines would change: its figures just after the deadline
 * if the batch is met, and if it is missed.
 *
 * @param metric the metric id, e.g. {@code LATE_SHIPMENT_RATE}
 * @param channel the orders it covers
 * @param windowDays the length of its window
 * @param ifMet the figures on the roll-off path, the batch met
 * @param ifMissed the figures with the batch missed
 */
public record MetricAtRisk(String metric, Channel channel, int windowDays, MetricFigures ifMet,
                           MetricFigures ifMissed) {

    /** Checks that both paths are given. */
    public MetricAtRisk {
        Objects.requireNonNull(ifMet, "ifMet");
        Objects.requireNonNull(ifMissed, "ifMissed");
    }
}
