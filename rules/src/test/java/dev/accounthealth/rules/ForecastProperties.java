package dev.accounthealth.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricAtRisk;
import dev.accounthealth.report.MetricFigures;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.ProjectedStatus;
import dev.accounthealth.report.TargetCondition;
import dev.accounthealth.rules.oracle.Histories;
import dev.accounthealth.rules.oracle.History;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What the forecast must always satisfy, read from the report alone on generated histories.
 *
 * <ul>
 *   <li>Every status of the outlook that differs from today's is explained by a projection of a
 *       metric of that marketplace at the same instant: a worse status by a metric then in breach
 *       that was not, or whose figure rose; a better one by a metric in breach today that then is
 *       not, or whose figure fell. The same holds for each deadline risk, missed against met.
 *   <li>On the roll-off path no item turns bad after {@code asOf}: a metric whose window ends at the
 *       evaluation (no lag) and whose numerator counts bad items never projects a numerator above
 *       today's, since every pending item is met on time and nothing new arrives.
 *   <li>Missing a batch of deadlines adds at most that many bad items to a metric, and never
 *       removes one.
 * </ul>
 */
class ForecastProperties {

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(60);
    }

    @Property(tries = 60)
    void everyChangeOfStatusAheadIsExplainedByAMetricOfTheSameReport(@ForAll("histories") History history) {
        AccountHealthReport report = Story.DEFAULT_EVALUATOR.evaluate(history.events(), history.asOf());
        List<String> unexplained = unexplained(report);
        Statistics.label("changes of status ahead").collect(changes(report) > 0);
        assertTrue(unexplained.isEmpty(), () -> String.join("\n", unexplained) + "\nin " + history);
    }

    @Property(tries = 60)
    void onTheRollOffPathNoItemTurnsBad(@ForAll("histories") History history) {
        AccountHealthReport report = Story.DEFAULT_EVALUATOR.evaluate(history.events(), history.asOf());
        List<String> risen = new ArrayList<>();
        for (MarketplaceHealth marketplace : report.marketplaces()) {
            for (MetricResult metric : marketplace.metrics()) {
                if (metric.window().lagDays() != 0 || metric.targetCondition() == TargetCondition.GREATER_THAN) {
                    continue;
                }
                for (ProjectedStatus then : metric.recovery().projection()) {
                    if (then.numerator() > metric.numerator()) {
                        risen.add(marketplace.marketplace() + " " + metric.metric() + " " + metric.channel() + " "
                                + metric.window().days() + " d: " + metric.numerator() + " now, " + then.numerator()
                                + " at " + then.at());
                    }
                }
            }
        }
        assertTrue(risen.isEmpty(), () -> String.join("\n", risen) + "\nin " + history);
    }

    @Property(tries = 60)
    void missingABatchAddsAtMostItsItemsToAMetric(@ForAll("histories") History history) {
        AccountHealthReport report = Story.DEFAULT_EVALUATOR.evaluate(history.events(), history.asOf());
        Statistics.label("deadline risks").collect(report.deadlineRisk().isEmpty() ? "none" : "some");
        for (DeadlineRisk risk : report.deadlineRisk()) {
            assertTrue(!risk.metrics().isEmpty(), risk::toString);
            for (MetricAtRisk metric : risk.metrics()) {
                if (metric.ifMet().numerator() != metric.ifMissed().numerator()
                        && !isGoodCount(report, risk, metric)) {
                    long added = metric.ifMissed().numerator() - metric.ifMet().numerator();
                    assertTrue(added > 0 && added <= risk.refs().size(), () -> risk + "\nin " + history);
                }
            }
        }
    }

    /** Whether the metric's numerator counts good items (valid tracking, on-time delivery). */
    private static boolean isGoodCount(AccountHealthReport report, DeadlineRisk risk, MetricAtRisk metric) {
        return report.marketplace(risk.marketplace()).flatMap(m -> m.metric(metric.metric(), metric.channel(),
                metric.windowDays())).map(r -> r.targetCondition() == TargetCondition.GREATER_THAN).orElse(false);
    }

    private static long changes(AccountHealthReport report) {
        return report.outlook().stream().flatMap(o -> o.marketplaces().entrySet().stream()
                .filter(e -> report.marketplace(e.getKey()).map(m -> m.status() != e.getValue()).orElse(false)))
                .count();
    }

    /** Every change of status in the outlook and the deadline risk that no metric of the report explains. */
    static List<String> unexplained(AccountHealthReport report) {
        List<String> unexplained = new ArrayList<>();
        for (Outlook then : report.outlook()) {
            for (MarketplaceHealth marketplace : report.marketplaces()) {
                HealthStatus future = then.marketplaces().get(marketplace.marketplace());
                if (future == marketplace.status()) {
                    continue;
                }
                boolean explained = false;
                for (MetricResult metric : marketplace.metrics()) {
                    Optional<ProjectedStatus> projected = metric.recovery().projection().stream()
                            .filter(p -> p.at().equals(then.at())).findFirst();
                    if (projected.isPresent()) {
                        MetricFigures now = new MetricFigures(metric.numerator(), metric.denominator(), metric.rate(),
                                metric.status());
                        ProjectedStatus p = projected.get();
                        MetricFigures later = new MetricFigures(p.numerator(), p.denominator(), p.rate(), p.status());
                        explained |= explains(marketplace.status(), future, now, later, metric.targetCondition());
                    }
                }
                if (!explained) {
                    unexplained.add("outlook " + then.at() + ": " + marketplace.marketplace() + " "
                            + marketplace.status() + " -> " + future + " with no metric projection to explain it");
                }
            }
        }
        for (DeadlineRisk risk : report.deadlineRisk()) {
            if (risk.statusIfMissed() == risk.statusIfMet()) {
                continue;
            }
            TargetCondition condition = TargetCondition.LESS_THAN;
            boolean explained = false;
            for (MetricAtRisk metric : risk.metrics()) {
                Optional<TargetCondition> reported = report.marketplace(risk.marketplace())
                        .flatMap(m -> m.metric(metric.metric(), metric.channel(), metric.windowDays()))
                        .map(MetricResult::targetCondition);
                explained |= explains(risk.statusIfMet(), risk.statusIfMissed(), metric.ifMet(), metric.ifMissed(),
                        reported.orElse(condition));
            }
            if (!explained) {
                unexplained.add("deadline risk " + risk + ": " + risk.statusIfMet() + " -> " + risk.statusIfMissed()
                        + " with no metric to explain it");
            }
        }
        return unexplained;
    }

    /**
     * Whether one metric going from {@code before} to {@code after} explains a marketplace going
     * from {@code from} to {@code to}.
     */
    private static boolean explains(HealthStatus from, HealthStatus to, MetricFigures before, MetricFigures after,
                                    TargetCondition condition) {
        int worse = to.compareTo(from);
        int rose = compare(after, before, condition);
        if (worse > 0) {
            return after.status() == MetricStatus.BREACH && (before.status() != MetricStatus.BREACH || rose > 0);
        }
        return before.status() == MetricStatus.BREACH && (after.status() != MetricStatus.BREACH || rose < 0);
    }

    /** How a figure moved: a rate compared as an exact fraction, a count as a number; "rose" is worse. */
    private static int compare(MetricFigures a, MetricFigures b, TargetCondition condition) {
        if (condition == TargetCondition.AT_MOST) {
            return Long.compare(a.numerator(), b.numerator());
        }
        if (a.denominator() == 0 || b.denominator() == 0) {
            return 0;
        }
        int higher = BigInteger.valueOf(a.numerator()).multiply(BigInteger.valueOf(b.denominator()))
                .compareTo(BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator())));
        return condition == TargetCondition.GREATER_THAN ? -higher : higher;
    }
}
