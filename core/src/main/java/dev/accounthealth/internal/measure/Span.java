package dev.accounthealth.internal.measure;

import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.facts.Evaluation;
import java.time.Instant;

/**
 * From when until when an item is in a class, as one classification rule said it: the instants
 * {@code t} with {@code from <= t < until}. A rule starts it with
 * {@code classify.item(...).as("CLASS")} and bounds it in the words of the spec:
 * <ul>
 *   <li>{@link #from(Instant...)}: from the instant the last of these events happened;</li>
 *   <li>{@link #after(Instant)}: once a due instant has passed, that is from the instant just
 *       after it ("has passed" and "after" are strict);</li>
 *   <li>{@link #unlessBy(Instant)}: not at all when the awaited event happened by the due instant
 *       ("by" and "within" include the instant itself);</li>
 *   <li>{@link #onlyIfBy(Instant, Instant...)}: only when every one of some events happened by a
 *       due instant;</li>
 *   <li>{@link #until(Instant)}: until an event, excluded; for ever when it has not happened.</li>
 * </ul>
 * These are the only places instants are compared to decide what counts; no rule compares them,
 * and they read a due instant as the deadlines do ({@link Evaluation#passedAt}).
 * An item is never in a class before the stream knows it ({@link Counted#getKnownFrom()}), nor
 * before the stream knows the fact it was classified because of.
 */
public final class Span {
    final Counted item;
    final int classId;
    private final Classification classification;
    Counted cause;
    Instant from;
    Instant until;
    private Instant due;
    boolean never;
    Span nextOfItem;
    /** The item's classes before this span joined them, to restore when it is dropped at once. */
    long maskBefore;
    boolean wideBefore;
    private Instant start;

    Span(Classification classification, Counted item, int classId) {
        this.classification = classification;
        this.item = item;
        this.cause = item;
        this.classId = classId;
    }

    /** The fact that put the item in the class, when it is not the item itself (the feedback behind a defect). */
    public Span because(Counted cause) {
        this.cause = cause;
        return this;
    }

    /** From the instant the last of these happened; never while one of them has not. */
    public Span from(Instant... happened) {
        for (Instant at : happened) {
            from(at);
        }
        return this;
    }

    /** From the instant it happened; never while it has not. */
    public Span from(Instant happened) {
        if (happened == null) {
            never();
        } else if (from == null || happened.isAfter(from)) {
            from = happened;
        }
        return this;
    }

    /** From the instant both happened; never while one of them has not. */
    public Span from(Instant happened, Instant alsoHappened) {
        return from(happened).from(alsoHappened);
    }

    /** From the instant just after {@code due}: once it has passed. */
    public Span after(Instant due) {
        if (due == null) {
            return never();
        }
        this.due = due;
        return from(justAfter(due));
    }

    /** Not at all when {@code done} happened by the due instant given to {@link #after(Instant)}. */
    public Span unlessBy(Instant done) {
        if (due == null && !never) {
            throw new IllegalStateException("unlessBy needs a due instant: call after(due) first");
        }
        if (done != null && by(done, due)) {
            never();
        }
        return this;
    }

    /** Only when every one of {@code done} happened, each by {@code due}. */
    public Span onlyIfBy(Instant due, Instant... done) {
        if (due == null) {
            return never();
        }
        for (Instant at : done) {
            if (at == null || !by(at, due)) {
                return never();
            }
        }
        return this;
    }

    /** Until {@code end}, excluded; for ever when {@code end} is {@code null} (it has not happened). */
    public Span until(Instant end) {
        if (end != null && (until == null || end.isBefore(until))) {
            until = end;
        }
        return this;
    }

    private Span never() {
        if (!never) {
            never = true;
            classification.dropped(this);
        }
        return this;
    }

    /** "Done by due": at or before it, that is before it has passed. */
    static boolean by(Instant done, Instant due) {
        return !Evaluation.passedAt(due, done);
    }

    /** The first instant at which {@code due} has passed: what "once due has passed" starts at. */
    static Instant justAfter(Instant due) {
        return due.plusNanos(1);
    }

    /** The class it puts its item in. */
    public String getClassName() {
        return classification.className(classId);
    }

    public Counted getItem() {
        return item;
    }

    public Counted getCause() {
        return cause;
    }

    /** The first instant it holds: its own start, no earlier than its item and its cause are known. */
    Instant start() {
        if (start == null) {
            Instant s = from == null ? item.getKnownFrom() : from;
            s = later(s, item.getKnownFrom());
            start = later(s, cause.getKnownFrom());
        }
        return start;
    }

    /** Whether it holds at no instant at all. */
    boolean isEmpty() {
        return never || (until != null && !until.isAfter(start()));
    }

    boolean holdsAt(Instant t) {
        return !never && !start().isAfter(t) && (until == null || until.isAfter(t));
    }

    static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    @Override
    public String toString() {
        return item.getItemId() + " " + getClassName() + (never ? " never" : " [" + start() + ", "
                + (until == null ? "…" : until) + ")");
    }
}
