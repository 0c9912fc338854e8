package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.util.List;
import java.util.Optional;

/**
 * Where one marketplace stands: its status and every metric that applies to it, {@code NO_DATA}
 * included, sorted by metric, channel and window length.
 *
 * @param marketplace the marketplace
 * @param status its status
 * @param metrics every metric that applies to it
 * @param statusRules the rules that decided the status, in name order
 */
public record MarketplaceHealth(Marketplace marketplace, HealthStatus status, List<MetricResult> metrics,
                                List<String> statusRules) {

    /** Copies the lists, so the value is immutable. */
    public MarketplaceHealth {
        metrics = List.copyOf(metrics);
        statusRules = List.copyOf(statusRules);
    }

    /** The metrics with this id, one per channel and window. */
    public List<MetricResult> metrics(String metric) {
        return metrics.stream().filter(m -> m.metric().equals(metric)).toList();
    }

    /** The metric with this id, channel and window length, if it applies here. */
    public Optional<MetricResult> metric(String metric, Channel channel, int windowDays) {
        return metrics.stream()
                .filter(m -> m.metric().equals(metric) && m.channel() == channel && m.window().days() == windowDays)
                .findFirst();
    }
}
