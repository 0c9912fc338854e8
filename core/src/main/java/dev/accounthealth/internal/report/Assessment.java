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
import dev.accounthealth.internal.measure.Moment;
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
 * What the rules concluded at one moment, checked: exactly one verdict per count, one count per
 * metric window, one status per marketplace and one for the account. A rule set that gives two
 * answers, or none, is refused rather than reported half-way.
 */
final class Assessment {
    final Moment moment;
    final RuleOutcome outcome;
    final Map<MetricKey, MetricVerdict> verdicts;
    final Map<Marketplace, MarketplaceStatus> statuses;
    final HealthStatus account;

    private Assessment(Moment moment, RuleOutcome outcome, Map<MetricKey, MetricVerdict> verdicts,
                       Map<Marketplace, MarketplaceStatus> statuses, HealthStatus account) {
        this.moment = moment;
        this.outcome = outcome;
        this.verdicts = verdicts;
        this.statuses = statuses;
        this.account = account;
    }

    /** A run along a path of the forecast, checked. */
    static Assessment of(Forecast.Run run) {
        return of(run.history(), run.outcome(), run.moment());
    }

    static Assessment of(SellerHistory history, RuleOutcome outcome, Moment moment) {
        return each(history, outcome, List.of(moment)).get(0);
    }

    /**
     * What the rules concluded at each of some moments, checked, in the order of the moments:
     * the conclusions are sorted by moment once, whatever their number.
     */
    static List<Assessment> each(SellerHistory history, RuleOutcome outcome, List<Moment> moments) {
        Map<Moment, Concluded> byMoment = new IdentityHashMap<>();
        for (Moment moment : moments) {
            byMoment.put(moment, new Concluded());
        }
        for (MetricVerdict verdict : outcome.verdicts()) {
            Concluded at = byMoment.get(verdict.getMoment());
            if (at != null) {
                at.verdicts.add(verdict);
            }
        }
        for (MetricCount count : outcome.counts()) {
            Concluded at = byMoment.get(count.getMoment());
            if (at != null) {
                at.counts.add(count);
            }
        }
        for (MarketplaceStatus status : outcome.marketplaceStatuses()) {
            Concluded at = byMoment.get(status.getMoment());
            if (at != null) {
                at.statuses.add(status);
            }
        }
        for (AccountStatus account : outcome.accountStatuses()) {
            Concluded at = byMoment.get(account.getMoment());
            if (at != null) {
                at.accounts.add(account);
            }
        }
        List<Assessment> assessments = new ArrayList<>(moments.size());
        for (Moment moment : moments) {
            assessments.add(check(history, outcome, moment, byMoment.get(moment)));
        }
        return assessments;
    }

    /** The conclusions of one moment. */
    private static final class Concluded {
        final List<MetricVerdict> verdicts = new ArrayList<>();
        final List<MetricCount> counts = new ArrayList<>();
        final List<MarketplaceStatus> statuses = new ArrayList<>();
        final List<AccountStatus> accounts = new ArrayList<>();
    }

    private static Assessment check(SellerHistory history, RuleOutcome outcome, Moment moment, Concluded concluded) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<MetricCount, MetricVerdict> verdictOf = new IdentityHashMap<>();
        for (MetricVerdict verdict : concluded.verdicts) {
            MetricVerdict earlier = verdictOf.put(verdict.getCount(), verdict);
            if (earlier != null) {
                problems.add(problem(outcome, verdict, "two verdicts for " + verdict.getCount() + ": "
                        + earlier.getStatus() + " (rule \"" + outcome.producerOf(earlier) + "\") and "
                        + verdict.getStatus() + " (rule \"" + outcome.producerOf(verdict) + "\")"));
            }
        }
        Map<MetricKey, MetricVerdict> verdicts = new TreeMap<>();
        for (MetricCount count : concluded.counts) {
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
        }
        Map<Marketplace, MarketplaceStatus> statuses = new EnumMap<>(Marketplace.class);
        for (MarketplaceStatus status : concluded.statuses) {
            MarketplaceStatus earlier = statuses.put(status.getMarketplace(), status);
            if (earlier != null) {
                problems.add(problem(outcome, status, "two statuses for " + status.getMarketplace() + " at "
                        + moment + ": " + earlier.getStatus() + " and " + status.getStatus()));
            }
        }
        for (Marketplace marketplace : history.marketplaces()) {
            if (!statuses.containsKey(marketplace)) {
                problems.add(new RuleProblem("?", 0, 0, "no rule gave a status to marketplace " + marketplace
                        + " at " + moment));
            }
        }
        List<AccountStatus> accounts = concluded.accounts;
        if (accounts.size() != 1) {
            problems.add(new RuleProblem("?", 0, 0, "the rules gave the account " + accounts.size()
                    + " statuses " + accounts.stream().map(AccountStatus::getStatus).toList() + " at " + moment
                    + "; exactly one is needed"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("the rules contradict themselves or leave gaps", problems);
        }
        return new Assessment(moment, outcome, verdicts, statuses, accounts.get(0).getStatus());
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
