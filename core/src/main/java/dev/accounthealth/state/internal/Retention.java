package dev.accounthealth.state.internal;

import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.TrendWatch;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;

/**
 * How far back the rules of a rule set can still count or schedule anything, read from what
 * they declare in one run over an empty history: the longest window plus its lag, plus the
 * longest trend lookback (an early warning counts the windows as they stood then), plus every
 * duration the rules' policies and look-aheads declare (message, return, claim and chargeback
 * deadlines, how long an overdue obligation is kept, ...). Adding all those durations up rather
 * than picking the one a deadline uses makes the bound hold for any chain of them a rule might
 * build: a larger retention keeps more events and never changes a report.
 */
public final class Retention {
    private Retention() {
    }

    /** The retention of a compiled rule set. */
    public static Duration of(CompiledRules rules) {
        try (RuleSession session = rules.openListingFacts(new HistoryFolder().history(Instant.EPOCH))) {
            RuleOutcome empty = session.outcome();
            int windowDays = empty.definitions().stream()
                    .mapToInt(d -> d.getDays() + d.getLagDays()).max().orElse(0);
            int lookbackDays = empty.trendWatches().stream().mapToInt(TrendWatch::getLookbackDays).max().orElse(0);
            Duration declared = Duration.ZERO;
            for (Object fact : session.factsPutIn()) {
                if (!(fact instanceof MetricDefinition)) {
                    declared = declared.plus(durationsOf(fact));
                }
            }
            return Duration.ofDays((long) windowDays + lookbackDays).plus(declared);
        }
    }

    /** The sum of the durations a fact's getters return. */
    private static Duration durationsOf(Object fact) {
        Duration sum = Duration.ZERO;
        for (Method getter : fact.getClass().getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getReturnType() == Duration.class
                    && !Modifier.isStatic(getter.getModifiers())) {
                try {
                    Duration value = (Duration) getter.invoke(fact);
                    if (value != null && !value.isNegative()) {
                        sum = sum.plus(value);
                    }
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("reading " + getter + " of a rule fact", e);
                }
            }
        }
        return sum;
    }
}
