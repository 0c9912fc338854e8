package dev.accounthealth;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An incremental feed for one seller: accept events as they arrive and ask for a report as of
 * any instant. A report as of an instant sees only the events up to it, so an earlier report can
 * be asked for again after later events arrived.
 *
 * <p>Each report evaluates the events accepted so far. A session is meant for one thread;
 * its methods are synchronized so that a report never sees half an event.
 */
public final class HealthSession implements AutoCloseable {
    private final AccountHealthEvaluator evaluator;
    private List<SellerEvent> events = new ArrayList<>();
    private int size;
    private boolean closed;

    HealthSession(AccountHealthEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Adds an event; an event equal to one already accepted counts once.
     *
     * @throws IllegalStateException when the session is closed
     */
    public synchronized void accept(SellerEvent event) {
        ensureOpen();
        events.add(Objects.requireNonNull(event, "event"));
        size++;
    }

    /** Adds every event of a batch. */
    public synchronized void acceptAll(Iterable<? extends SellerEvent> batch) {
        for (SellerEvent event : batch) {
            accept(event);
        }
    }

    /** How many events the session has accepted, repeated ones included. */
    public synchronized int accepted() {
        return size;
    }

    /**
     * Where the account stands as of an instant, from the events accepted so far.
     *
     * @throws IllegalStateException when the session is closed
     */
    public synchronized AccountHealthReport report(Instant asOf) {
        ensureOpen();
        return evaluator.evaluate(events, Objects.requireNonNull(asOf, "asOf"));
    }

    /** Lets go of the retained events; the session cannot be used afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        events = new ArrayList<>();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }
}
