package dev.accounthealth.internal.forecast;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.CountedFact;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.MessageFact;
import dev.accounthealth.internal.facts.OrderFact;
import dev.accounthealth.internal.facts.OrderItemFact;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.Classification;
import dev.accounthealth.internal.measure.Moment;
import dev.accounthealth.internal.measure.Obligation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the same events lead after {@code asOf}, along two paths that differ only in what the
 * seller does about the deadlines still open:
 *
 * <ul>
 *   <li>the <b>roll-off path</b>: nothing new happens, except that every deadline open and not yet
 *       overdue at {@code asOf} is met at its due instant (see {@link Keeping}), and every parcel
 *       on its way is delivered as promised. The figures then change only as items leave their
 *       windows and the pending ones enter them on time. A deadline that only arises on the way
 *       (the invoice of an order confirmed on the path) is met the same way.
 *   <li><b>a missed batch</b>: the same path, except that the deadlines of one {@link DueBatch}
 *       are missed, looked at just after the last of them.
 * </ul>
 *
 * Each path is a history: the events up to {@code asOf} and the events assumed on the path. The
 * roll-off path is judged once, as of the latest instant asked for, and its figures counted at
 * each instant from that judgement; between two instants only the evaluation's instant moves,
 * which the deadline rules follow. Deadlines already overdue at {@code asOf} stay missed on both
 * paths.
 *
 * <p>The paths are followed in the evaluation's own rule session, where the history is already
 * judged. On a path, each fact an assumed event is about stands in the session as a copy with
 * that event taken in, and so do the items of a copied order (its feedback, claims, returns and
 * messages, which the rules read it through); the rules judge only those again. The facts of the
 * history are never changed: the report is built from them, and a live session keeps them. A
 * missed batch is the roll-off path with only the facts of that batch put back as they would be
 * without its deadlines met: what the roll-off path assumes after the batch's instant changes
 * nothing counted then (an item's classes at an instant are those of the events up to it) and
 * meets no deadline overdue then (each is met at its own due instant, later). {@link #close()}
 * puts the session back as it was: the history's own facts, the evaluation's instant, no moment
 * of a path.
 */
public final class Forecast implements AutoCloseable {

    /** A path judged by the rules, and the moment its figures were counted at. */
    public record Run(SellerHistory history, RuleOutcome outcome, Moment moment) {
    }

    private record Key(String kind, String ref) {
        static Key of(Obligation obligation) {
            return new Key(obligation.getKind(), obligation.getRef());
        }
    }

    private static final Comparator<Obligation> DUE_ORDER = Comparator.comparing(Obligation::getDue)
            .thenComparing(Obligation::getKind).thenComparing(Obligation::getMarketplace)
            .thenComparing(Obligation::getRef);

    private final RuleSession session;
    private final SellerHistory now;
    private final Instant asOf;
    /** The facts of the history the paths look up. */
    private final HistoryIndex index;
    private final List<Obligation> pending;
    private final List<SellerEvent> onTheirWay = new ArrayList<>();
    /** The deadlines that arose on the roll-off path, such as invoices, and how they were met. */
    private final Map<Key, Obligation> arisenOnPath = new TreeMap<>(Comparator.comparing(Key::kind)
            .thenComparing(Key::ref));
    /** The latest instant the roll-off path was followed to, once it was. */
    private Instant horizon;
    /** The events assumed in the session now, by the fact of the history they are about. */
    private Map<CountedFact, List<SellerEvent>> assumed = new LinkedHashMap<>();
    /** The copy that stands in the session for a fact of the history, while a path changes it. */
    private final Map<CountedFact, CountedFact> standIns = new IdentityHashMap<>();
    private final List<Moment> counted = new ArrayList<>();
    private boolean moved;
    /** Where the classification's change logs stood before the first path, to say at the end that the facts came back. */
    private Classification.RoundTrip trip;

    /**
     * @param session the evaluation's rule session, with every fact of {@code now} in it, judged
     * @param now the history as of {@code asOf}
     * @param obligations the open deadlines the rules found as of {@code asOf}
     * @param index the facts of {@code now} by id, and each order's items
     */
    public Forecast(RuleSession session, SellerHistory now, List<Obligation> obligations, HistoryIndex index) {
        this.session = session;
        this.now = now;
        this.asOf = now.evaluation().getAsOf();
        this.index = index;
        for (OrderFact order : index.onTheirWay(asOf)) {
            onTheirWay.addAll(Keeping.onItsWay(order, asOf));
        }
        this.pending = obligations.stream().filter(o -> !o.isOverdueAt(asOf) && Keeping.keeps(o.getKind()))
                .sorted(DUE_ORDER).toList();
    }

    /**
     * The roll-off path at each of some instants after {@code asOf}. It is walked back from the
     * latest: the deadlines that arise on the way and have passed by an instant are met, and
     * stay met at the earlier instants.
     */
    public Map<Instant, Run> rollOffPath(Collection<Instant> instants) {
        Map<Instant, Run> runs = new HashMap<>();
        if (instants.isEmpty()) {
            return runs;
        }
        TreeSet<Instant> latestFirst = new TreeSet<>(Comparator.reverseOrder());
        latestFirst.addAll(instants);
        Instant latest = latestFirst.first();
        horizon = horizon == null || horizon.isBefore(latest) ? latest : horizon;
        Set<Key> kept = new HashSet<>();
        Map<CountedFact, List<SellerEvent>> path = path(Set.of(), kept, latest);
        follow(path, latest);
        for (Instant at : latestFirst) {
            if (!at.equals(latest)) {
                session.evaluateAt(at);
                session.fire();
            }
            settle(path, kept, Set.of(), arisenOnPath, latest);
            runs.put(at, count(at));
        }
        return runs;
    }

    /**
     * The roll-off path with the deadlines of a batch missed, as of just after the last of them.
     * The deadlines that arose on the roll-off path so far are met on this path too: missing a
     * batch can only take deadlines away (an order not shipped owes no invoice, and the upload of
     * one that was never due changes no count).
     */
    public Run missing(DueBatch batch) {
        Set<Key> missed = new HashSet<>();
        batch.refs().forEach(ref -> missed.add(new Key(batch.kind(), ref)));
        Instant at = batch.missedAt();
        Instant until = horizon == null || horizon.isBefore(at) ? at : horizon;
        Set<Key> kept = new HashSet<>();
        Map<CountedFact, List<SellerEvent>> path = path(missed, kept, until);
        follow(path, at);
        settle(path, kept, missed, new HashMap<>(), until);
        return count(at);
    }

    /**
     * The open deadlines, not overdue, that fall due within a look-ahead of {@code asOf} (its end
     * included), in batches by marketplace, kind and local day; earliest first.
     */
    public List<DueBatch> dueWithin(Duration lookahead) {
        Instant end = asOf.plus(lookahead);
        record Group(Marketplace marketplace, String kind, LocalDate day) {
        }
        Map<Group, List<Obligation>> groups = new TreeMap<>(Comparator.comparing(Group::day)
                .thenComparing(Group::marketplace).thenComparing(Group::kind));
        for (Obligation obligation : pending) {
            if (!obligation.getDue().isAfter(end)) {
                LocalDate day = obligation.getDue().atZone(obligation.getMarketplace().zone()).toLocalDate();
                groups.computeIfAbsent(new Group(obligation.getMarketplace(), obligation.getKind(), day),
                        g -> new ArrayList<>()).add(obligation);
            }
        }
        List<DueBatch> batches = new ArrayList<>();
        groups.forEach((group, members) -> batches.add(new DueBatch(group.marketplace(), group.kind(), group.day(),
                members.stream().map(Obligation::getDue).max(Comparator.naturalOrder()).orElseThrow(),
                members.stream().map(Obligation::getRef).sorted().distinct().toList())));
        batches.sort(Comparator.comparing(DueBatch::due).thenComparing(DueBatch::marketplace)
                .thenComparing(DueBatch::kind));
        return batches;
    }

    /** Puts the session back as it was before the first path: the history's facts, {@code asOf}, no path's moment. */
    @Override
    public void close() {
        if (!moved) {
            return;
        }
        counted.forEach(session::forget);
        counted.clear();
        apply(Map.of());
        session.evaluateAt(asOf);
        session.fire();
        session.classification().cameBack(trip);
        moved = false;
    }

    /**
     * The events assumed on a path, by the fact they are about: the parcels on their way and
     * every deadline met, pending or arisen on the roll-off path, but the missed ones, leaving
     * out what comes after {@code until}.
     */
    private Map<CountedFact, List<SellerEvent>> path(Set<Key> missed, Set<Key> kept, Instant until) {
        Map<CountedFact, List<SellerEvent>> path = new LinkedHashMap<>();
        onTheirWay.forEach(event -> assume(path, event, until));
        for (Obligation obligation : pending) {
            if (!missed.contains(Key.of(obligation))) {
                meet(path, obligation, kept, until);
            }
        }
        arisenOnPath.forEach((key, obligation) -> {
            if (!missed.contains(key)) {
                meet(path, obligation, kept, until);
            }
        });
        return path;
    }

    /** Assumes the events that meet an obligation. */
    private void meet(Map<CountedFact, List<SellerEvent>> path, Obligation obligation, Set<Key> kept, Instant until) {
        for (SellerEvent event : Keeping.meeting(obligation,
                Optional.ofNullable(obligation.getOrderId()).map(index::order))) {
            assume(path, event, until);
        }
        kept.add(Key.of(obligation));
    }

    private void assume(Map<CountedFact, List<SellerEvent>> path, SellerEvent event, Instant until) {
        if (event.at().isAfter(until)) {
            return;
        }
        CountedFact fact = factOf(event);
        // An event about nothing the history holds would only be an orphan: it changes no count.
        if (fact != null) {
            path.computeIfAbsent(fact, f -> new ArrayList<>(2)).add(event);
        }
    }

    /** The fact of the history an event the forecast assumes is about. */
    private CountedFact factOf(SellerEvent event) {
        if (event instanceof OrderShipped e) {
            return index.order(e.orderId());
        } else if (event instanceof CarrierScanned e) {
            return index.order(e.orderId());
        } else if (event instanceof OrderDelivered e) {
            return index.order(e.orderId());
        } else if (event instanceof InvoiceUploaded e) {
            return index.order(e.orderId());
        } else if (event instanceof BuyerMessageAnswered e) {
            return index.message(e.messageId());
        } else if (event instanceof ReturnAnswered e) {
            return index.returnRequest(e.returnId());
        }
        throw new IllegalStateException("the forecast assumes no " + event.type());
    }

    /** Puts a path in the session and judges it as of an instant. */
    private void follow(Map<CountedFact, List<SellerEvent>> path, Instant at) {
        if (!moved) {
            trip = session.classification().leaving();
        }
        moved = true;
        apply(path);
        session.evaluateAt(at);
        session.fire();
    }

    /**
     * Makes the session hold a path's version of every fact: a copy with the events assumed
     * about it, or the fact itself when none is (and, for an item, its order is its own). Only
     * the facts whose version changes leave the session and are judged again.
     */
    private void apply(Map<CountedFact, List<SellerEvent>> path) {
        List<CountedFact> changed = new ArrayList<>();
        Set<CountedFact> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        path.forEach((fact, events) -> {
            if (!events.equals(assumed.get(fact))) {
                withItems(fact, changed, seen);
            }
        });
        assumed.keySet().forEach(fact -> {
            if (!path.containsKey(fact)) {
                withItems(fact, changed, seen);
            }
        });
        for (CountedFact fact : changed) {
            session.delete(inSession(fact));
        }
        // Orders first: the copy of an item belongs to its order's version on the path.
        for (CountedFact fact : changed) {
            if (fact instanceof OrderFact) {
                standIn(fact, path);
            }
        }
        for (CountedFact fact : changed) {
            if (!(fact instanceof OrderFact)) {
                standIn(fact, path);
            }
        }
        Map<CountedFact, List<SellerEvent>> now = new LinkedHashMap<>();
        path.forEach((fact, events) -> now.put(fact, List.copyOf(events)));
        assumed = now;
    }

    private void withItems(CountedFact fact, List<CountedFact> changed, Set<CountedFact> seen) {
        if (seen.add(fact)) {
            changed.add(fact);
        }
        if (fact instanceof OrderFact order) {
            for (CountedFact item : index.itemsOf(order)) {
                if (seen.add(item)) {
                    changed.add(item);
                }
            }
        }
    }

    private void standIn(CountedFact fact, Map<CountedFact, List<SellerEvent>> path) {
        List<SellerEvent> events = path.getOrDefault(fact, List.of());
        OrderFact order = fact instanceof OrderItemFact item ? item.getOrder()
                : fact instanceof MessageFact message ? message.getOrder() : null;
        OrderFact orderOnPath = order == null ? null : (OrderFact) inSession(order);
        CountedFact version = events.isEmpty() && orderOnPath == order ? fact
                : HistoryFolder.copyWith(fact, orderOnPath, events);
        if (version == fact) {
            standIns.remove(fact);
        } else {
            standIns.put(fact, version);
        }
        session.insert(version);
    }

    private CountedFact inSession(CountedFact fact) {
        return standIns.getOrDefault(fact, fact);
    }

    /**
     * Meets every deadline that arose on the path and has passed by the session's instant (due
     * after asOf, not met, not missed on purpose), and lets the rules judge again what that
     * changed, until none is left.
     */
    private void settle(Map<CountedFact, List<SellerEvent>> path, Set<Key> kept, Set<Key> missed,
                        Map<Key, Obligation> arisen, Instant until) {
        while (true) {
            Instant at = session.evaluatedAt();
            List<Obligation> due = session.obligations().stream()
                    .filter(o -> o.isOverdueAt(at) && !o.getDue().isBefore(asOf) && Keeping.keeps(o.getKind()))
                    .filter(o -> !kept.contains(Key.of(o)) && !missed.contains(Key.of(o)))
                    .sorted(DUE_ORDER).toList();
            if (due.isEmpty()) {
                return;
            }
            for (Obligation obligation : due) {
                meet(path, obligation, kept, until);
                arisen.put(Key.of(obligation), obligation);
            }
            apply(path);
            session.fire();
        }
    }

    /** Counts the figures of the path in the session at an instant. */
    private Run count(Instant at) {
        Moment moment = Moment.projected(at, session.classification());
        session.countAt(List.of(moment));
        counted.add(moment);
        return new Run(now, session.outcome(), moment);
    }
}
