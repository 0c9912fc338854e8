package dev.accounthealth;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.report.LiveEvaluation;
import dev.accounthealth.report.AccountHealthReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An incremental feed for one seller: accept events as they arrive and ask for a report as of
 * any instant. The session keeps the history folded and judged between reports: an event
 * updates the one order, claim, return, message or notice it is about, and the next report has
 * the rules judge again only what changed. A report equals {@link AccountHealthEvaluator#evaluate}
 * over the same events, whatever the order in which they were accepted.
 *
 * <p>A report as of an instant sees only the events up to it, so an earlier report can be asked
 * for again after later events arrived: such a report is evaluated anew from the events kept.
 *
 * <p>A session is meant for one thread; its methods are synchronized so that a report never sees
 * half an event.
 */
public final class HealthSession implements AutoCloseable {
    private final AccountHealthEvaluator evaluator;
    private final LiveEvaluation live;
    private List<SellerEvent> events = new ArrayList<>();
    private boolean closed;

    HealthSession(AccountHealthEvaluator evaluator) {
        this.evaluator = evaluator;
        this.live = evaluator.live();
    }

    /**
     * Adds an event; an event equal to one already accepted counts once.
     *
     * @throws IllegalStateException when the session is closed
     */
    public synchronized void accept(SellerEvent event) {
        ensureOpen();
        live.accept(Objects.requireNonNull(event, "event"));
        events.add(event);
    }

    /** Adds every event of a batch. */
    public synchronized void acceptAll(Iterable<? extends SellerEvent> batch) {
        for (SellerEvent event : batch) {
            accept(event);
        }
    }

    /** How many events the session has accepted, repeated ones included. */
    public synchronized int accepted() {
        return events.size();
    }

    /**
     * Where the account stands as of an instant, from the events accepted so far.
     *
     * @throws IllegalStateException when the session is closed
     * @throws RuleSetException when the rules fail or contradict themselves while running
     */
    public synchronized AccountHealthReport report(Instant asOf) {
        ensureOpen();
        Objects.requireNonNull(asOf, "asOf");
        if (live.latestEvent().filter(latest -> latest.isAfter(asOf)).isPresent()) {
            return evaluator.evaluate(events, asOf);
        }
        return live.report(asOf);
    }

    /** Lets go of the retained events and rule session; the session cannot be used afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        live.close();
        events = new ArrayList<>();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }
}
