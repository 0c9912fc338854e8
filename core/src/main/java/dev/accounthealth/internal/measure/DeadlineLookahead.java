package dev.accounthealth.internal.measure;

import java.time.Duration;

/**
 * A rule file's setting for the deadline risk: the open deadlines falling due within this long
 * after the evaluation are weighed, each group by what missing it would do to the metrics.
 */
public final class DeadlineLookahead {
    private final Duration within;

    public DeadlineLookahead(Duration within) {
        if (within == null || within.isNegative()) {
            throw new IllegalArgumentException("deadline look-ahead must be zero or more, was " + within);
        }
        this.within = within;
    }

    public Duration getWithin() {
        return within;
    }

    @Override
    public String toString() {
        return "deadline look-ahead " + within;
    }
}
