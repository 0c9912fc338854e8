package dev.accounthealth.internal.report;

import dev.accounthealth.RuleProblem;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.AccountStatus;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.StatusFinding;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Finding;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import dev.accounthealth.report.Window;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns what the rules concluded into the report, after checking that they concluded exactly one
 * verdict per metric and one status per marketplace and for the account: a rule set that gives
 * two answers, or none, is refused rather than reported half-way.
 */
public final class ReportAssembler {
    /** Rates are shown to 8 decimals; verdicts were decided on exact fractions before this. */
    private static final int RATE_SCALE = 8;
    private static final Comparator<MetricResult> METRIC_ORDER = Comparator.comparing(MetricResult::metric)
            .thenComparing(MetricResult::channel)
            .thenComparingInt(m -> m.window().days())
            .thenComparingInt(m -> m.window().lagDays());
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::marketplace)
            .thenComparing(Finding::metric)
            .thenComparing(Finding::channel)
            .thenComparingInt(Finding::windowDays);

    private ReportAssembler() {
    }

    public static AccountHealthReport assemble(SellerHistory history, RuleOutcome outcome, String rulesVersion) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<MetricCount, MetricVerdict> verdictOf = new IdentityHashMap<>();
        for (MetricVerdict verdict : outcome.verdicts()) {
            MetricVerdict earlier = verdictOf.put(verdict.getCount(), verdict);
            if (earlier != null) {
                problems.add(problem(outcome, verdict, "two verdicts for " + verdict.getCount() + ": "
                        + earlier.getStatus() + " (rule \"" + outcome.producerOf(earlier) + "\") and "
                        + verdict.getStatus() + " (rule \"" + outcome.producerOf(verdict) + "\")"));
            }
        }
        Map<Marketplace, Map<String, MetricResult>> metrics = new EnumMap<>(Marketplace.class);
        for (MetricCount count : outcome.counts()) {
            MetricVerdict verdict = verdictOf.get(count);
            if (verdict == null) {
                problems.add(problem(outcome, count, "no rule gave a verdict for " + count));
                continue;
            }
            MetricResult result = result(count, verdict, outcome);
            String key = result.metric() + " " + result.channel() + " " + result.window().days() + " "
                    + result.window().lagDays();
            MetricResult earlier = metrics.computeIfAbsent(count.getMarketplace(), m -> new HashMap<>()).put(key, result);
            if (earlier != null) {
                problems.add(problem(outcome, count, "counted twice in " + count.getMarketplace() + ": " + count
                        + " (rules \"" + earlier.rule() + "\" and \"" + result.rule() + "\")"));
            }
        }
        Map<Marketplace, MarketplaceStatus> statusOf = new EnumMap<>(Marketplace.class);
        for (MarketplaceStatus status : outcome.marketplaceStatuses()) {
            MarketplaceStatus earlier = statusOf.put(status.getMarketplace(), status);
            if (earlier != null) {
                problems.add(problem(outcome, status, "two statuses for " + status.getMarketplace() + ": "
                        + earlier.getStatus() + " and " + status.getStatus()));
            }
        }
        for (Marketplace marketplace : history.marketplaces()) {
            if (!statusOf.containsKey(marketplace)) {
                problems.add(new RuleProblem("?", 0, 0, "no rule gave a status to marketplace " + marketplace));
            }
        }
        if (outcome.accountStatuses().size() != 1) {
            problems.add(new RuleProblem("?", 0, 0, "the rules gave the account " + outcome.accountStatuses().size()
                    + " statuses " + outcome.accountStatuses().stream().map(AccountStatus::getStatus).toList()
                    + "; exactly one is needed"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("the rules contradict themselves or leave gaps", problems);
        }

        Map<Marketplace, TreeSet<String>> findingRules = new EnumMap<>(Marketplace.class);
        for (StatusFinding finding : outcome.findings()) {
            findingRules.computeIfAbsent(finding.getMarketplace(), m -> new TreeSet<>()).add(outcome.producerOf(finding));
        }
        List<MarketplaceHealth> marketplaces = new ArrayList<>();
        List<Finding> breaches = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Marketplace marketplace : history.marketplaces()) {
            List<MetricResult> results = new ArrayList<>(metrics.getOrDefault(marketplace, Map.of()).values());
            results.sort(METRIC_ORDER);
            MarketplaceStatus status = statusOf.get(marketplace);
            TreeSet<String> statusRules = new TreeSet<>(findingRules.getOrDefault(marketplace, new TreeSet<>()));
            statusRules.add(outcome.producerOf(status));
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
        HealthStatus accountStatus = outcome.accountStatuses().get(0).getStatus();
        return new AccountHealthReport(AccountHealthReport.SCHEMA_VERSION, history.evaluation().getAsOf(), rulesVersion,
                accountStatus, marketplaces, breaches, warnings, history.orphans(), history.conflicts(),
                new TreeMap<>(outcome.firings()));
    }

    private static MetricResult result(MetricCount count, MetricVerdict verdict, RuleOutcome outcome) {
        MetricDefinition definition = count.getDefinition();
        Window window = new Window(definition.getDays(), definition.getLagDays(), count.getWindow().getFrom(),
                count.getWindow().getTo());
        Optional<BigDecimal> rate = count.getDenominator() == 0 || definition.getCondition() == TargetCondition.AT_MOST
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(count.getNumerator())
                        .divide(BigDecimal.valueOf(count.getDenominator()), RATE_SCALE, RoundingMode.HALF_EVEN));
        TreeSet<String> fired = new TreeSet<>();
        fired.add(outcome.producerOf(count));
        fired.add(outcome.producerOf(verdict));
        fired.addAll(outcome.matchersOf(verdict));
        return new MetricResult(definition.getMetric(), definition.getChannel(), window, count.getNumerator(),
                count.getDenominator(), rate, definition.getCondition(), definition.getTarget(), verdict.getStatus(),
                count.getEnforcement(), count.getOrderIds(), count.getItemIds(), outcome.producerOf(count),
                List.copyOf(fired));
    }

    private static RuleProblem problem(RuleOutcome outcome, Object conclusion, String message) {
        return new RuleProblem("rule \"" + outcome.producerOf(conclusion) + "\"", 0, 0, message);
    }
}
