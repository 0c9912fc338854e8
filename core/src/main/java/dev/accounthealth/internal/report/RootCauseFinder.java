package dev.accounthealth.internal.report;

import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.measure.Dimension;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.RootCauseSearch;
import dev.accounthealth.internal.measure.ValueTally;
import dev.accounthealth.report.RootCause;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the items behind a metric along the dimensions a rule file chose, and keeps the groups
 * that explain enough of them by the rule file's measure. The counting is the count's
 * ({@link MetricCount#valueTallies}); only judging happens here.
 */
final class RootCauseFinder {
    private RootCauseFinder() {
    }

    /** The root causes of a count, found once for as long as a live session's count keeps the same items. */
    static List<RootCause> find(MetricCount count, RootCauseSearch search) {
        return count.derived(new Search(search), () -> findAfresh(count, search));
    }

    /** The key of a count's root causes along one search: the search itself, a fact that stays in its session. */
    private record Search(RootCauseSearch search) {
    }

    private static List<RootCause> findAfresh(MetricCount count, RootCauseSearch search) {
        List<Counted> flagged = count.getFlagged();
        if (flagged.isEmpty()) {
            return List.of();
        }
        List<String> names = search.getDimensions();
        List<Dimension> dimensions = names.stream().map(Dimension::valueOf).toList();
        long population = count.getDenominator();
        List<List<ValueTally>> tallies = count.valueTallies(dimensions, search.getDayCutoff());
        List<RootCause> causes = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            for (ValueTally tally : tallies.get(d)) {
                long inPopulation = Math.max(tally.counted(), tally.flagged());
                if (explains(tally.flagged(), flagged.size(), inPopulation, population, search)) {
                    causes.add(new RootCause(names.get(d), tally.value(), tally.flagged(), flagged.size(), inPopulation,
                            population));
                }
            }
        }
        causes.sort(Comparator.comparingLong(RootCause::count).reversed()
                .thenComparing(Comparator.comparingDouble(RootCauseFinder::lift).reversed())
                .thenComparing(RootCause::dimension).thenComparing(RootCause::value));
        return causes.stream().limit(search.getMaxCauses()).toList();
    }

    /** count ≥ min, count / of ≥ share, and (count / of) ≥ lift × (popCount / pop), compared exactly. */
    private static boolean explains(long count, long of, long populationCount, long population, RootCauseSearch search) {
        if (count < search.getMinCount()) {
            return false;
        }
        BigDecimal c = BigDecimal.valueOf(count);
        if (c.compareTo(search.getMinShare().multiply(BigDecimal.valueOf(of))) < 0) {
            return false;
        }
        BigDecimal left = c.multiply(BigDecimal.valueOf(population));
        BigDecimal right = search.getMinLift().multiply(BigDecimal.valueOf(populationCount)).multiply(BigDecimal.valueOf(of));
        return left.compareTo(right) >= 0;
    }

    private static double lift(RootCause cause) {
        return (double) cause.count() * cause.population() / ((double) cause.of() * Math.max(1, cause.populationCount()));
    }
}
