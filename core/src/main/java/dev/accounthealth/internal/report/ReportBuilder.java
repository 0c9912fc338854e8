package dev.accounthealth.internal.report;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.Obligation;
import dev.accounthealth.internal.measure.RootCauseSearch;
import dev.accounthealth.internal.measure.StatusFinding;
import dev.accounthealth.internal.measure.TrendAlert;
import dev.accounthealth.internal.plan.PlanMemory;
import dev.accounthealth.internal.plan.PlanWriter;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the report from what the rules concluded: the figures and verdicts at {@code asOf}, the
 * projections and outlook at the later moments, the early warnings, the deadlines, root causes
 * for what is in breach or warning, and the plans of action. Only reading and arranging happens
 * here; the rules decided everything.
 */
final class ReportBuilder {
    /** Rates are shown to 8 decimals; verdicts were decided on exact fractions before this. */
    private static final int RATE_SCALE = 8;
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::marketplace)
            .thenComparing(Finding::metric)
            .thenComparing(Finding::channel)
            .thenComparingInt(Finding::windowDays);

    private ReportBuilder() {
    }

    /**
     * @param firings how many times each rule fired for the present moments, by rule name
     * @param deadlines the open deadlines as of {@code asOf}
     * @param causes the root causes of the counts in breach or warning at the present moment
     * @param later the assessments along the roll-off path at the projected moments, earliest first
     * @param risks what missing each batch of deadlines falling due soon would do
     * @param planWriter words the plans of action; none when the evaluator writes none
     * @param language the language the plans are worded in, said by the report even without them
     * @param plans the plans of a live session's last report, to take again those that read the same
     */
    static AccountHealthReport build(SellerHistory history, Assessment now, SortedMap<String, Integer> firings,
                                     List<Deadline> deadlines, Map<MetricCount, List<RootCause>> causes,
                                     List<Assessment> later, List<DeadlineRisk> risks, String rulesVersion,
                                     Optional<PlanWriter> planWriter, Locale language, PlanMemory plans) {
        RuleOutcome outcome = now.outcome;
        Map<Marketplace, TreeSet<String>> findingRules = new EnumMap<>(Marketplace.class);
        for (StatusFinding finding : outcome.findings()) {
            if (finding.getMoment() == now.moment) {
                findingRules.computeIfAbsent(finding.getMarketplace(), m -> new TreeSet<>())
                        .add(outcome.producerOf(finding));
            }
        }
        Map<Marketplace, List<MetricResult>> metrics = new EnumMap<>(Marketplace.class);
        for (Map.Entry<MetricKey, MetricVerdict> entry : now.verdicts.entrySet()) {
            MetricVerdict verdict = entry.getValue();
            List<ProjectedStatus> projection = new ArrayList<>();
            if (projected(entry.getKey(), verdict, later)) {
                for (Assessment then : later) {
                    MetricVerdict thenVerdict = then.verdicts.get(entry.getKey());
                    if (thenVerdict != null) {
                        MetricCount c = thenVerdict.getCount();
                        projection.add(new ProjectedStatus(then.moment.getAt(), c.getNumerator(), c.getDenominator(),
                                rate(c), thenVerdict.getStatus()));
                    }
                }
            }
            metrics.computeIfAbsent(entry.getKey().marketplace(), m -> new ArrayList<>())
                    .add(result(verdict, outcome, projection, causes.getOrDefault(verdict.getCount(), List.of())));
        }
        List<MarketplaceHealth> marketplaces = new ArrayList<>();
        List<Finding> breaches = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Marketplace marketplace : history.marketplaces()) {
            List<MetricResult> results = metrics.getOrDefault(marketplace, List.of());
            MarketplaceStatus status = now.statuses.get(marketplace);
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
        List<Outlook> outlook = new ArrayList<>();
        for (Assessment then : later) {
            TreeMap<Marketplace, HealthStatus> statuses = new TreeMap<>();
            then.statuses.forEach((m, s) -> statuses.put(m, s.getStatus()));
            outlook.add(new Outlook(then.moment.getAt(), then.account, statuses));
        }
        return new AccountHealthReport(AccountHealthReport.SCHEMA_VERSION, history.evaluation().getAsOf(), rulesVersion,
                now.account, marketplaces, breaches, warnings, history.orphans(), history.conflicts(),
                firings, outlook, risks, earlyWarnings(now), deadlines,
                planWriter.map(writer -> writer.plans(marketplaces, plans)).orElse(List.of()),
                language.toLanguageTag());
    }

    /**
     * Whether a metric is projected: in breach or warning today, so that its recovery can be
     * followed, or with another verdict at one of the later instants, so that every change of
     * status in the outlook is explained by the metrics that cause it.
     */
    private static boolean projected(MetricKey key, MetricVerdict now, List<Assessment> later) {
        if (concerning(now)) {
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

    private static boolean concerning(MetricVerdict verdict) {
        return verdict.getStatus() == MetricStatus.BREACH || verdict.getStatus() == MetricStatus.WARNING;
    }

    private static List<EarlyWarning> earlyWarnings(Assessment now) {
        List<EarlyWarning> warnings = new ArrayList<>();
        for (TrendAlert alert : now.outcome.trendAlerts()) {
            MetricCount count = alert.getNow();
            if (count.getMoment() != now.moment) {
                continue;
            }
            MetricCount then = alert.getThen();
            warnings.add(new EarlyWarning(count.getMarketplace(), count.getMetric(), count.getDefinition().getChannel(),
                    count.getDefinition().getDays(), then.getMoment().getLookbackDays(),
                    fraction(then.getNumerator(), then.getDenominator()), rate(count).orElseThrow(),
                    alert.getWatch().getRiseMargin(), now.verdicts.get(MetricKey.of(count)).getStatus()));
        }
        warnings.sort(Comparator.comparing(EarlyWarning::marketplace).thenComparing(EarlyWarning::metric)
                .thenComparing(EarlyWarning::channel).thenComparingInt(EarlyWarning::windowDays)
                .thenComparingInt(EarlyWarning::lookbackDays));
        return warnings;
    }

    /** Every open deadline the rules found, by due instant, kind, marketplace and reference. */
    static List<Deadline> deadlines(RuleOutcome outcome) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Obligation obligation : outcome.obligations()) {
            deadlines.add(new Deadline(obligation.getKind(), obligation.getRef(), obligation.getMarketplace(),
                    Optional.ofNullable(obligation.getOrderId()), obligation.getDue(), obligation.isOverdueAt(outcome.evaluatedAt()),
                    outcome.producerOf(obligation)));
        }
        deadlines.sort(ReportBuilder::byDueKindMarketplaceRef);
        return deadlines;
    }

    /** Written out rather than chained: a live session sorts every open deadline at each report. */
    private static int byDueKindMarketplaceRef(Deadline a, Deadline b) {
        int order = a.due().compareTo(b.due());
        if (order == 0) {
            order = a.kind().compareTo(b.kind());
        }
        if (order == 0) {
            order = a.marketplace().compareTo(b.marketplace());
        }
        return order != 0 ? order : a.ref().compareTo(b.ref());
    }

    private static BigDecimal fraction(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    static Optional<BigDecimal> rate(MetricCount count) {
        return count.getDenominator() == 0 || count.getCondition() == TargetCondition.AT_MOST
                ? Optional.empty()
                : Optional.of(fraction(count.getNumerator(), count.getDenominator()));
    }

    /**
     * The root causes of each count in breach or warning at the present moment, along the
     * dimensions the rules ask for its metric. They read the classes of the items as they stand,
     * so they are found before the forecast puts its paths in the session.
     */
    static Map<MetricCount, List<RootCause>> rootCauses(Assessment now) {
        Map<MetricCount, List<RootCause>> causes = new IdentityHashMap<>();
        for (MetricVerdict verdict : now.verdicts.values()) {
            if (concerning(verdict)) {
                MetricCount count = verdict.getCount();
                for (RootCauseSearch search : now.outcome.rootCauseSearches()) {
                    if (search.getMetric().equals(count.getMetric())) {
                        causes.put(count, RootCauseFinder.find(count, search));
                    }
                }
            }
        }
        return causes;
    }

    private static MetricResult result(MetricVerdict verdict, RuleOutcome outcome, List<ProjectedStatus> projection,
                                       List<RootCause> causes) {
        MetricCount count = verdict.getCount();
        MetricDefinition definition = count.getDefinition();
        Window window = new Window(definition.getDays(), definition.getLagDays(), count.getWindow().getFrom(),
                count.getWindow().getTo());
        TreeSet<String> fired = new TreeSet<>();
        fired.add(outcome.producerOf(count));
        fired.add(outcome.producerOf(verdict));
        fired.addAll(outcome.matchersOf(verdict));
        MetricStatus status = verdict.getStatus();
        return new MetricResult(definition.getMetric(), definition.getChannel(), window, count.getNumerator(),
                count.getDenominator(), count.derived(new RateOf(definition), () -> rate(count)),
                definition.getCondition(), definition.getTarget(), status, count.getEnforcement(), count.getOrderIds(),
                count.getItemIds(), outcome.producerOf(count), List.copyOf(fired),
                RecoveryArithmetic.of(count, status, projection), causes);
    }

    /** The key of a count's rate, which its definition's condition decides whether to give. */
    private record RateOf(MetricDefinition definition) {
    }
}
