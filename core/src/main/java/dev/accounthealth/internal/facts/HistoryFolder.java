package dev.accounthealth.internal.facts;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackResolved;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimInfoRequested;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FeedbackRemoved;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.PolicyViolationResolved;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.Conflict;
import dev.accounthealth.report.Orphan;
import dev.accounthealth.report.RefKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Folds a seller's raw events into one plain fact per order, feedback, claim, chargeback, return,
 * message and policy notice, applying the rules of the stream: events after the instant folded
 * at are left out, equal events count once, of two contradicting events the earliest is kept and both are
 * reported, and events about something never introduced are kept aside as orphans.
 *
 * <p>It classifies nothing: what is late, defective or dissatisfied is for the rules to decide.
 */
public final class HistoryFolder {
    private Instant latest;
    private final Map<String, OrderEvents> orders = new HashMap<>();
    private final Map<String, FeedbackEvents> feedback = new HashMap<>();
    private final Map<String, ClaimEvents> claims = new HashMap<>();
    private final Map<String, ChargebackEvents> chargebacks = new HashMap<>();
    private final Map<String, ReturnEvents> returns = new HashMap<>();
    private final Map<String, MessageEvents> messages = new HashMap<>();
    private final Map<String, ViolationEvents> violations = new HashMap<>();
    /**
     * For a copy made by {@link #copyUpTo}: the entries it shares with the folder it was copied
     * from are copied before an event is added to them, so the original never changes.
     */
    private final Set<Entry<?>> owned;

    /** An empty history. */
    public HistoryFolder() {
        this.owned = null;
    }

    private HistoryFolder(Set<Entry<?>> owned) {
        this.owned = owned;
    }

    /**
     * The events that had happened by an instant, as a folder of its own: events added to it later
     * (such as those a forecast assumes) leave this folder as it is. Events after the instant are
     * left out, so folding the copy as of a later instant sees only what happened by then and
     * what was added.
     */
    public HistoryFolder copyUpTo(Instant asOf) {
        HistoryFolder copy = new HistoryFolder(Collections.newSetFromMap(new IdentityHashMap<>()));
        copy.latest = latest == null || !latest.isAfter(asOf) ? latest : asOf;
        share(orders, copy.orders, asOf);
        share(feedback, copy.feedback, asOf);
        share(claims, copy.claims, asOf);
        share(chargebacks, copy.chargebacks, asOf);
        share(returns, copy.returns, asOf);
        share(messages, copy.messages, asOf);
        share(violations, copy.violations, asOf);
        return copy;
    }

    private static <T extends Entry<T>> void share(Map<String, T> from, Map<String, T> to, Instant asOf) {
        for (Map.Entry<String, T> entry : from.entrySet()) {
            to.put(entry.getKey(), entry.getValue().upTo(asOf));
        }
    }

    /** Takes one event into the history; an event equal to one already taken counts once. */
    public void add(SellerEvent event) {
        if (latest == null || event.at().isAfter(latest)) {
            latest = event.at();
        }
        if (event instanceof OrderPlaced e) {
            order(e, e.orderId()).placed.add(e);
        } else if (event instanceof OrderShipped e) {
            order(e, e.orderId()).shipped.add(e);
        } else if (event instanceof CarrierScanned e) {
            order(e, e.orderId()).scanned.add(e);
        } else if (event instanceof OrderDelivered e) {
            order(e, e.orderId()).delivered.add(e);
        } else if (event instanceof OrderCancelled e) {
            order(e, e.orderId()).cancelled.add(e);
        } else if (event instanceof InvoiceUploaded e) {
            order(e, e.orderId()).invoices.add(e);
        } else if (event instanceof FeedbackReceived e) {
            entry(feedback, e.feedbackId(), FeedbackEvents::new, e).received.add(e);
        } else if (event instanceof FeedbackRemoved e) {
            entry(feedback, e.feedbackId(), FeedbackEvents::new, e).removed.add(e);
        } else if (event instanceof ClaimFiled e) {
            entry(claims, e.claimId(), ClaimEvents::new, e).filed.add(e);
        } else if (event instanceof ClaimResolved e) {
            entry(claims, e.claimId(), ClaimEvents::new, e).resolved.add(e);
        } else if (event instanceof ClaimInfoRequested e) {
            entry(claims, e.claimId(), ClaimEvents::new, e).infoRequested.add(e);
        } else if (event instanceof ChargebackFiled e) {
            entry(chargebacks, e.chargebackId(), ChargebackEvents::new, e).filed.add(e);
        } else if (event instanceof ChargebackResolved e) {
            entry(chargebacks, e.chargebackId(), ChargebackEvents::new, e).resolved.add(e);
        } else if (event instanceof ReturnRequested e) {
            entry(returns, e.returnId(), ReturnEvents::new, e).requested.add(e);
        } else if (event instanceof ReturnAnswered e) {
            entry(returns, e.returnId(), ReturnEvents::new, e).answered.add(e);
        } else if (event instanceof ReturnRejectionOverturned e) {
            entry(returns, e.returnId(), ReturnEvents::new, e).overturned.add(e);
        } else if (event instanceof ReturnFeedbackReceived e) {
            entry(returns, e.returnId(), ReturnEvents::new, e).feedback.add(e);
        } else if (event instanceof BuyerMessageReceived e) {
            entry(messages, e.messageId(), MessageEvents::new, e).received.add(e);
        } else if (event instanceof BuyerMessageAnswered e) {
            entry(messages, e.messageId(), MessageEvents::new, e).answered.add(e);
        } else if (event instanceof PolicyViolationReported e) {
            entry(violations, e.violationId(), ViolationEvents::new, e).reported.add(e);
        } else if (event instanceof PolicyViolationResolved e) {
            entry(violations, e.violationId(), ViolationEvents::new, e).resolved.add(e);
        } else {
            throw new IllegalArgumentException("unsupported event type " + event.type());
        }
    }

