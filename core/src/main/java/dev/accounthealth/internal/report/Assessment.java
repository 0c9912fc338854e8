package dev.accounthealth.internal.report;

import dev.accounthealth.RuleProblem;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.forecast.Forecast;
import dev.accounthealth.internal.measure.AccountStatus;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One rule run, checked: exactly one verdict per metric, one status per marketplace and one for
 * the account, every flagged item inside its window. A rule set that gives two answers, or none,
 * is refused rather than reported half-way.
 */
final class Assessment {
    final RuleOutcome outcome;
    final Map<MetricKey, MetricVerdict> verdicts;
    final Map<Marketplace, MarketplaceStatus> statuses;
    final HealthStatus account;

    private Assessment(RuleOutcome outcome, Map<MetricKey, MetricVerdict> verdicts,
                       Map<Marketplace, MarketplaceStatus> statuses, HealthStatus account) {
        this.outcome = outcome;
        this.verdicts = verdicts;
        this.statuses = statuses;
        this.account = account;
    }

    /** A run along a path of the forecast, checked. */
    static Assessment of(Forecast.Run run) {
        return of(run.history(), run.outcome());
    }

    static Assessment of(SellerHistory history, RuleOutcome outcome) {
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
        Map<MetricKey, MetricVerdict> verdicts = new TreeMap<>(java.util.Comparator.comparing(MetricKey::marketplace)
                .thenComparing(MetricKey::metric).thenComparing(MetricKey::channel)
                .thenComparingInt(MetricKey::days).thenComparingInt(MetricKey::lagDays));
        Instant asOf = history.evaluation().getAsOf();
        for (MetricCount count : outcome.counts()) {
            MetricVerdict verdict = verdictOf.get(count);
            if (verdict == null) {
                problems.add(problem(outcome, count, "no rule gave a verdict for " + count));
                continue;
            }
            MetricVerdict earlier = verdicts.put(MetricKey.of(count), verdict);
            if (earlier != null) {
                problems.add(problem(outcome, count, "counted twice: " + MetricKey.of(count) + " (rules \""
                        + outcome.producerOf(earlier.getCount()) + "\" and \"" + outcome.producerOf(count) + "\")"));
            }
            for (Counted item : count.getFlagged()) {
                Instant anchor = count.anchorOf(item);
                if (!count.getWindow().contains(anchor)) {
                    problems.add(problem(outcome, count, MetricKey.of(count) + " as of " + asOf + ": "
                            + item.getItemId() + " is counted but its anchor " + count.getDefinition().getAnchor()
                            + " " + anchor + " is outside the window: the definition's anchor and the rule's"
                            + " window condition disagree"));
                    break;
                }
            }
        }
        Map<Marketplace, MarketplaceStatus> statuses = new EnumMap<>(Marketplace.class);
        for (MarketplaceStatus status : outcome.marketplaceStatuses()) {
            MarketplaceStatus earlier = statuses.put(status.getMarketplace(), status);
            if (earlier != null) {
                problems.add(problem(outcome, status, "two statuses for " + status.getMarketplace() + ": "
                        + earlier.getStatus() + " and " + status.getStatus()));
            }
        }
        for (Marketplace marketplace : history.marketplaces()) {
            if (!statuses.containsKey(marketplace)) {
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
        return new Assessment(outcome, verdicts, statuses, outcome.accountStatuses().get(0).getStatus());
    }

    private static RuleProblem problem(RuleOutcome outcome, Object conclusion, String message) {
        return new RuleProblem("rule \"" + outcome.producerOf(conclusion) + "\"", 0, 0, message);
    }

    /**
     * The next instants at which an item behind a breach or a warning leaves its window, at most
     * {@code limit} of them, earliest first.
     */
    List<Instant> nextRollOffsOfConcern(int limit) {
        TreeSet<Instant> instants = new TreeSet<>();
        for (MetricVerdict verdict : verdicts.values()) {
            if (verdict.getStatus() == MetricStatus.BREACH || verdict.getStatus() == MetricStatus.WARNING) {
                for (Counted item : verdict.getCount().getFlagged()) {
                    instants.add(verdict.getCount().rollOffOf(item));
                }
            }
        }
        return instants.stream().limit(limit).toList();
    }
}
