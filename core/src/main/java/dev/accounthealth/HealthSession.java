package dev.accounthealth;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.report.AccountHealthReport;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An incremental feed for one seller: accept events as they arrive and ask for a report as of
 * any instant. Equal events are kept once; a report as of an instant sees only the events up to
 * it, so an earlier report can be asked for again after later events arrived.
 *
 * <p>Each report runs the rules over the retained history. A session is meant for one thread;
 * its methods are synchronized so that a report never sees half an event.
 */
public final class HealthSession implements AutoCloseable {
    private final AccountHealthEvaluator evaluator;
    private final Set<SellerEvent> events = new LinkedHashSet<>();
    private boolean closed;

    HealthSession(AccountHealthEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Adds an event.
     *
     * @return false when an equal event was already accepted
     * @throws IllegalStateException when the session is closed
     */
    public synchronized boolean accept(SellerEvent event) {
        ensureOpen();
        return events.add(Objects.requireNonNull(event, "event"));
    }

    /** Adds every event of a batch. */
    public synchronized void acceptAll(Iterable<? extends SellerEvent> batch) {
        for (SellerEvent event : batch) {
            accept(event);
        }
    }

    /** How many distinct events the session holds. */
    public synchronized int size() {
        return events.size();
    }

    /**
     * Where the account stands as of an instant, from the events accepted so far.
     *
     * @throws IllegalStateException when the session is closed
     */
    public synchronized AccountHealthReport report(Instant asOf) {
        ensureOpen();
        HistoryFolder folder = new HistoryFolder(Objects.requireNonNull(asOf, "asOf"));
        events.forEach(folder::add);
        return evaluator.evaluate(folder.fold());
    }

    /** Lets go of the retained events; the session cannot be used afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        events.clear();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }
}
