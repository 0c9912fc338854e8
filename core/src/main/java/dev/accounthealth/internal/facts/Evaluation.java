package dev.accounthealth.internal.facts;

import java.time.Instant;

/**
 * The instant an evaluation is made as of: every "by now" in the rules means this.
 *
 * <p>It is also the one place that reads a due instant, so a metric and a deadline about the
 * same thing can never disagree at the instant itself: a thing done at its due instant is on
 * time ("by", "within" are inclusive), and a thing not done is missed only once the due instant
 * has passed, that is strictly after it.
 */
public final class Evaluation {
    private final Instant asOf;

    public Evaluation(Instant asOf) {
        this.asOf = asOf;
    }

    public Instant getAsOf() {
        return asOf;
    }

    /** Whether the due instant has passed by {@code asOf}: overdue if still not done. */
    public boolean passed(Instant due) {
        return passedAt(due, asOf);
    }

    /**
     * Whether a due instant has passed at an instant: strictly after it. The metrics' spans
     * ({@code Span.after}, {@code Span.unlessBy}) read a due instant through this too.
     */
    public static boolean passedAt(Instant due, Instant at) {
        return at.isAfter(due);
    }
}