    /** The instant of the latest event taken in, if any. */
    public java.util.Optional<Instant> latestEvent() {
        return java.util.Optional.ofNullable(latest);
    }

    /**
     * Builds the facts, orphans and conflicts of what had happened by an instant: later events
     * are left out, as if not yet received. The folder can fold again as of another instant.
     */
    public SellerHistory fold(Instant asOf) {
        Outcome out = new Outcome();
        Map<String, OrderFact> orderFacts = new HashMap<>();
        List<OrderFact> orderList = new ArrayList<>();
        for (String orderId : sorted(orders.keySet())) {
            OrderFact fact = orders.get(orderId).upTo(asOf).fold(orderId, out);
            if (fact != null) {
                orderFacts.put(orderId, fact);
                orderList.add(fact);
            }
        }
        List<FeedbackFact> feedbackList = foldEach(feedback, (id, e) -> e.upTo(asOf).fold(id, orderFacts, out));
        List<ClaimFact> claimList = foldEach(claims, (id, e) -> e.upTo(asOf).fold(id, orderFacts, out));
        List<ChargebackFact> chargebackList = foldEach(chargebacks,
                (id, e) -> e.upTo(asOf).fold(id, orderFacts, out));
        List<ReturnFact> returnList = foldEach(returns, (id, e) -> e.upTo(asOf).fold(id, orderFacts, out));
        List<MessageFact> messageList = foldEach(messages, (id, e) -> e.upTo(asOf).fold(id, orderFacts, out));
        List<ViolationFact> violationList = foldEach(violations, (id, e) -> e.upTo(asOf).fold(id, out));
        TreeSet<Marketplace> marketplaces = new TreeSet<>();
        orderList.forEach(o -> marketplaces.add(o.getMarketplace()));
        messageList.forEach(m -> marketplaces.add(m.getMarketplace()));
        violationList.forEach(v -> marketplaces.add(v.getMarketplace()));

        out.orphans.sort(Comparator.comparing(Orphan::event, EventSet.CANONICAL)
                .thenComparing(Orphan::refKind).thenComparing(Orphan::ref));
        out.conflicts.sort(Comparator.comparing(Conflict::kept, EventSet.CANONICAL)
                .thenComparing(Conflict::ignored, EventSet.CANONICAL));
        return new SellerHistory(new Evaluation(asOf), marketplaces, orderList, feedbackList, claimList,
                chargebackList, returnList, messageList, violationList, List.copyOf(out.orphans),
                List.copyOf(out.conflicts));
    }

    /** Folds each entry in id order, keeping the facts that are not orphaned. */
    private static <E, F> List<F> foldEach(Map<String, E> entries, BiFunction<String, E, F> fold) {
        List<F> facts = new ArrayList<>();
        for (String id : sorted(entries.keySet())) {
            F fact = fold.apply(id, entries.get(id));
            if (fact != null) {
                facts.add(fact);
            }
        }
        return facts;
    }

    private OrderEvents order(SellerEvent event, String orderId) {
        return entry(orders, orderId, OrderEvents::new, event);
    }

    private <T extends Entry<T>> T entry(Map<String, T> map, String id, Supplier<T> create, SellerEvent event) {
        T value = map.get(id);
        if (value == null) {
            value = create.get();
            map.put(id, value);
            if (owned != null) {
                owned.add(value);
            }
        } else if (owned != null && !owned.contains(value)) {
            value = value.copy();
            map.put(id, value);
            owned.add(value);
        }
        value.saw(event.at());
        return value;
    }

