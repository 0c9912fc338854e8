package dev.accounthealth.internal.forecast;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.OrderFact;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.Obligation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
 * Each path is a history: the events up to {@code asOf} and the events assumed on the path,
 * folded as of the later instant and judged by the same rules. Deadlines already overdue at
 * {@code asOf} stay missed on both paths.
 */
public final class Forecast {

    /** One run of the rules along a path, as of a later instant. */
    public record Run(SellerHistory history, RuleOutcome outcome) {
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
    private HistoryFolder rollOffPath;
    private final Set<Key> keptOnPath = new HashSet<>();
    /** The deadlines that arose on the roll-off path, such as invoices, and how they were met. */
    private final Map<Key, Obligation> arisenOnPath = new TreeMap<>(Comparator.comparing(Key::kind)
            .thenComparing(Key::ref));

    /**
     * @param now the history as of {@code asOf}
     * @param obligations the open deadlines the rules found as of {@code asOf}
     */
    public Forecast(CompiledRules rules, HistoryFolder folder, SellerHistory now, List<Obligation> obligations) {
        this(rules, folder, now, obligations, List.of());
    }

    /**
     * @param given facts every run sees beside the history, as the evaluation's own runs do
     *     (what the inputs cannot measure)
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
     * The roll-off path as of a later instant. The deadlines that arise on the way are found as
     * the path is run, so asking for the latest instant first saves runs at the earlier ones.
     */
    public Run rollOffPathAt(Instant at) {
        if (rollOffPath == null) {
            rollOffPath = start(Set.of(), keptOnPath);
        }
        return settle(rollOffPath, keptOnPath, Set.of(), at, arisenOnPath);
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
        HistoryFolder path = start(missed, kept);
        arisenOnPath.forEach((key, obligation) -> {
            if (!missed.contains(key)) {
                meet(path, obligation, kept);
            }
        });
        return settle(path, kept, missed, batch.missedAt(), new HashMap<>());
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

    /** The events up to asOf, the parcels on their way and every pending deadline met but the missed ones. */
    private HistoryFolder start(Set<Key> missed, Set<Key> kept) {
        HistoryFolder path = folder.copyUpTo(asOf);
        onTheirWay.forEach(path::add);
        for (Obligation obligation : pending) {
            if (!missed.contains(Key.of(obligation))) {
                meet(path, obligation, kept);
            }
        }
        return path;
    }

    private void meet(HistoryFolder path, Obligation obligation, Set<Key> kept) {
        Keeping.meeting(obligation, Optional.ofNullable(obligation.getOrderId()).map(orders::get)).forEach(path::add);
        kept.add(Key.of(obligation));
    }

    /**
     * Runs the rules over the path as of an instant; a deadline that arose on the path and has
     * passed by then (due after asOf, not met, not missed on purpose) is met and the run repeated.
     */
    private Run settle(HistoryFolder path, Set<Key> kept, Set<Key> missed, Instant at, Map<Key, Obligation> arisen) {
        while (true) {
            SellerHistory seen = path.fold(at);
            RuleOutcome outcome = rules.run(seen, given);
            List<Obligation> due = outcome.obligations().stream()
                    .filter(o -> o.isOverdue() && !o.getDue().isBefore(asOf) && Keeping.keeps(o.getKind()))
                    .filter(o -> !kept.contains(Key.of(o)) && !missed.contains(Key.of(o)))
                    .sorted(DUE_ORDER).toList();
            if (due.isEmpty()) {
                return new Run(seen, outcome);
            }
            for (Obligation obligation : due) {
                meet(path, obligation, kept);
                arisen.put(Key.of(obligation), obligation);
            }
        }
    }
}
