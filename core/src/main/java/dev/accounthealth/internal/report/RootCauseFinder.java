package dev.accounthealth.internal.report;

import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.measure.Dimension;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.RootCauseSearch;
import dev.accounthealth.internal.measure.Span;
import dev.accounthealth.report.RootCause;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the items behind a metric along the dimensions a rule file chose, and keeps the groups
 * that explain enough of them by the rule file's measure. Only counting happens here.
 */
final class RootCauseFinder {
    private RootCauseFinder() {
    }

    static List<RootCause> find(MetricCount count, RootCauseSearch search) {
        List<Counted> flagged = count.getFlagged();
        if (flagged.isEmpty()) {
            return List.of();
        }
        List<Counted> population = count.getPopulation();
        Map<Counted, List<Span>> evidence = new IdentityHashMap<>();
        for (Counted item : flagged) {
            evidence.put(item, count.evidenceOf(item));
        }
        List<RootCause> causes = new ArrayList<>();
        for (String name : search.getDimensions()) {
            Dimension dimension = Dimension.valueOf(name);
            Map<String, long[]> groups = new TreeMap<>();
            Set<String> values = new LinkedHashSet<>();
            for (Counted item : flagged) {
                values.clear();
                dimension.addValuesOf(item, evidence.get(item), search.getDayCutoff(), values);
                for (String value : values) {
                    groups.computeIfAbsent(value, v -> new long[2])[0]++;
                }
            }
            Map<String, long[]> byValue = new HashMap<>(groups);
            for (Counted item : population) {
                values.clear();
                dimension.addValuesOf(item, evidence.getOrDefault(item, List.of()), search.getDayCutoff(), values);
                for (String value : values) {
                    long[] group = byValue.get(value);
                    if (group != null) {
                        group[1]++;
                    }
                }
            }
            for (Map.Entry<String, long[]> group : groups.entrySet()) {
                long inFlagged = group.getValue()[0];
                // Evidence-only dimensions (defect kinds) have no value among the whole population.
                long inPopulation = Math.max(group.getValue()[1], inFlagged);
                if (explains(inFlagged, flagged.size(), inPopulation, population.size(), search)) {
                    causes.add(new RootCause(name, group.getKey(), inFlagged, flagged.size(), inPopulation,
                            population.size()));
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