    private static List<String> sorted(Set<String> ids) {
        List<String> list = new ArrayList<>(ids);
        list.sort(null);
        return list;
    }

    private static final class Outcome {
        final List<Orphan> orphans = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();

        <E extends SellerEvent> E single(EventSet<E> events, String what) {
            E kept = events.earliest();
            for (E other : events.rest()) {
                conflicts.add(new Conflict(kept, other, "a second " + kept.type() + " for " + what
                        + "; the earliest counts"));
            }
            return kept;
        }

        void orphaned(RefKind kind, String ref, List<? extends EventSet<? extends SellerEvent>> groups) {
            for (EventSet<? extends SellerEvent> group : groups) {
                for (SellerEvent event : group.all()) {
                    orphans.add(new Orphan(event, kind, ref));
                }
            }
        }
    }

    /** The events about one thing, and the instant of the latest of them. */
    private abstract static class Entry<T extends Entry<T>> {
        private Instant latest;

        /**
         * A new entry with the events of this one at or before an instant; with {@code fresh}, its
         * sets of events are new too, so that adding to it leaves this entry as it is.
         */
        abstract T upTo(Instant asOf, boolean fresh);

        /** What had happened by an instant: this entry itself when nothing happened later. */
        @SuppressWarnings("unchecked")
        final T upTo(Instant asOf) {
            if (allBy(asOf)) {
                return (T) this;
            }
            T happened = upTo(asOf, false);
            happened.saw(asOf);
            return happened;
        }

        /** A new entry with the same events, to change without changing this one. */
        final T copy() {
            T copy = upTo(latest == null ? Instant.MAX : latest, true);
            copy.saw(latest);
            return copy;
        }

        final void saw(Instant at) {
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }

        /** Whether nothing about this thing happened after an instant: it folds as it stands. */
        final boolean allBy(Instant asOf) {
            return latest == null || !latest.isAfter(asOf);
        }
    }

    private static <T> T valueOr(SellerEvent event, Function<SellerEvent, T> get) {
        return event == null ? null : get.apply(event);
    }

    private static final class OrderEvents extends Entry<OrderEvents> {
        EventSet<OrderPlaced> placed = new EventSet<>();
        EventSet<OrderShipped> shipped = new EventSet<>();
        EventSet<CarrierScanned> scanned = new EventSet<>();
        EventSet<OrderDelivered> delivered = new EventSet<>();
        EventSet<OrderCancelled> cancelled = new EventSet<>();
        EventSet<InvoiceUploaded> invoices = new EventSet<>();

        @Override
        OrderEvents upTo(Instant asOf, boolean fresh) {
            OrderEvents happened = new OrderEvents();
            happened.placed = placed.upTo(asOf, fresh);
            happened.shipped = shipped.upTo(asOf, fresh);
            happened.scanned = scanned.upTo(asOf, fresh);
            happened.delivered = delivered.upTo(asOf, fresh);
            happened.cancelled = cancelled.upTo(asOf, fresh);
            happened.invoices = invoices.upTo(asOf, fresh);
            return happened;
        }

        OrderFact fold(String orderId, Outcome out) {
            if (placed.isEmpty()) {
                out.orphaned(RefKind.ORDER, orderId, List.of(shipped, scanned, delivered, cancelled, invoices));
                return null;
            }
            String what = "order " + orderId;
            OrderPlaced p = out.single(placed, what);
            OrderFact fact = new OrderFact(orderId, p.marketplace(), p.channel(), p.at(),
                    p.latestShipAt().orElse(null), p.latestDeliveryAt().orElse(null), p.businessOrder(), p.skus(),
                    p.orderTotal().orElse(null));
            OrderShipped ship = shipped.isEmpty() ? null : out.single(shipped, what);
            OrderCancelled cancel = cancelled.isEmpty() ? null : out.single(cancelled, what);
            if (ship != null && cancel != null) {
                if (cancel.at().isBefore(ship.at())) {
                    out.conflicts.add(new Conflict(cancel, ship, what + " was cancelled before shipment,"
                            + " then confirmed shipped; the cancellation counts"));
                    ship = null;
                } else {
                    out.conflicts.add(new Conflict(ship, cancel, what + " was confirmed shipped,"
                            + " then cancelled before shipment; the shipment counts"));
                    cancel = null;
                }
            }
            if (ship != null) {
                fact.shippedAt = ship.at();
                fact.carrier = ship.carrier().orElse(null);
                fact.trackingId = ship.trackingId().orElse(null);
                fact.shipFrom = ship.shipFrom().orElse(null);
            }
            if (cancel != null) {
                fact.cancelledAt = cancel.at();
                fact.cancelledBy = cancel.by();
                fact.cancelReason = cancel.reason().orElse(null);
            }
            fact.firstScanAt = valueOr(scanned.earliest(), SellerEvent::at);
            fact.deliveredAt = valueOr(delivered.isEmpty() ? null : out.single(delivered, what), SellerEvent::at);
            fact.invoiceUploadedAt = valueOr(invoices.earliest(), SellerEvent::at);
            return fact;
        }
    }

