package dev.accounthealth.internal.report;

import dev.accounthealth.RuleProblem;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.measure.DeadlineLookahead;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the rule files declare, read from one run of the rules over an empty history: the trend
 * lookbacks, the metrics defined, the root-cause dimensions searched and how far ahead the
 * deadline risk looks.
 */
public record RuleTables(SortedSet<Integer> trendLookbacks, SortedSet<String> metrics,
                         SortedSet<String> rootCauseDimensions, Optional<Duration> deadlineLookahead) {

    /**
     * @throws RuleSetException when the rules set more than one deadline look-ahead
     */
    public static RuleTables read(CompiledRules rules) {
        try (RuleSession session = rules.open(new HistoryFolder().history(Instant.EPOCH))) {
            RuleOutcome empty = session.outcome();
            TreeSet<Integer> lookbacks = new TreeSet<>();
            empty.trendWatches().forEach(w -> lookbacks.add(w.getLookbackDays()));
            TreeSet<String> metrics = new TreeSet<>();
            empty.definitions().forEach(d -> metrics.add(d.getMetric()));
            TreeSet<String> dimensions = new TreeSet<>();
            empty.rootCauseSearches().forEach(search -> dimensions.addAll(search.getDimensions()));
            List<DeadlineLookahead> lookaheads = empty.deadlineLookaheads();
            if (lookaheads.size() > 1) {
                throw new RuleSetException("the rules set " + lookaheads.size() + " deadline look-aheads; one is needed",
                        lookaheads.stream().map(l -> new RuleProblem("rule \"" + empty.producerOf(l) + "\"", 0, 0,
                                l.toString())).toList());
            }
            return new RuleTables(lookbacks, metrics, dimensions,
                    lookaheads.stream().map(DeadlineLookahead::getWithin).findFirst());
        }
    }
}
