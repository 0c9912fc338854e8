package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Makes one order told by several sources (the All Orders report and the Orders API, pages read
 * twice) one order: events about the same order that agree on what both say merge into one,
 * each field taken from whichever source has it, so a source that lacks a field never hides
 * another's, and nothing counts twice. Events that contradict each other (two purchase dates,
 * two expected ship dates, a buyer's and a seller's cancellation) are all passed on, for the
 * evaluation to keep one and report the conflict.
 *
 * <ul>
 *   <li>{@code OrderPlaced}: the same purchase instant, marketplace, channel and business flag;
 *       expected ship date, promised delivery date and total from whichever has them, equal
 *       when both do; the SKUs of both.
 *   <li>{@code OrderCancelled}: the same canceller, or one of them {@code UNKNOWN}; the earliest
 *       instant (a source that gives only the order's last update is later, never earlier).
 *   <li>{@code OrderShipped}: the same instant; carrier, tracking id and origin from whichever
 *       has them, equal when both do.
 * </ul>
 *
 * <p>Other events pass at once; order events are held until the input ends, one per order and
 * kind unless they contradict.
 */
public final class OrderMerge implements Iterator<SellerEvent> {
    private final Iterator<SellerEvent> in;
    private final Map<String, List<OrderPlaced>> placed = new LinkedHashMap<>();
    private final Map<String, List<OrderCancelled>> cancelled = new LinkedHashMap<>();
    private final Map<String, List<OrderShipped>> shipped = new LinkedHashMap<>();
    private Iterator<SellerEvent> held;
    private SellerEvent next;

    public OrderMerge(Iterator<SellerEvent> in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (held == null) {
                if (!in.hasNext()) {
                    held = drain().iterator();
                    continue;
                }
                SellerEvent event = in.next();
                if (event instanceof OrderPlaced e) {
                    hold(placed, e.orderId(), e, OrderMerge::merge);
                } else if (event instanceof OrderCancelled e) {
                    hold(cancelled, e.orderId(), e, OrderMerge::merge);
                } else if (event instanceof OrderShipped e) {
                    hold(shipped, e.orderId(), e, OrderMerge::merge);
                } else {
                    next = event;
                }
            } else if (held.hasNext()) {
                next = held.next();
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public SellerEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SellerEvent event = next;
        next = null;
        return event;
    }

    private List<SellerEvent> drain() {
        List<SellerEvent> all = new ArrayList<>();
        placed.values().forEach(all::addAll);
        cancelled.values().forEach(all::addAll);
        shipped.values().forEach(all::addAll);
        placed.clear();
        cancelled.clear();
        shipped.clear();
        return all;
    }

    /** Merges an event into the first it agrees with, or keeps it beside them. */
    private static <E> void hold(Map<String, List<E>> byOrder, String orderId, E event, BinaryOperator<E> merge) {
        List<E> kept = byOrder.computeIfAbsent(orderId, id -> new ArrayList<>(1));
        for (int i = 0; i < kept.size(); i++) {
            E merged = merge.apply(kept.get(i), event);
            if (merged != null) {
                kept.set(i, merged);
                return;
            }
        }
        kept.add(event);
    }

    /** The one order both tell, or null when they contradict. */
    static OrderPlaced merge(OrderPlaced a, OrderPlaced b) {
        if (!a.at().equals(b.at()) || a.marketplace() != b.marketplace() || a.channel() != b.channel()
                || a.businessOrder() != b.businessOrder()) {
            return null;
        }
        Optional<Instant> ship = either(a.latestShipAt(), b.latestShipAt());
        Optional<Instant> delivery = either(a.latestDeliveryAt(), b.latestDeliveryAt());
        Optional<dev.accounthealth.event.Money> total = either(a.orderTotal(), b.orderTotal());
        if (ship == null || delivery == null || total == null) {
            return null;
        }
        Set<String> skus = new LinkedHashSet<>(a.skus());
        skus.addAll(b.skus());
        return new OrderPlaced(a.at(), a.orderId(), a.marketplace(), a.channel(), ship, delivery, a.businessOrder(),
                new ArrayList<>(skus), total);
    }

    static OrderCancelled merge(OrderCancelled a, OrderCancelled b) {
        if (a.by() != b.by() && a.by() != CancelledBy.UNKNOWN && b.by() != CancelledBy.UNKNOWN) {
            return null;
        }
        OrderCancelled known = a.by() != CancelledBy.UNKNOWN ? a : b;
        OrderCancelled other = known == a ? b : a;
        Instant at = a.at().isBefore(b.at()) ? a.at() : b.at();
        return new OrderCancelled(at, a.orderId(), known.by(), known.reason().or(other::reason));
    }

    static OrderShipped merge(OrderShipped a, OrderShipped b) {
        if (!a.at().equals(b.at())) {
            return null;
        }
        Optional<String> carrier = either(a.carrier(), b.carrier());
        Optional<String> tracking = either(a.trackingId(), b.trackingId());
        Optional<String> from = either(a.shipFrom(), b.shipFrom());
        if (carrier == null || tracking == null || from == null) {
            return null;
        }
        return new OrderShipped(a.at(), a.orderId(), carrier, tracking, from);
    }

    /** The value whichever has it, or null when both have it and differ. */
    private static <T> Optional<T> either(Optional<T> a, Optional<T> b) {
        if (a.isPresent() && b.isPresent()) {
            return Objects.equals(a.get(), b.get()) ? a : null;
        }
        return a.isPresent() ? a : b;
    }
}