    private static final class FeedbackEvents extends Entry<FeedbackEvents> {
        EventSet<FeedbackReceived> received = new EventSet<>();
        EventSet<FeedbackRemoved> removed = new EventSet<>();

        @Override
        FeedbackEvents upTo(Instant asOf, boolean fresh) {
            FeedbackEvents happened = new FeedbackEvents();
            happened.received = received.upTo(asOf, fresh);
            happened.removed = removed.upTo(asOf, fresh);
            return happened;
        }

        FeedbackFact fold(String id, Map<String, OrderFact> orders, Outcome out) {
            if (received.isEmpty()) {
                out.orphaned(RefKind.FEEDBACK, id, List.of(removed));
                return null;
            }
            String what = "feedback " + id;
            FeedbackReceived r = out.single(received, what);
            OrderFact order = orders.get(r.orderId());
            if (order == null) {
                out.orphaned(RefKind.ORDER, r.orderId(), List.of(received));
                return null;
            }
            FeedbackFact fact = new FeedbackFact(id, order, r.at(), r.rating(), r.comment().orElse(null));
            if (!removed.isEmpty()) {
                FeedbackRemoved removal = out.single(removed, what);
                fact.removedAt = removal.at();
                fact.removal = removal.how();
            }
            return fact;
        }
    }

    private static final class ClaimEvents extends Entry<ClaimEvents> {
        EventSet<ClaimFiled> filed = new EventSet<>();
        EventSet<ClaimResolved> resolved = new EventSet<>();
        EventSet<ClaimInfoRequested> infoRequested = new EventSet<>();

        @Override
        ClaimEvents upTo(Instant asOf, boolean fresh) {
            ClaimEvents happened = new ClaimEvents();
            happened.filed = filed.upTo(asOf, fresh);
            happened.resolved = resolved.upTo(asOf, fresh);
            happened.infoRequested = infoRequested.upTo(asOf, fresh);
            return happened;
        }

        ClaimFact fold(String id, Map<String, OrderFact> orders, Outcome out) {
            if (filed.isEmpty()) {
                out.orphaned(RefKind.CLAIM, id, List.of(resolved, infoRequested));
                return null;
            }
            String what = "claim " + id;
            ClaimFiled f = out.single(filed, what);
            OrderFact order = orders.get(f.orderId());
            if (order == null) {
                out.orphaned(RefKind.ORDER, f.orderId(), List.of(filed));
                return null;
            }
            ClaimFact fact = new ClaimFact(id, order, f.at(), f.reason().orElse(null), f.amount().orElse(null),
                    f.buyShippingOnTime());
            if (!resolved.isEmpty()) {
                ClaimResolved r = out.single(resolved, what);
                fact.outcome = r.outcome();
                fact.resolvedAt = r.at();
            }
            fact.infoRequestedAt = infoRequested.all().stream().map(SellerEvent::at).toList();
            return fact;
        }
    }

    private static final class ChargebackEvents extends Entry<ChargebackEvents> {
        EventSet<ChargebackFiled> filed = new EventSet<>();
        EventSet<ChargebackResolved> resolved = new EventSet<>();

        @Override
        ChargebackEvents upTo(Instant asOf, boolean fresh) {
            ChargebackEvents happened = new ChargebackEvents();
            happened.filed = filed.upTo(asOf, fresh);
            happened.resolved = resolved.upTo(asOf, fresh);
            return happened;
        }

        ChargebackFact fold(String id, Map<String, OrderFact> orders, Outcome out) {
            if (filed.isEmpty()) {
                out.orphaned(RefKind.CHARGEBACK, id, List.of(resolved));
                return null;
            }
            String what = "chargeback " + id;
            ChargebackFiled f = out.single(filed, what);
            OrderFact order = orders.get(f.orderId());
            if (order == null) {
                out.orphaned(RefKind.ORDER, f.orderId(), List.of(filed));
                return null;
            }
            ChargebackFact fact = new ChargebackFact(id, order, f.at(), f.kind());
            if (!resolved.isEmpty()) {
                ChargebackResolved r = out.single(resolved, what);
                fact.outcome = r.outcome();
                fact.resolvedAt = r.at();
            }
            return fact;
        }
    }

