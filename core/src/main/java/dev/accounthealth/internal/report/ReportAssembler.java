package dev.accounthealth.internal.report;

import dev.accounthealth.RuleProblem;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.forecast.DueBatch;
import dev.accounthealth.internal.forecast.Forecast;
import dev.accounthealth.internal.plan.PlanWriter;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.DeadlineLookahead;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.Obligation;
import dev.accounthealth.internal.measure.PastCount;
import dev.accounthealth.internal.measure.RootCauseSearch;
import dev.accounthealth.internal.measure.StatusFinding;
import dev.accounthealth.internal.measure.TrendAlert;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.EarlyWarning;
import dev.accounthealth.report.Finding;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.ProjectedStatus;
import dev.accounthealth.report.RootCause;
import dev.accounthealth.report.TargetCondition;
import dev.accounthealth.report.Window;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs the rules over a folded history and turns what they concluded into the report: first as
 * of each trend lookback (the past counts trends compare with), then as of {@code asOf}, then
 * the forecast: the roll-off path at the next roll-off instants of what is in breach or warning,
 * and what missing each batch of deadlines falling due soon would do.
 */
public final class ReportAssembler {
    /** Rates are shown to 8 decimals; verdicts were decided on exact fractions before this. */
    private static final int RATE_SCALE = 8;
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::marketplace)
            .thenComparing(Finding::metric)
            .thenComparing(Finding::channel)
            .thenComparingInt(Finding::windowDays);

    private ReportAssembler() {
    }

    /**
     * What the rule files declare, read from one run of the rules over an empty history: the trend
     * lookbacks, the metrics defined and the root-cause dimensions searched.
     */
    public record RuleTables(SortedSet<Integer> trendLookbacks, SortedSet<String> metrics,
                             SortedSet<String> rootCauseDimensions, Optional<Duration> deadlineLookahead) {

        /**
         * @throws RuleSetException when the rules set more than one deadline look-ahead
         */
        public static RuleTables read(CompiledRules rules) {
            RuleOutcome empty = rules.run(new HistoryFolder().fold(Instant.EPOCH));
            TreeSet<Integer> lookbacks = new TreeSet<>();
            empty.trendWatches().forEach(w -> lookbacks.add(w.getLookbackDays()));
            TreeSet<String> metrics = new TreeSet<>();
            empty.definitions().forEach(d -> metrics.add(d.getMetric()));
            TreeSet<String> dimensions = new TreeSet<>();
            empty.rootCauseSearches().forEach(search -> dimensions.addAll(search.getDimensions()));
            List<DeadlineLookahead> lookaheads = empty.deadlineLookaheads();
            if (lookaheads.size() > 1) {
                throw new RuleSetException("the rules set " + lookaheads.size() + " deadline look-aheads; one is needed",
                        lookaheads.stream().map(l -> new RuleProblem("rule \"" + empty.producerOf(l) + "\"", 0, 0,
                                l.toString())).toList());
            }
            return new RuleTables(lookbacks, metrics, dimensions,
                    lookaheads.stream().map(DeadlineLookahead::getWithin).findFirst());
        }
    }

    /**
     * @param projectedRollOffs how many later instants to project breaches and warnings to; 0 turns
     *     the forecast off (no outlook, projection or deadline risk)
     * @param lookbacks the trend lookbacks of the rules, in days
     * @param deadlineLookahead how far ahead deadlines are weighed for the deadline risk; none for no risk
     */
    public static AccountHealthReport evaluate(CompiledRules rules, HistoryFolder folder, Instant asOf,
                                               String rulesVersion, int projectedRollOffs, Set<Integer> lookbacks,
                                               Optional<Duration> deadlineLookahead, PlanWriter planWriter) {
        return evaluate(rules, folder, asOf, rulesVersion, projectedRollOffs, lookbacks, deadlineLookahead, planWriter,
                List.of());
    }

    /**
     * @param given facts every run of the rules sees beside the history: what the inputs cannot
     *     measure ({@code UnmeasurableMetric})
     */
    public static AccountHealthReport evaluate(CompiledRules rules, HistoryFolder folder, Instant asOf,
                                               String rulesVersion, int projectedRollOffs, Set<Integer> lookbacks,
                                               Optional<Duration> deadlineLookahead, PlanWriter planWriter,
                                               List<?> given) {
        List<PastCount> past = new ArrayList<>();
        for (int days : lookbacks) {
            for (MetricCount then : rules.run(folder.fold(asOf.minus(Duration.ofDays(days))), given).counts()) {
                past.add(new PastCount(days, then));
            }
        }
        SellerHistory history = folder.fold(asOf);
        List<Object> facts = new ArrayList<>(given);
        facts.addAll(past);
        Assessment now = Assessment.of(history, rules.run(history, facts));
        Map<Instant, Assessment> later = new LinkedHashMap<>();
        List<DeadlineRisk> risks = List.of();
        if (projectedRollOffs > 0) {
            Forecast forecast = new Forecast(rules, folder, history, now.outcome.obligations(), given);
            List<Instant> rollOffs = now.nextRollOffsOfConcern(projectedRollOffs);
            List<DueBatch> batches = deadlineLookahead.map(forecast::dueWithin).orElse(List.of());
            TreeSet<Instant> instants = new TreeSet<>(rollOffs);
            batches.forEach(batch -> instants.add(batch.missedAt()));
            // Latest first: the deadlines that arise on the path are then all found in one run.
            Map<Instant, Assessment> onPath = new HashMap<>();
            for (Instant at : instants.descendingSet()) {
                onPath.put(at, Assessment.of(forecast.rollOffPathAt(at)));
            }
            rollOffs.forEach(at -> later.put(at, onPath.get(at)));
            risks = DeadlineRisks.of(forecast, batches, onPath);
        }
        return assemble(history, now, later, risks, rulesVersion, planWriter);
    }

    private static AccountHealthReport assemble(SellerHistory history, Assessment now, Map<Instant, Assessment> later,
                                                List<DeadlineRisk> risks, String rulesVersion,
                                                PlanWriter planWriter) {
        Map<Marketplace, TreeSet<String>> findingRules = new EnumMap<>(Marketplace.class);
        for (StatusFinding finding : now.outcome.findings()) {
            findingRules.computeIfAbsent(finding.getMarketplace(), m -> new TreeSet<>())
                    .add(now.outcome.producerOf(finding));
        }
        Map<Marketplace, List<MetricResult>> metrics = new EnumMap<>(Marketplace.class);
        for (Map.Entry<MetricKey, MetricVerdict> entry : now.verdicts.entrySet()) {
            MetricVerdict verdict = entry.getValue();
            List<ProjectedStatus> projection = new ArrayList<>();
            if (projected(entry.getKey(), verdict, later.values())) {
                for (Map.Entry<Instant, Assessment> then : later.entrySet()) {
                    MetricVerdict thenVerdict = then.getValue().verdicts.get(entry.getKey());
                    if (thenVerdict != null) {
                        MetricCount c = thenVerdict.getCount();
                        projection.add(new ProjectedStatus(then.getKey(), c.getNumerator(), c.getDenominator(),
                                rate(c), thenVerdict.getStatus()));
                    }
                }
            }
            metrics.computeIfAbsent(entry.getKey().marketplace(), m -> new ArrayList<>())
                    .add(result(verdict, now, projection));
        }
        List<MarketplaceHealth> marketplaces = new ArrayList<>();
        List<Finding> breaches = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Marketplace marketplace : history.marketplaces()) {
            List<MetricResult> results = metrics.getOrDefault(marketplace, List.of());
            MarketplaceStatus status = now.statuses.get(marketplace);
            TreeSet<String> statusRules = new TreeSet<>(findingRules.getOrDefault(marketplace, new TreeSet<>()));
            statusRules.add(now.outcome.producerOf(status));
            marketplaces.add(new MarketplaceHealth(marketplace, status.getStatus(), results, List.copyOf(statusRules)));
            for (MetricResult result : results) {
                if (result.status() == MetricStatus.BREACH) {
                    breaches.add(Finding.of(marketplace, result));
                } else if (result.status() == MetricStatus.WARNING) {
                    warnings.add(Finding.of(marketplace, result));
                }
            }
        }
        breaches.sort(FINDING_ORDER);
        warnings.sort(FINDING_ORDER);
        List<Outlook> outlook = new ArrayList<>();
        for (Map.Entry<Instant, Assessment> then : later.entrySet()) {
            TreeMap<Marketplace, HealthStatus> statuses = new TreeMap<>();
            then.getValue().statuses.forEach((m, s) -> statuses.put(m, s.getStatus()));
            outlook.add(new Outlook(then.getKey(), then.getValue().account, statuses));
        }
        return new AccountHealthReport(AccountHealthReport.SCHEMA_VERSION, history.evaluation().getAsOf(), rulesVersion,
                now.account, marketplaces, breaches, warnings, history.orphans(), history.conflicts(),
                new TreeMap<>(now.outcome.firings()), outlook, risks, earlyWarnings(now), deadlines(now),
                planWriter.plans(marketplaces), planWriter.language());
    }

    /**
     * Whether a metric is projected: in breach or warning today, so that its recovery can be
     * followed, or with another verdict at one of the later instants, so that every change of
     * status in the outlook is explained by the metrics that cause it.
     */
    private static boolean projected(MetricKey key, MetricVerdict now, Collection<Assessment> later) {
        if (now.getStatus() == MetricStatus.BREACH || now.getStatus() == MetricStatus.WARNING) {
            return true;
        }
        for (Assessment then : later) {
            MetricVerdict thenVerdict = then.verdicts.get(key);
            if (thenVerdict != null && thenVerdict.getStatus() != now.getStatus()) {
                return true;
            }
        }
        return false;
    }

    private static List<EarlyWarning> earlyWarnings(Assessment now) {
        List<EarlyWarning> warnings = new ArrayList<>();
        for (TrendAlert alert : now.outcome.trendAlerts()) {
            MetricCount count = alert.getNow();
            PastCount then = alert.getThen();
            warnings.add(new EarlyWarning(count.getMarketplace(), count.getMetric(), count.getDefinition().getChannel(),
                    count.getDefinition().getDays(), then.getLookbackDays(),
                    fraction(then.getNumerator(), then.getDenominator()), rate(count).orElseThrow(),
                    alert.getWatch().getRiseMargin(), now.verdicts.get(MetricKey.of(count)).getStatus()));
        }
        warnings.sort(Comparator.comparing(EarlyWarning::marketplace).thenComparing(EarlyWarning::metric)
                .thenComparing(EarlyWarning::channel).thenComparingInt(EarlyWarning::windowDays)
                .thenComparingInt(EarlyWarning::lookbackDays));
        return warnings;
    }

    private static List<Deadline> deadlines(Assessment now) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Obligation obligation : now.outcome.obligations()) {
            deadlines.add(new Deadline(obligation.getKind(), obligation.getRef(), obligation.getMarketplace(),
                    Optional.ofNullable(obligation.getOrderId()), obligation.getDue(), obligation.isOverdue(),
                    now.outcome.producerOf(obligation)));
        }
        deadlines.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::kind)
                .thenComparing(Deadline::marketplace).thenComparing(Deadline::ref));
        return deadlines;
    }

    private static BigDecimal fraction(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    static Optional<BigDecimal> rate(MetricCount count) {
        return count.getDenominator() == 0 || count.getCondition() == TargetCondition.AT_MOST
                ? Optional.empty()
                : Optional.of(fraction(count.getNumerator(), count.getDenominator()));
    }

    private static MetricResult result(MetricVerdict verdict, Assessment now, List<ProjectedStatus> projection) {
        MetricCount count = verdict.getCount();
        MetricDefinition definition = count.getDefinition();
        Window window = new Window(definition.getDays(), definition.getLagDays(), count.getWindow().getFrom(),
                count.getWindow().getTo());
        TreeSet<String> fired = new TreeSet<>();
        fired.add(now.outcome.producerOf(count));
        fired.add(now.outcome.producerOf(verdict));
        fired.addAll(now.outcome.matchersOf(verdict));
        List<RootCause> causes = List.of();
        if (verdict.getStatus() == MetricStatus.BREACH || verdict.getStatus() == MetricStatus.WARNING) {
            for (RootCauseSearch search : now.outcome.rootCauseSearches()) {
                if (search.getMetric().equals(definition.getMetric())) {
                    causes = RootCauseFinder.find(count, search);
                }
            }
        }
        return new MetricResult(definition.getMetric(), definition.getChannel(), window, count.getNumerator(),
                count.getDenominator(), rate(count), definition.getCondition(), definition.getTarget(),
                verdict.getStatus(), count.getEnforcement(), count.getOrderIds(), count.getItemIds(),
                now.outcome.producerOf(count), List.copyOf(fired),
                RecoveryArithmetic.of(count, verdict.getStatus(), projection), causes);
    }
}
