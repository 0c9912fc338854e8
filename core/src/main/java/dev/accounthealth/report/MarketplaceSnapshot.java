package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.util.List;
import java.util.Optional;

/**
 * One marketplace at one instant of a {@link HealthHistory}: its status and every metric that
 * applies to it, {@code NO_DATA} included, sorted by metric, channel and window length, as
 * {@link MarketplaceHealth} lists them.
 *
 * @param marketplace the marketplace
 * @param status its status then
 * @param metrics every metric that applies to it, with its figures then
 */
public record MarketplaceSnapshot(Marketplace marketplace, HealthStatus status, List<MetricSnapshot> metrics) {

    /** Copies the list, so the value is immutable. */
    public MarketplaceSnapshot {
        metrics = List.copyOf(metrics);
    }

    /** The metric with this id, channel and window length, if it applies here. */
    public Optional<MetricSnapshot> metric(String metric, Channel channel, int windowDays) {
        return metrics.stream()
                .filter(m -> m.metric().equals(metric) && m.channel() == channel && m.window().days() == windowDays)
                .findFirst();
    }
}
