package dev.accounthealth.benchmarks;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers both competitors must agree on: per marketplace, every metric's numerator,
 * denominator, verdict and enforcement, each marketplace's status, and the account's status.
 *
 * <p>It leaves out what only the engine reports (the order ids behind a figure, orphans, conflicts,
 * rule firings): the baseline is the least a hand-written computation of the same figures must do.
 * Equal summaries mean equal figures, so {@link #equals} is the agreement check.
 *
 * @param account the account's status
 * @param marketplaces each marketplace's status
 * @param metrics every metric of every marketplace
 */
public record HealthSummary(
        HealthStatus account,
        SortedMap<Marketplace, HealthStatus> marketplaces,
        SortedMap<MetricKey, Figures> metrics) {

    /** Copies the maps, so the summary is immutable. */
    public HealthSummary {
        Objects.requireNonNull(account, "account");
        marketplaces = Collections.unmodifiableSortedMap(new TreeMap<>(marketplaces));
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
    }

    /**
     * What differs between this summary and another, one line per difference; empty when they are
     * equal. A test that fails shows these lines rather than two maps of a hundred entries.
     */
    public List<String> differencesFrom(HealthSummary other) {
        List<String> lines = new ArrayList<>();
        if (account != other.account) {
            lines.add("account: " + account + " vs " + other.account);
        }
        TreeSet<Marketplace> allMarketplaces = new TreeSet<>(marketplaces.keySet());
        allMarketplaces.addAll(other.marketplaces.keySet());
        for (Marketplace marketplace : allMarketplaces) {
            HealthStatus mine = marketplaces.get(marketplace);
            HealthStatus theirs = other.marketplaces.get(marketplace);
            if (mine != theirs) {
                lines.add(marketplace + ": " + mine + " vs " + theirs);
            }
        }
        TreeSet<MetricKey> allMetrics = new TreeSet<>(metrics.keySet());
        allMetrics.addAll(other.metrics.keySet());
        for (MetricKey key : allMetrics) {
            Figures mine = metrics.get(key);
            Figures theirs = other.metrics.get(key);
            if (!Objects.equals(mine, theirs)) {
                lines.add(key + ": " + mine + " vs " + theirs);
            }
        }
        return lines;
    }

    /**
     * Which metric: a marketplace, a metric id, the orders it covers and the window's length.
     *
     * @param marketplace the marketplace
     * @param metric the metric id, e.g. {@code LATE_SHIPMENT_RATE}
     * @param channel the orders it covers
     * @param windowDays the window's length in days
     */
    public record MetricKey(Marketplace marketplace, String metric, Channel channel, int windowDays)
            implements Comparable<MetricKey> {
        private static final Comparator<MetricKey> ORDER = Comparator.comparing(MetricKey::marketplace)
                .thenComparing(MetricKey::metric)
                .thenComparing(MetricKey::channel)
                .thenComparingInt(MetricKey::windowDays);

        @Override
        public int compareTo(MetricKey other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return marketplace + " " + metric + " " + channel + " " + windowDays + " d";
        }
    }

    /**
     * A metric's figures and verdict.
     *
     * @param numerator what is counted
     * @param denominator what it is counted among
     * @param status the verdict
     * @param enforcement how much it weighs on the status
     */
    public record Figures(long numerator, long denominator, MetricStatus status, Enforcement enforcement) {

        @Override
        public String toString() {
            return numerator + " / " + denominator + " " + status + " " + enforcement;
        }
    }
}
