package dev.accounthealth.internal.report;

import dev.accounthealth.internal.measure.Classification;
import dev.accounthealth.internal.measure.Moment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the moments a report counts the figures at: {@code asOf}, each trend lookback before
 * it, and, once {@code asOf} is judged, the next instants at which an item behind a breach or a
 * warning rolls off its window (where the forecast looks). The lookbacks come from the rule
 * files' trend watches.
 */
final class Instants {
    private Instants() {
    }

    /** {@code asOf}, first, then {@code asOf} less each lookback. */
    static List<Moment> first(Moment now, Set<Integer> lookbacks, Classification classification) {
        List<Moment> moments = new ArrayList<>();
        moments.add(now);
        for (int days : new TreeSet<>(lookbacks)) {
            moments.add(Moment.lookback(now.getAt(), days, classification));
        }
        return moments;
    }

    /** Up to {@code limit} roll-off instants of what is in breach or warning at {@code asOf}, earliest first. */
    static List<Instant> rollOffs(Assessment now, int limit) {
        return now.nextRollOffsOfConcern(limit);
    }
}
