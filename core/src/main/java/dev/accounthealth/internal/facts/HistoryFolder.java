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
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.Conflict;
import dev.accounthealth.report.Orphan;
import dev.accounthealth.report.RefKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Folds a seller's raw events, one at a time, into one fact per order, feedback, claim,
 * chargeback, return, message and policy notice, updated in place. The rules of the stream apply
 * as each event arrives: an event after the instant folded at is left out, an event equal to one
 * already taken counts once, of two contradicting events the earliest is kept (the other is set
 * aside, to be reported), and events about something never introduced wait as orphans.
 *
 * <p>It classifies nothing: what is late, defective or dissatisfied is for the rules to decide.
 */
public final class HistoryFolder {
    /** Earliest instant first; ties broken by type and content, so the choice never depends on arrival order. */
    static final Comparator<SellerEvent> CANONICAL = Comparator.comparing(SellerEvent::at)
            .thenComparing(SellerEvent::type)
            .thenComparing(Object::toString);

    private final Instant until;
    private Instant latest;
    private final Map<String, OrderFact> orders = new HashMap<>();
    private final Map<String, FeedbackFact> feedback = new HashMap<>();
    private final Map<String, ClaimFact> claims = new HashMap<>();
    private final Map<String, ChargebackFact> chargebacks = new HashMap<>();
    private final Map<String, ReturnFact> returns = new HashMap<>();
    private final Map<String, MessageFact> messages = new HashMap<>();
    private final Map<String, ViolationFact> violations = new HashMap<>();
    /** The fact the event being taken set an event aside on, if any. */
    private CountedFact setAsideOn;

    /** A folder that takes every event in. */
    public HistoryFolder() {
        this(null);
    }

    /** A folder that leaves out events after an instant, as not yet received then. */
    public HistoryFolder(Instant until) {
        this.until = until;
    }

    /**
     * Takes one event into the history.
     *
     * @return the fact the event changed, in what the rules see or in what it set aside for the
     *     report (a contradicting copy); {@code null} when it changed nothing: the event repeats
     *     one already taken or came after the instant folded at
     */
    public CountedFact add(SellerEvent event) {
        setAsideOn = null;
        CountedFact changed = take(event);
        return changed != null ? changed : setAsideOn;
    }

