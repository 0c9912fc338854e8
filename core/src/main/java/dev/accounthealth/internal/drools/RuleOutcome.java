package dev.accounthealth.internal.drools;

import dev.accounthealth.internal.measure.AccountStatus;
import dev.accounthealth.internal.measure.DeadlineLookahead;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.Obligation;
import dev.accounthealth.internal.measure.RootCauseSearch;
import dev.accounthealth.internal.measure.StatusFinding;
import dev.accounthealth.internal.measure.TrendAlert;
import dev.accounthealth.internal.measure.TrendWatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/** What a rule session has concluded so far, at every moment it counted, and which rules concluded it. */
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
    private final Instant evaluatedAt;

    RuleOutcome(FiringLog log, Instant evaluatedAt) {
        this.counts = log.kept(MetricCount.class);
        this.verdicts = log.kept(MetricVerdict.class);
        this.findings = log.kept(StatusFinding.class);
        this.marketplaceStatuses = log.kept(MarketplaceStatus.class);
        this.accountStatuses = log.kept(AccountStatus.class);
        this.obligations = openAt(log.kept(Obligation.class), evaluatedAt);
        this.trendAlerts = log.kept(TrendAlert.class);
        this.trendWatches = log.kept(TrendWatch.class);
        this.rootCauseSearches = log.kept(RootCauseSearch.class);
        this.definitions = log.kept(MetricDefinition.class);
        this.deadlineLookaheads = log.kept(DeadlineLookahead.class);
        this.log = log;
        this.evaluatedAt = evaluatedAt;
    }

    static List<Obligation> openAt(List<Obligation> all, Instant at) {
        List<Obligation> open = new ArrayList<>(all.size());
        for (Obligation obligation : all) {
            if (obligation.isOpenAt(at)) {
                open.add(obligation);
            }
        }
        return open;
    }

    /** The instant the session was evaluated at: which deadlines are open, and which overdue, then. */
    public Instant evaluatedAt() {
        return evaluatedAt;
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

    /** The deadlines open at the evaluation's instant. */
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

    /** How many times each rule fired in the session so far, by rule name. */
    public SortedMap<String, Integer> firings() {
        return log.firings();
    }

    public String producerOf(Object conclusion) {
        return log.producerOf(conclusion);
    }

    public Set<String> matchersOf(Object conclusion) {
        return log.matchersOf(conclusion);
    }
}
