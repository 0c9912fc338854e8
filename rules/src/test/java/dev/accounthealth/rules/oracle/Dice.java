package dev.accounthealth.rules.oracle;

import java.time.Duration;

/**
 * Reads choices from a sequence of numbers in [0, 999] drawn by jqwik. A 0 always means the
 * simplest choice (no event, the first option, the lower bound), so when jqwik shrinks the numbers
 * toward 0 the history shrinks toward fewer, plainer events. Past the end of the sequence every
 * choice reads as 0.
 */
final class Dice {
    static final int SIDES = 1000;

    private final int[] values;
    private int next;

    Dice(int[] values) {
        this.values = values;
    }

    int roll() {
        return next < values.length ? values[next++] : 0;
    }

    /** True with about {@code percent} % probability (never when the roll is 0). */
    boolean chance(double percent) {
        int threshold = SIDES - (int) Math.round(percent * SIDES / 100.0);
        return roll() >= Math.max(1, threshold);
    }

    int below(int n) {
        return roll() % n;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[below(options.length)];
    }

    /** A number in [lo, hi], about uniform, shrinking toward lo. */
    long between(long lo, long hi) {
        long x = roll() * 1_000_000L + roll() * 1_000L + roll();
        return lo + x % (hi - lo + 1);
    }

    /** A duration in [lo, hi], to the second. */
    Duration seconds(Duration lo, Duration hi) {
        return Duration.ofSeconds(between(lo.toSeconds(), hi.toSeconds()));
    }
}
