package dev.accounthealth.benchmarks;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The product: the Drools rules engine behind {@link AccountHealthEvaluator}, built once and
 * shared, its report reduced to a {@link HealthSummary}. The reduction is part of what is
 * measured; it is a walk over a few dozen metrics, negligible beside the evaluation.
 */
public final class RulesEngineCalculator implements HealthCalculator {
    private final AccountHealthEvaluator evaluator;

    /** Wraps an evaluator that is already built. */
    public RulesEngineCalculator(AccountHealthEvaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /**
     * Builds an evaluator of the default rules computing what the baseline computes: the figures,
     * verdicts and statuses as of {@code asOf}, with the orders behind each figure, without
     * projections or early warnings (each of which counts the figures again) and without root
     * causes and plans of action (which the baseline does not look for). This compiles the rule base.
     */
    public static RulesEngineCalculator withDefaultRules() {
        return new RulesEngineCalculator(AccountHealthEvaluator.builder().projectedRollOffs(0).earlyWarnings(false)
                .plansOfAction(false).build());
    }

    /**
     * Builds an evaluator of the default rules as an application gets it from
     * {@code builder().build()}: projections to the next four roll-offs and early warnings
     * included, with the plan of action and deadlines.
     */
    public static RulesEngineCalculator withFullReport() {
        return new RulesEngineCalculator(AccountHealthEvaluator.builder().build());
    }

    @Override
    public HealthSummary summarize(List<? extends SellerEvent> events, Instant asOf) {
        return summaryOf(evaluator.evaluate(events, asOf));
    }

    /** The figures of a report, without the order ids, orphans, conflicts and firings. */
    public static HealthSummary summaryOf(AccountHealthReport report) {
        TreeMap<Marketplace, HealthStatus> statuses = new TreeMap<>();
        TreeMap<HealthSummary.MetricKey, HealthSummary.Figures> metrics = new TreeMap<>();
        for (MarketplaceHealth marketplace : report.marketplaces()) {
            statuses.put(marketplace.marketplace(), marketplace.status());
            for (MetricResult metric : marketplace.metrics()) {
                metrics.put(new HealthSummary.MetricKey(marketplace.marketplace(), metric.metric(), metric.channel(),
                                metric.window().days()),
                        new HealthSummary.Figures(metric.numerator(), metric.denominator(), metric.status(),
                                metric.enforcement()));
            }
        }
        return new HealthSummary(report.status(), statuses, metrics);
    }
}