    private static final class ReturnEvents extends Entry<ReturnEvents> {
        EventSet<ReturnRequested> requested = new EventSet<>();
        EventSet<ReturnAnswered> answered = new EventSet<>();
        EventSet<ReturnRejectionOverturned> overturned = new EventSet<>();
        EventSet<ReturnFeedbackReceived> feedback = new EventSet<>();

        @Override
        ReturnEvents upTo(Instant asOf, boolean fresh) {
            ReturnEvents happened = new ReturnEvents();
            happened.requested = requested.upTo(asOf, fresh);
            happened.answered = answered.upTo(asOf, fresh);
            happened.overturned = overturned.upTo(asOf, fresh);
            happened.feedback = feedback.upTo(asOf, fresh);
            return happened;
        }

        ReturnFact fold(String id, Map<String, OrderFact> orders, Outcome out) {
            if (requested.isEmpty()) {
                out.orphaned(RefKind.RETURN, id, List.of(answered, overturned, feedback));
                return null;
            }
            String what = "return " + id;
            ReturnRequested r = out.single(requested, what);
            OrderFact order = orders.get(r.orderId());
            if (order == null) {
                out.orphaned(RefKind.ORDER, r.orderId(), List.of(requested));
                return null;
            }
            ReturnFact fact = new ReturnFact(id, order, r.at(), r.reason().orElse(null), r.inPolicy());
            fact.firstAnsweredAt = valueOr(answered.earliest(), SellerEvent::at);
            EnumSet<ReturnDecision> decisions = EnumSet.noneOf(ReturnDecision.class);
            answered.all().forEach(a -> decisions.add(a.decision()));
            fact.decisions = Set.copyOf(decisions);
            fact.rejectionOverturnedAt = valueOr(overturned.earliest(), SellerEvent::at);
            if (!feedback.isEmpty()) {
                fact.negativeFeedback = out.single(feedback, what).negative();
            }
            return fact;
        }
    }

    private static final class MessageEvents extends Entry<MessageEvents> {
        EventSet<BuyerMessageReceived> received = new EventSet<>();
        EventSet<BuyerMessageAnswered> answered = new EventSet<>();

        @Override
        MessageEvents upTo(Instant asOf, boolean fresh) {
            MessageEvents happened = new MessageEvents();
            happened.received = received.upTo(asOf, fresh);
            happened.answered = answered.upTo(asOf, fresh);
            return happened;
        }

        MessageFact fold(String id, Map<String, OrderFact> orders, Outcome out) {
            if (received.isEmpty()) {
                out.orphaned(RefKind.MESSAGE, id, List.of(answered));
                return null;
            }
            BuyerMessageReceived r = out.single(received, "message " + id);
            OrderFact order = r.orderId().map(orders::get).orElse(null);
            if (r.orderId().isPresent() && order == null) {
                out.orphaned(RefKind.ORDER, r.orderId().get(), List.of(received));
            }
            Marketplace marketplace = order != null ? order.getMarketplace() : r.marketplace().orElse(null);
            if (marketplace == null) {
                return null;
            }
            MessageFact fact = new MessageFact(id, order, r.orderId().orElse(null), marketplace, r.at(),
                    r.noResponseNeeded());
            fact.answeredAt = valueOr(answered.earliest(), SellerEvent::at);
            return fact;
        }
    }

    private static final class ViolationEvents extends Entry<ViolationEvents> {
        EventSet<PolicyViolationReported> reported = new EventSet<>();
        EventSet<PolicyViolationResolved> resolved = new EventSet<>();

        @Override
        ViolationEvents upTo(Instant asOf, boolean fresh) {
            ViolationEvents happened = new ViolationEvents();
            happened.reported = reported.upTo(asOf, fresh);
            happened.resolved = resolved.upTo(asOf, fresh);
            return happened;
        }

        ViolationFact fold(String id, Outcome out) {
            if (reported.isEmpty()) {
                out.orphaned(RefKind.VIOLATION, id, List.of(resolved));
                return null;
            }
            PolicyViolationReported r = out.single(reported, "policy notice " + id);
            ViolationFact fact = new ViolationFact(id, r.marketplace(), r.category(), r.severity(),
                    r.asin().orElse(null), r.at());
            fact.resolvedAt = valueOr(resolved.earliest(), SellerEvent::at);
            return fact;
        }
    }
}
