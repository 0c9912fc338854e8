package dev.accounthealth.internal.facts;

import dev.accounthealth.event.SellerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The distinct events of one kind about one thing (the shipments of an order, the answers to a
 * return), keeping the earliest in canonical order apart. Equal events count once, so the result
 * does not depend on the order or repetition of the input.
 */
final class EventSet<E extends SellerEvent> {
    /** Earliest instant first; ties broken by type and content, so the choice never depends on arrival order. */
    static final Comparator<SellerEvent> CANONICAL = Comparator.comparing(SellerEvent::at)
            .thenComparing(SellerEvent::type)
            .thenComparing(Object::toString);

    private E earliest;
    private List<E> rest;

    void add(E event) {
        if (event.equals(earliest) || (rest != null && rest.contains(event))) {
            return;
        }
        if (earliest == null) {
            earliest = event;
            return;
        }
        if (rest == null) {
            rest = new ArrayList<>(2);
        }
        if (CANONICAL.compare(event, earliest) < 0) {
            rest.add(earliest);
            earliest = event;
        } else {
            rest.add(event);
        }
    }

    boolean isEmpty() {
        return earliest == null;
    }

    /**
     * The distinct events at or before an instant: what had happened by then. Unless a new set is
     * asked for, this set itself when it has nothing to leave out.
     */
    EventSet<E> upTo(Instant asOf, boolean fresh) {
        if (!fresh && (earliest == null || (!earliest.at().isAfter(asOf) && rest == null))) {
            return this;
        }
        EventSet<E> happened = new EventSet<>();
        if (earliest != null && !earliest.at().isAfter(asOf)) {
            happened.add(earliest);
            for (E event : rest()) {
                if (!event.at().isAfter(asOf)) {
                    happened.add(event);
                }
            }
        }
        return happened;
    }

    E earliest() {
        return earliest;
    }

    /** The distinct events other than the earliest, in canonical order. */
    List<E> rest() {
        if (rest == null) {
            return List.of();
        }
        List<E> sorted = new ArrayList<>(rest);
        sorted.sort(CANONICAL);
        return sorted;
    }

    /** Every distinct event, in canonical order. */
    List<E> all() {
        List<E> all = new ArrayList<>();
        if (earliest != null) {
            all.add(earliest);
            all.addAll(rest());
        }
        return all;
    }
}
