package dev.accounthealth.internal.drools;

import dev.accounthealth.internal.measure.DeadlineLookahead;
import dev.accounthealth.internal.measure.AccountStatus;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.Obligation;
import dev.accounthealth.internal.measure.RootCauseSearch;
import dev.accounthealth.internal.measure.StatusFinding;
import dev.accounthealth.internal.measure.TrendAlert;
import dev.accounthealth.internal.measure.TrendWatch;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one rule run concluded, and which rules concluded it. */
public final class RuleOutcome {
    private final List<MetricCount> counts;
    private final List<MetricVerdict> verdicts;
    private final List<StatusFinding> findings;
    private final List<MarketplaceStatus> marketplaceStatuses;
    private final List<AccountStatus> accountStatuses;
    private final List<Obligation> obligations;
    private final List<TrendAlert> trendAlerts;
    private final List<TrendWatch> trendWatches;
    private final List<RootCauseSearch> rootCauseSearches;
    private final List<MetricDefinition> definitions;
    private final List<DeadlineLookahead> deadlineLookaheads;
    private final FiringLog log;

    RuleOutcome(List<MetricCount> counts, List<MetricVerdict> verdicts, List<StatusFinding> findings,
                List<MarketplaceStatus> marketplaceStatuses, List<AccountStatus> accountStatuses,
                List<Obligation> obligations, List<TrendAlert> trendAlerts, List<TrendWatch> trendWatches,
                List<RootCauseSearch> rootCauseSearches, List<MetricDefinition> definitions,
                List<DeadlineLookahead> deadlineLookaheads, FiringLog log) {
        this.counts = counts;
        this.verdicts = verdicts;
        this.findings = findings;
        this.marketplaceStatuses = marketplaceStatuses;
        this.accountStatuses = accountStatuses;
        this.obligations = obligations;
        this.trendAlerts = trendAlerts;
        this.trendWatches = trendWatches;
        this.rootCauseSearches = rootCauseSearches;
        this.definitions = definitions;
        this.deadlineLookaheads = deadlineLookaheads;
        this.log = log;
    }

    public List<MetricCount> counts() {
        return counts;
    }

    public List<MetricVerdict> verdicts() {
        return verdicts;
    }

    public List<StatusFinding> findings() {
        return findings;
    }

    public List<MarketplaceStatus> marketplaceStatuses() {
        return marketplaceStatuses;
    }

    public List<AccountStatus> accountStatuses() {
        return accountStatuses;
    }

    public List<Obligation> obligations() {
        return obligations;
    }

    public List<TrendAlert> trendAlerts() {
        return trendAlerts;
    }

    public List<TrendWatch> trendWatches() {
        return trendWatches;
    }

    public List<RootCauseSearch> rootCauseSearches() {
        return rootCauseSearches;
    }

    public List<MetricDefinition> definitions() {
        return definitions;
    }

    public List<DeadlineLookahead> deadlineLookaheads() {
        return deadlineLookaheads;
    }

    public Map<String, Integer> firings() {
        return log.firings();
    }

    public String producerOf(Object conclusion) {
        return log.producerOf(conclusion);
    }

    public Set<String> matchersOf(Object conclusion) {
        return log.matchersOf(conclusion);
    }
}
