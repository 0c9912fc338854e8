package dev.accounthealth.internal.report;

import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.HistoryFolder;
import java.time.Instant;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the rule files declare, read from one run of the rules over an empty history: the trend
 * lookbacks, the metrics defined and the root-cause dimensions searched.
 */
public record RuleTables(SortedSet<Integer> trendLookbacks, SortedSet<String> metrics,
                         SortedSet<String> rootCauseDimensions) {

    public static RuleTables read(CompiledRules rules) {
        try (RuleSession session = rules.open(new HistoryFolder().history(Instant.EPOCH))) {
            RuleOutcome empty = session.outcome();
            TreeSet<Integer> lookbacks = new TreeSet<>();
            empty.trendWatches().forEach(w -> lookbacks.add(w.getLookbackDays()));
            TreeSet<String> metrics = new TreeSet<>();
            empty.definitions().forEach(d -> metrics.add(d.getMetric()));
            TreeSet<String> dimensions = new TreeSet<>();
            empty.rootCauseSearches().forEach(search -> dimensions.addAll(search.getDimensions()));
            return new RuleTables(lookbacks, metrics, dimensions);
        }
    }
}