    /** The fact whose data the rules see an event changed, or {@code null}. */
    private CountedFact take(SellerEvent event) {
        if (until != null && event.at().isAfter(until)) {
            return null;
        }
        if (latest == null || event.at().isAfter(latest)) {
            latest = event.at();
        }
        if (event instanceof OrderPlaced e) {
            OrderFact o = order(e.orderId());
            if (earliest(o, o.placed, e) == o.placed) {
                return null;
            }
            o.placed(e);
            return o;
        } else if (event instanceof OrderShipped e) {
            OrderFact o = order(e.orderId());
            if (earliest(o, o.shipment, e) == o.shipment) {
                return null;
            }
            o.shipment(e);
            return o;
        } else if (event instanceof CarrierScanned e) {
            OrderFact o = order(e.orderId());
            if (earliest(o, o.firstScan, e) == o.firstScan) {
                return null;
            }
            o.firstScan(e);
            return o;
        } else if (event instanceof OrderDelivered e) {
            OrderFact o = order(e.orderId());
            if (earliest(o, o.delivery, e) == o.delivery) {
                return null;
            }
            o.delivery(e);
            return o;
        } else if (event instanceof OrderCancelled e) {
            OrderFact o = order(e.orderId());
            if (earliest(o, o.cancellation, e) == o.cancellation) {
                return null;
            }
            o.cancellation(e);
            return o;
        } else if (event instanceof InvoiceUploaded e) {
            OrderFact o = order(e.orderId());
            if (earliest(o, o.firstInvoice, e) == o.firstInvoice) {
                return null;
            }
            o.firstInvoice(e);
            return o;
        } else if (event instanceof FeedbackReceived e) {
            FeedbackFact f = feedback.computeIfAbsent(e.feedbackId(), FeedbackFact::new);
            if (earliest(f, f.received, e) == f.received) {
                return null;
            }
            f.received = e;
            return f;
        } else if (event instanceof FeedbackRemoved e) {
            FeedbackFact f = feedback.computeIfAbsent(e.feedbackId(), FeedbackFact::new);
            if (earliest(f, f.removal, e) == f.removal) {
                return null;
            }
            f.removal = e;
            return f;
        } else if (event instanceof ClaimFiled e) {
            ClaimFact c = claims.computeIfAbsent(e.claimId(), ClaimFact::new);
            if (earliest(c, c.filed, e) == c.filed) {
                return null;
            }
            c.filed = e;
            return c;
        } else if (event instanceof ClaimResolved e) {
            ClaimFact c = claims.computeIfAbsent(e.claimId(), ClaimFact::new);
            if (earliest(c, c.resolution, e) == c.resolution) {
                return null;
            }
            c.resolution = e;
            return c;
        } else if (event instanceof ClaimInfoRequested e) {
            ClaimFact c = claims.computeIfAbsent(e.claimId(), ClaimFact::new);
            if (c.infoRequests.contains(e)) {
                return null;
            }
            c.infoRequests.add(e);
            return c;
        } else if (event instanceof ChargebackFiled e) {
            ChargebackFact c = chargebacks.computeIfAbsent(e.chargebackId(), ChargebackFact::new);
            if (earliest(c, c.filed, e) == c.filed) {
                return null;
            }
            c.filed = e;
            return c;
        } else if (event instanceof ChargebackResolved e) {
            ChargebackFact c = chargebacks.computeIfAbsent(e.chargebackId(), ChargebackFact::new);
            if (earliest(c, c.resolution, e) == c.resolution) {
                return null;
            }
            c.resolution = e;
            return c;
        } else if (event instanceof ReturnRequested e) {
            ReturnFact r = returns.computeIfAbsent(e.returnId(), ReturnFact::new);
            if (earliest(r, r.requested, e) == r.requested) {
                return null;
            }
            r.requested = e;
            return r;
        } else if (event instanceof ReturnAnswered e) {
            ReturnFact r = returns.computeIfAbsent(e.returnId(), ReturnFact::new);
            boolean newDecision = r.decisions.add(e.decision());
            if (earliest(r, r.firstAnswer, e) == r.firstAnswer) {
                return newDecision ? r : null;
            }
            r.firstAnswer = e;
            return r;
        } else if (event instanceof ReturnRejectionOverturned e) {
            ReturnFact r = returns.computeIfAbsent(e.returnId(), ReturnFact::new);
            if (earliest(r, r.overturn, e) == r.overturn) {
                return null;
            }
            r.overturn = e;
            return r;
        } else if (event instanceof ReturnFeedbackReceived e) {
            ReturnFact r = returns.computeIfAbsent(e.returnId(), ReturnFact::new);
            if (earliest(r, r.rating, e) == r.rating) {
                return null;
            }
            r.rating = e;
            return r;
        } else if (event instanceof BuyerMessageReceived e) {
            MessageFact m = messages.computeIfAbsent(e.messageId(), MessageFact::new);
            if (earliest(m, m.received, e) == m.received) {
                return null;
            }
            m.received = e;
            return m;
        } else if (event instanceof BuyerMessageAnswered e) {
            MessageFact m = messages.computeIfAbsent(e.messageId(), MessageFact::new);
            if (earliest(m, m.firstAnswer, e) == m.firstAnswer) {
                return null;
            }
            m.firstAnswer = e;
            return m;
        } else if (event instanceof PolicyViolationReported e) {
            ViolationFact v = violations.computeIfAbsent(e.violationId(), ViolationFact::new);
            if (earliest(v, v.reported, e) == v.reported) {
                return null;
            }
            v.reported = e;
            return v;
        } else if (event instanceof PolicyViolationResolved e) {
            ViolationFact v = violations.computeIfAbsent(e.violationId(), ViolationFact::new);
            if (earliest(v, v.firstResolution, e) == v.firstResolution) {
                return null;
            }
            v.firstResolution = e;
            return v;
        }
        throw new IllegalArgumentException("unsupported event type " + event.type());
    }

    private OrderFact order(String orderId) {
        OrderFact order = orders.get(orderId);
        if (order == null) {
            order = new OrderFact(orderId);
            orders.put(orderId, order);
        }
        return order;
    }

    /**
     * Which of the events of one kind about one fact to keep: the earliest. A later distinct one is
     * set aside; a repeat is dropped. Returns {@code event} when it is now the one to keep,
     * {@code kept} otherwise.
     */
    private SellerEvent earliest(CountedFact fact, SellerEvent kept, SellerEvent event) {
        if (kept == null) {
            return event;
        }
        if (kept.equals(event) || fact.setAside(event)) {
            return kept;
        }
        setAsideOn = fact;
        if (CANONICAL.compare(event, kept) < 0) {
            fact.setAsideNew(kept);
            return event;
        }
        fact.setAsideNew(event);
        return kept;
    }

