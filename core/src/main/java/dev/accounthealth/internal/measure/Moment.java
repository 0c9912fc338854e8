package dev.accounthealth.internal.measure;

import java.time.Duration;
import java.time.Instant;

/**
 * An instant the figures are counted at, all from the same classification of the history: the
 * evaluation's {@code asOf}, a lookback before it (what a trend compares with), a projected
 * instant after it (what the current events give then, if nothing new happens), or any instant a
 * caller asks for. Before {@code asOf} the figures are those of the events that had happened by
 * then; after it, those of the events up to {@code asOf}.
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
    private final Instant at;
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

    Classification classification() {
        return classification;
    }

    @Override
    public String toString() {
        return kind + (kind == Kind.LOOKBACK ? " " + lookbackDays + " d" : "") + " " + at;
    }
}
