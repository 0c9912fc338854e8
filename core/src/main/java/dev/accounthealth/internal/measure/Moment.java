package dev.accounthealth.internal.measure;

import java.time.Duration;
import java.time.Instant;

/**
 * An instant the figures are counted at, all from the same classification of the history: the
 * evaluation's {@code asOf}, a lookback before it (what a trend compares with), a projected
 * instant after it (what the current events give then, if nothing new happens), or any instant a
 * caller asks for. Before {@code asOf} the figures are those of the events that had happened by
 * then; after it, those of the events up to {@code asOf}. A live session moves its {@code asOf}
 * and lookback moments along from one report to the next ({@link #follow}): a moment is the same
 * object wherever it stands, and what is concluded at it names it by identity.
 */
public final class Moment {
    /** Why the figures are counted at this instant. */
    public enum Kind {
        /** The evaluation's {@code asOf}: what the report is about. */
        NOW,
        /** {@code asOf} less a trend's lookback. */
        LOOKBACK,
        /** An instant after {@code asOf}. */
        PROJECTED,
        /** Any other instant a caller asks the figures at (a day of a history). */
        ASKED
    }

    private final Kind kind;
    private Instant at;
    private final int lookbackDays;
    private final Classification classification;

    private Moment(Kind kind, Instant at, int lookbackDays, Classification classification) {
        this.kind = kind;
        this.at = at;
        this.lookbackDays = lookbackDays;
        this.classification = classification;
    }

    public static Moment now(Instant asOf, Classification classification) {
        return new Moment(Kind.NOW, asOf, 0, classification);
    }

    public static Moment lookback(Instant asOf, int days, Classification classification) {
        return new Moment(Kind.LOOKBACK, asOf.minus(Duration.ofDays(days)), days, classification);
    }

    public static Moment projected(Instant at, Classification classification) {
        return new Moment(Kind.PROJECTED, at, 0, classification);
    }

    public static Moment asked(Instant at, Classification classification) {
        return new Moment(Kind.ASKED, at, 0, classification);
    }

    public Kind getKind() {
        return kind;
    }

    /** Whether this is the evaluation's {@code asOf}. */
    public boolean isNow() {
        return kind == Kind.NOW;
    }

    /** The instant the windows end at (less their lag). */
    public Instant getAt() {
        return at;
    }

    /** The instant the items' classes are read at: the same instant. */
    public Instant getStatusAt() {
        return at;
    }

    /** For a lookback, how many days before {@code asOf}; 0 otherwise. */
    public int getLookbackDays() {
        return lookbackDays;
    }

    /**
     * Whether this moment is one that goes with the evaluation's {@code asOf} ({@code asOf} itself
     * or a lookback before it), and so can be moved along with it.
     */
    public boolean followsAsOf() {
        return kind == Kind.NOW || kind == Kind.LOOKBACK;
    }

    /**
     * Moves this moment along with the evaluation's {@code asOf}: to {@code asOf} itself, or as
     * many days before it as its lookback. The windows at this moment must be moved with it
     * ({@link MetricWindow#follow()}), and a rule session told of both.
     *
     * @throws IllegalStateException for a moment that does not follow {@code asOf}
     */
    public void follow(Instant asOf) {
        if (!followsAsOf()) {
            throw new IllegalStateException(this + " does not follow asOf");
        }
        at = asOf.minus(Duration.ofDays(lookbackDays));
    }

    Classification classification() {
        return classification;
    }

    @Override
    public String toString() {
        return kind + (kind == Kind.LOOKBACK ? " " + lookbackDays + " d" : "") + " " + at;
    }
}