    /**
     * A copy of one fact of a history with more events taken in, as a folder takes them, the
     * fact itself left as it is: a forecast follows its paths on copies, since the report is
     * built from the history's own facts and a live session keeps them. The copy of an item of an
     * order (feedback, claim, chargeback, return, message) belongs to {@code order}, the order's
     * own version on the same path.
     *
     * @param order the order the copy of an item belongs to; ignored for an order
     * @param events events about that fact only
     * @throws IllegalArgumentException for an event about another fact, or a policy notice
     */
    public static CountedFact copyWith(CountedFact fact, OrderFact order, List<SellerEvent> events) {
        HistoryFolder folder = new HistoryFolder();
        CountedFact copy;
        if (fact instanceof OrderFact o) {
            OrderFact c = new OrderFact(o);
            folder.orders.put(c.getOrderId(), c);
            copy = c;
        } else if (fact instanceof FeedbackFact f) {
            copy = put(folder.feedback, f.getItemId(), new FeedbackFact(f, order));
        } else if (fact instanceof ClaimFact c) {
            copy = put(folder.claims, c.getItemId(), new ClaimFact(c, order));
        } else if (fact instanceof ChargebackFact c) {
            copy = put(folder.chargebacks, c.getItemId(), new ChargebackFact(c, order));
        } else if (fact instanceof ReturnFact r) {
            copy = put(folder.returns, r.getItemId(), new ReturnFact(r, order));
        } else if (fact instanceof MessageFact m) {
            copy = put(folder.messages, m.getMessageId(), new MessageFact(m, order));
        } else {
            throw new IllegalArgumentException("no copy of " + fact + " is needed on a path");
        }
        for (SellerEvent event : events) {
            CountedFact changed = folder.add(event);
            if (changed != null && changed != copy) {
                throw new IllegalArgumentException(event + " is not about " + fact);
            }
        }
        return copy;
    }

    private static <F extends CountedFact> F put(Map<String, F> facts, String id, F fact) {
        facts.put(id, fact);
        return fact;
    }

    /** The instant of the latest event taken in, if any. */
    public Optional<Instant> latestEvent() {
        return Optional.ofNullable(latest);
    }

    /**
     * The facts the rules see, as of an instant no earlier than every event taken in, with the
     * orphans and conflicts of what could not be used as given. Facts are linked to their orders
     * here; the folder can go on taking events and be read again.
     *
     * @throws IllegalArgumentException when an event taken in is after {@code asOf}
     */
    public SellerHistory history(Instant asOf) {
        checkAsOf(asOf);
        Outcome out = new Outcome();
        List<OrderFact> orderList = linked(orders.values(), out);
        List<FeedbackFact> feedbackList = linked(feedback.values(), out);
        List<ClaimFact> claimList = linked(claims.values(), out);
        List<ChargebackFact> chargebackList = linked(chargebacks.values(), out);
        List<ReturnFact> returnList = linked(returns.values(), out);
        List<MessageFact> messageList = linked(messages.values(), out);
        List<ViolationFact> violationList = linked(violations.values(), out);
        EnumSet<Marketplace> present = EnumSet.noneOf(Marketplace.class);
        for (List<? extends CountedFact> facts : List.of(orderList, messageList, violationList)) {
            facts.forEach(fact -> present.add(presentIn(fact)));
        }
        out.orphans.sort(ORPHANS);
        out.conflicts.sort(CONFLICTS);
        return new SellerHistory(new Evaluation(asOf), new TreeSet<>(present), orderList, feedbackList, claimList,
                chargebackList, returnList, messageList, violationList, List.copyOf(out.orphans),
                List.copyOf(out.conflicts));
    }

    /** The order orphans are reported in. */
    static final Comparator<Orphan> ORPHANS = Comparator.comparing(Orphan::event, CANONICAL)
            .thenComparing(Orphan::refKind).thenComparing(Orphan::ref);
    /** The order conflicts are reported in; the reason last, so two about the same events keep one order. */
    static final Comparator<Conflict> CONFLICTS = Comparator.comparing(Conflict::kept, CANONICAL)
            .thenComparing(Conflict::ignored, CANONICAL).thenComparing(Conflict::reason);

    /**
     * Checks that no event taken in is after an instant, before reading the history as of it.
     *
     * @throws IllegalArgumentException when one is
     */
    public void checkAsOf(Instant asOf) {
        if (latest != null && latest.isAfter(asOf)) {
            throw new IllegalArgumentException("events up to " + latest + " were taken in; fold as of " + asOf
                    + " with new HistoryFolder(asOf)");
        }
    }

