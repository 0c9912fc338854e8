package dev.accounthealth.internal.report;

import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.measure.Dimension;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.RootCauseSearch;
import dev.accounthealth.internal.measure.Span;
import dev.accounthealth.report.RootCause;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
        List<String> names = search.getDimensions();
        Dimension[] dimensions = new Dimension[names.size()];
        List<Map<String, long[]>> groups = new ArrayList<>(dimensions.length);
        for (int d = 0; d < dimensions.length; d++) {
            dimensions[d] = Dimension.valueOf(names.get(d));
            // Hashed, not sorted: the causes found are sorted in full at the end.
            groups.add(new HashMap<>());
        }
        LocalTime cutoff = search.getDayCutoff();
        Values values = new Values();
        for (Counted item : flagged) {
            List<Span> evidence = count.evidenceOf(item);
            for (int d = 0; d < dimensions.length; d++) {
                values.clear();
                dimensions[d].addValuesOf(item, evidence, cutoff, values);
                for (int v = 0; v < values.size; v++) {
                    long[] group = groups.get(d).computeIfAbsent(values.at(v), key -> new long[2]);
                    group[0]++;
                    group[1]++;
                }
            }
        }
        // The rest of the population, in one pass for every dimension: an item not flagged has no evidence.
        List<Counted> unflagged = count.getUnflagged();
        long population = flagged.size() + (long) unflagged.size();
        for (Counted item : unflagged) {
            for (int d = 0; d < dimensions.length; d++) {
                Map<String, long[]> byValue = groups.get(d);
                if (byValue.isEmpty()) {
                    continue;
                }
                values.clear();
                dimensions[d].addValuesOf(item, List.of(), cutoff, values);
                for (int v = 0; v < values.size; v++) {
                    long[] group = byValue.get(values.at(v));
                    if (group != null) {
                        group[1]++;
                    }
                }
            }
        }
        List<RootCause> causes = new ArrayList<>();
        for (int d = 0; d < dimensions.length; d++) {
            for (Map.Entry<String, long[]> group : groups.get(d).entrySet()) {
                long inFlagged = group.getValue()[0];
                long inPopulation = Math.max(group.getValue()[1], inFlagged);
                if (explains(inFlagged, flagged.size(), inPopulation, population, search)) {
                    causes.add(new RootCause(names.get(d), group.getKey(), inFlagged, flagged.size(), inPopulation,
                            population));
                }
            }
        }
        causes.sort(Comparator.comparingLong(RootCause::count).reversed()
                .thenComparing(Comparator.comparingDouble(RootCauseFinder::lift).reversed())
                .thenComparing(RootCause::dimension).thenComparing(RootCause::value));
        return causes.stream().limit(search.getMaxCauses()).toList();
    }

    /** The few values one item has in one dimension, each once, without hashing. */
    private static final class Values extends AbstractSet<String> {
        private String[] values = new String[4];
        private int size;

        @Override
        public boolean add(String value) {
            for (int i = 0; i < size; i++) {
                if (values[i].equals(value)) {
                    return false;
                }
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
            return true;
        }

        String at(int index) {
            return values[index];
        }

        @Override
        public void clear() {
            size = 0;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(values).subList(0, size).iterator();
        }
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
