package dev.accounthealth.internal.forecast;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.CountedFact;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.OrderFact;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.Moment;
import dev.accounthealth.internal.measure.Obligation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 */
public final class Forecast {

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

    private final CompiledRules rules;
    private final HistoryFolder folder;
    private final Instant asOf;
    private final List<?> given;
    private final Map<String, OrderFact> orders = new HashMap<>();
    private final List<Obligation> pending;
    private final List<SellerEvent> onTheirWay = new ArrayList<>();
    /** The deadlines that arose on the roll-off path, such as invoices, and how they were met. */
    private final Map<Key, Obligation> arisenOnPath = new TreeMap<>(Comparator.comparing(Key::kind)
            .thenComparing(Key::ref));

    /**
     * @param folder the events up to {@code asOf} (at least)
     * @param now the history as of {@code asOf}
     * @param obligations the open deadlines the rules found as of {@code asOf}
     * @param given facts every run sees beside the history, as the evaluation's own does (what the
     *     inputs cannot measure)
     */
    public Forecast(CompiledRules rules, HistoryFolder folder, SellerHistory now, List<Obligation> obligations,
                    List<?> given) {
        this.rules = rules;
        this.given = List.copyOf(given);
        this.folder = folder;
        this.asOf = now.evaluation().getAsOf();
        for (OrderFact order : now.orders()) {
            orders.put(order.getOrderId(), order);
            onTheirWay.addAll(Keeping.onItsWay(order, asOf));
        }
        this.pending = obligations.stream().filter(o -> !o.isOverdue() && Keeping.keeps(o.getKind()))
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
        Set<Key> kept = new HashSet<>();
        HistoryFolder path = start(Set.of(), kept, latestFirst.first());
        SellerHistory seen = path.history(latestFirst.first());
        try (RuleSession session = rules.open(seen, given)) {
            for (Instant at : latestFirst) {
                if (!at.equals(latestFirst.first())) {
                    session.evaluateAt(at);
                    session.fire();
                }
                settle(session, path, kept, Set.of(), arisenOnPath);
                Moment moment = Moment.projected(at, session.classification());
                session.countAt(List.of(moment));
                runs.put(at, new Run(seen, session.outcome(), moment));
            }
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
        Set<Key> kept = new HashSet<>();
        Instant at = batch.missedAt();
        HistoryFolder path = start(missed, kept, at);
        arisenOnPath.forEach((key, obligation) -> {
            if (!missed.contains(key)) {
                meet(path, obligation, kept);
            }
        });
        SellerHistory seen = path.history(at);
        try (RuleSession session = rules.open(seen, given)) {
            settle(session, path, kept, missed, new HashMap<>());
            Moment moment = Moment.projected(at, session.classification());
            session.countAt(List.of(moment));
            return new Run(seen, session.outcome(), moment);
        }
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

    /**
     * The events up to asOf, the parcels on their way and every pending deadline met but the
     * missed ones, leaving out what comes after {@code until}.
     */
    private HistoryFolder start(Set<Key> missed, Set<Key> kept, Instant until) {
        HistoryFolder path = folder.copyUpTo(asOf, until);
        onTheirWay.forEach(path::add);
        for (Obligation obligation : pending) {
            if (!missed.contains(Key.of(obligation))) {
                meet(path, obligation, kept);
            }
        }
        return path;
    }

    /** Adds the events that meet an obligation; returns the facts they changed. */
    private List<CountedFact> meet(HistoryFolder path, Obligation obligation, Set<Key> kept) {
        List<CountedFact> changed = new ArrayList<>();
        for (SellerEvent event : Keeping.meeting(obligation,
                Optional.ofNullable(obligation.getOrderId()).map(orders::get))) {
            CountedFact fact = path.add(event);
            if (fact != null) {
                changed.add(fact);
            }
        }
        kept.add(Key.of(obligation));
        return changed;
    }

    /**
     * Meets every deadline that arose on the path and has passed by the session's instant (due
     * after asOf, not met, not missed on purpose), and lets the rules judge again what that
     * changed, until none is left.
     */
    private void settle(RuleSession session, HistoryFolder path, Set<Key> kept, Set<Key> missed,
                        Map<Key, Obligation> arisen) {
        while (true) {
            List<Obligation> due = session.outcome().obligations().stream()
                    .filter(o -> o.isOverdue() && !o.getDue().isBefore(asOf) && Keeping.keeps(o.getKind()))
                    .filter(o -> !kept.contains(Key.of(o)) && !missed.contains(Key.of(o)))
                    .sorted(DUE_ORDER).toList();
            if (due.isEmpty()) {
                return;
            }
            for (Obligation obligation : due) {
                meet(path, obligation, kept).forEach(session::changed);
                arisen.put(Key.of(obligation), obligation);
            }
            session.fire();
        }
    }
}