    private <F extends CountedFact> List<F> linked(Collection<F> all, Outcome out) {
        List<F> facts = new ArrayList<>(all.size());
        for (F fact : all) {
            if (link(fact, out)) {
                facts.add(fact);
            }
        }
        return facts;
    }

    /** Every fact the folder holds, whether the rules see it or not. */
    List<CountedFact> facts() {
        List<CountedFact> all = new ArrayList<>(orders.size() + feedback.size() + claims.size() + chargebacks.size()
                + returns.size() + messages.size() + violations.size());
        all.addAll(orders.values());
        all.addAll(feedback.values());
        all.addAll(claims.values());
        all.addAll(chargebacks.values());
        all.addAll(returns.values());
        all.addAll(messages.values());
        all.addAll(violations.values());
        return all;
    }

    /**
     * Whether the rules see a fact, linking an item or a message to its order; what could not be
     * used as given goes to {@code out}. It reads only the fact and the order it names.
     */
    boolean link(CountedFact fact, Outcome out) {
        if (fact instanceof OrderFact o) {
            return linkOrder(o, out);
        } else if (fact instanceof FeedbackFact f) {
            return linkItem(f, RefKind.FEEDBACK, FeedbackReceived.class, f.received, FeedbackRemoved.class, out);
        } else if (fact instanceof ClaimFact c) {
            return linkItem(c, RefKind.CLAIM, ClaimFiled.class, c.filed, ClaimResolved.class, out);
        } else if (fact instanceof ChargebackFact c) {
            return linkItem(c, RefKind.CHARGEBACK, ChargebackFiled.class, c.filed, ChargebackResolved.class, out);
        } else if (fact instanceof ReturnFact r) {
            return linkItem(r, RefKind.RETURN, ReturnRequested.class, r.requested, ReturnFeedbackReceived.class, out);
        } else if (fact instanceof MessageFact m) {
            return linkMessage(m, out);
        }
        ViolationFact violation = (ViolationFact) fact;
        if (violation.reported == null) {
            out.orphaned(RefKind.VIOLATION, violation.getViolationId(), violation);
            return false;
        }
        out.conflicts(violation, violation.reported, PolicyViolationReported.class,
                "policy notice " + violation.getViolationId());
        return true;
    }

    /**
     * The marketplace a fact of the history shows the seller selling in: an order's, a message's
     * (its order's, or the one it names), a policy notice's; {@code null} for the items of an order.
     */
    static Marketplace presentIn(CountedFact fact) {
        return fact instanceof OrderFact || fact instanceof MessageFact || fact instanceof ViolationFact
                ? fact.getMarketplace() : null;
    }

    /** The order a fact names, by which it is linked: {@code null} for an order, a notice, or before it is introduced. */
    static String orderNamedBy(CountedFact fact) {
        if (fact instanceof OrderItemFact item) {
            return item.introducingOrderId();
        } else if (fact instanceof MessageFact message) {
            return message.received == null ? null : message.received.orderId().orElse(null);
        }
        return null;
    }

    /** Whether an order is known; its conflicts, or its events as orphans when it is not. */
    private static boolean linkOrder(OrderFact order, Outcome out) {
        if (!order.isPlaced()) {
            out.orphaned(RefKind.ORDER, order.getOrderId(), order);
            return false;
        }
        if (order.others == null && (order.shipment == null || order.cancellation == null)) {
            return true;
        }
        String what = "order " + order.getOrderId();
        out.conflicts(order, order.placed, OrderPlaced.class, what);
        out.conflicts(order, order.shipment, OrderShipped.class, what);
        out.conflicts(order, order.cancellation, OrderCancelled.class, what);
        if (order.shipment != null && order.cancellation != null) {
            if (order.cancellationCounts()) {
                out.conflicts.add(new Conflict(order.cancellation, order.shipment, what
                        + " was cancelled before shipment, then confirmed shipped; the cancellation counts"));
            } else {
                out.conflicts.add(new Conflict(order.shipment, order.cancellation, what
                        + " was confirmed shipped, then cancelled before shipment; the shipment counts"));
            }
        }
        out.conflicts(order, order.delivery, OrderDelivered.class, what);
        return true;
    }

    /**
     * Whether an item of an order is a fact: introduced and with a known order. An item never
     * introduced has its events orphaned under its own id; one about an unknown order has its
     * introduction orphaned under the order's id.
     */
    private boolean linkItem(OrderItemFact item, RefKind kind, Class<? extends SellerEvent> introduction,
                             SellerEvent introduced, Class<? extends SellerEvent> decided, Outcome out) {
        if (introduced == null) {
            out.orphaned(kind, item.getItemId(), item);
            return false;
        }
        String what = item.others == null ? null : kind.name().toLowerCase(java.util.Locale.ROOT) + " "
                + item.getItemId();
        out.conflicts(item, introduced, introduction, what);
        OrderFact order = orders.get(item.introducingOrderId());
        if (order == null || !order.isPlaced()) {
            item.order = null;
            out.orphanedIntroduction(item.introducingOrderId(), introduced, item.othersOf(introduction));
            return false;
        }
        item.order = order;
        out.conflicts(item, decidedOf(item), decided, what);
        return true;
    }

    private static SellerEvent decidedOf(OrderItemFact item) {
        if (item instanceof FeedbackFact f) {
            return f.removal;
        } else if (item instanceof ClaimFact c) {
            return c.resolution;
        } else if (item instanceof ChargebackFact c) {
            return c.resolution;
        }
        return ((ReturnFact) item).rating;
    }

    /** Whether a message is a fact: received, in a marketplace (its order's, or the one it names). */
    private boolean linkMessage(MessageFact message, Outcome out) {
        if (message.received == null) {
            out.orphaned(RefKind.MESSAGE, message.getMessageId(), message);
            return false;
        }
        out.conflicts(message, message.received, BuyerMessageReceived.class,
                message.others == null ? null : "message " + message.getMessageId());
        Optional<String> orderId = message.received.orderId();
        OrderFact order = orderId.map(orders::get).filter(OrderFact::isPlaced).orElse(null);
        message.order = order;
        if (orderId.isPresent() && order == null) {
            out.orphanedIntroduction(orderId.get(), message.received, message.othersOf(BuyerMessageReceived.class));
        }
        return message.getMarketplace() != null;
    }

    /** What a fold could not use as given. */
    static final class Outcome {
        final List<Orphan> orphans = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();

        /** Each event of one kind set aside beside the kept one: a conflict, the earliest counts. */
        void conflicts(CountedFact fact, SellerEvent kept, Class<? extends SellerEvent> type, String what) {
            if (kept == null) {
                return;
            }
            for (SellerEvent other : fact.othersOf(type)) {
                conflicts.add(new Conflict(kept, other, "a second " + kept.type() + " for " + what
                        + "; the earliest counts"));
            }
        }

        /** Every event about a thing never introduced. */
        void orphaned(RefKind kind, String ref, CountedFact fact) {
            for (SellerEvent event : eventsOf(fact)) {
                orphans.add(new Orphan(event, kind, ref));
            }
        }

        /** The introduction of an item, and its contradicting copies, about an order never introduced. */
        void orphanedIntroduction(String orderId, SellerEvent introduced, List<? extends SellerEvent> copies) {
            orphans.add(new Orphan(introduced, RefKind.ORDER, orderId));
            for (SellerEvent copy : copies) {
                orphans.add(new Orphan(copy, RefKind.ORDER, orderId));
            }
        }
    }

    /** Every distinct event a fact holds: the kept ones and those set aside. */
    private static List<SellerEvent> eventsOf(CountedFact fact) {
        List<SellerEvent> events = new ArrayList<>();
        if (fact instanceof OrderFact o) {
            addAll(events, o.placed, o.shipment, o.cancellation, o.delivery, o.firstScan, o.firstInvoice);
        } else if (fact instanceof FeedbackFact f) {
            addAll(events, f.received, f.removal);
        } else if (fact instanceof ClaimFact c) {
            addAll(events, c.filed, c.resolution);
            events.addAll(c.infoRequests);
        } else if (fact instanceof ChargebackFact c) {
            addAll(events, c.filed, c.resolution);
        } else if (fact instanceof ReturnFact r) {
            addAll(events, r.requested, r.firstAnswer, r.overturn, r.rating);
        } else if (fact instanceof MessageFact m) {
            addAll(events, m.received, m.firstAnswer);
        } else if (fact instanceof ViolationFact v) {
            addAll(events, v.reported, v.firstResolution);
        }
        events.addAll(fact.allOthers());
        return events;
    }

    private static void addAll(List<SellerEvent> events, SellerEvent... some) {
        for (SellerEvent event : some) {
            if (event != null) {
                events.add(event);
            }
        }
    }
}
