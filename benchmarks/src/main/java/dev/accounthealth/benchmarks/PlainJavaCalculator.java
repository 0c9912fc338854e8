package dev.accounthealth.benchmarks;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ChargebackOutcome;
import dev.accounthealth.event.ChargebackResolved;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimInfoRequested;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FeedbackRemoved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.PolicyViolationResolved;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.event.Severity;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lower bound a user would write by hand: one pass over the events keeps, per order, claim,
 * return, message and notice, the earliest event of each kind; one pass over what was kept counts
 * every metric; the verdicts compare exact fractions in {@code long} arithmetic.
 *
 * <p>It applies the same rules of the stream as the engine (events after {@code asOf} ignored,
 * equal events once, of contradicting events the earliest, orphans left out of every figure) and
 * the same definitions as the default DRL. Unlike the engine it hard-codes every target, window
 * and margin, and reports no order ids, orphans, conflicts or rule firings: it is a competitor,
 * not the product. {@code PlainJavaCalculatorAgreementTest} checks that it gives the engine's
 * numbers, so that the ratio between the two measures the same work.
 */
public final class PlainJavaCalculator implements HealthCalculator {
    private static final int MFN = 0;
    private static final int AFN = 1;
    private static final int NEGATIVE_RATING = 2;
    private static final Set<String> DELIVERY_CLAIM_REASONS = Set.of("NOT_RECEIVED", "LATE_DELIVERY");
    private static final Duration RETURN_ANSWER_WITHIN = Duration.ofHours(48);
    private static final Duration MESSAGE_ANSWER_WITHIN = Duration.ofHours(24);
    private static final LocalTime INVOICE_DUE_TIME = LocalTime.of(23, 59, 59);
    private static final Set<Marketplace> INVOICE_ENFORCED = EnumSet.of(Marketplace.FR, Marketplace.ES,
            Marketplace.DE, Marketplace.IT);
    private static final Set<PolicyCategory> POLICY_ENFORCED = EnumSet.of(PolicyCategory.PRODUCT_AUTHENTICITY,
            PolicyCategory.PRODUCT_SAFETY, PolicyCategory.FOOD_AND_PRODUCT_SAFETY, PolicyCategory.IP_COMPLAINT,
            PolicyCategory.RESTRICTED_PRODUCT);

    // Targets as exact fractions: the warning bound is the target moved by the 20 % margin, the
    // critical bound twice the target, as the default DRL says.
    private static final Target ODR = Target.lessThan(1, 100, 8, 1000, 2, 100, Enforcement.ENFORCED);
    private static final Target ODR_COMPONENT = Target.lessThan(1, 100, 8, 1000, 0, 0, Enforcement.INFO);
    private static final Target LSR = Target.lessThan(4, 100, 32, 1000, 8, 100, Enforcement.ENFORCED);
    private static final Target PFCR = Target.lessThan(25, 1000, 20, 1000, 50, 1000, Enforcement.ENFORCED);
    private static final Target VTR = Target.greaterThan(95, 100, 96, 100, Enforcement.ADVISORY);
    private static final Target OTDR = Target.greaterThan(97, 100, 976, 1000, Enforcement.ADVISORY);
    private static final Target RDR = Target.lessThan(10, 100, 8, 100, 0, 0, Enforcement.ADVISORY);
    private static final Target IDR = Target.lessThan(5, 100, 4, 100, 10, 100, Enforcement.ENFORCED);
    private static final Target IDR_UK = Target.lessThan(5, 100, 4, 100, 0, 0, Enforcement.ADVISORY);
    private static final Target LRR = Target.lessThan(10, 100, 8, 100, 0, 0, Enforcement.ADVISORY);

    @Override
    public HealthSummary summarize(List<? extends SellerEvent> events, Instant asOf) {
        Intake intake = new Intake(asOf);
        for (SellerEvent event : events) {
            intake.add(event);
        }
        return intake.measure();
    }

    /** The earlier of two events of one kind; equal instants are broken as the engine breaks them. */
    private static <E extends SellerEvent> E earliest(E kept, E candidate) {
        if (kept == null) {
            return candidate;
        }
        int byTime = candidate.at().compareTo(kept.at());
        if (byTime != 0) {
            return byTime < 0 ? candidate : kept;
        }
        // Rare: two different events of one kind at the same instant. The engine orders them by
        // their text so that the choice never depends on arrival order; so must we.
        if (candidate.equals(kept)) {
            return kept;
        }
        return candidate.toString().compareTo(kept.toString()) < 0 ? candidate : kept;
    }

    private static Instant earliest(Instant kept, Instant candidate) {
        return kept == null || candidate.isBefore(kept) ? candidate : kept;
    }

    /** Keeps, for each thing the events talk about, what the metrics need to know of it. */
    private static final class Intake {
        private final Instant asOf;
        private final Map<String, OrderState> orders = new HashMap<>();
        private final Map<String, FeedbackState> feedback = new HashMap<>();
        private final Map<String, ClaimState> claims = new HashMap<>();
        private final Map<String, ChargebackState> chargebacks = new HashMap<>();
        private final Map<String, ReturnState> returns = new HashMap<>();
        private final Map<String, MessageState> messages = new HashMap<>();
        private final Map<String, ViolationState> violations = new HashMap<>();

        Intake(Instant asOf) {
            this.asOf = asOf;
        }

        void add(SellerEvent event) {
            if (event.at().isAfter(asOf)) {
                return;
            }
            // Most frequent kinds first.
            if (event instanceof OrderPlaced e) {
                OrderState o = order(e.orderId());
                o.placed = earliest(o.placed, e);
            } else if (event instanceof OrderShipped e) {
                OrderState o = order(e.orderId());
                o.shipped = earliest(o.shipped, e);
            } else if (event instanceof CarrierScanned e) {
                OrderState o = order(e.orderId());
                o.firstScanAt = earliest(o.firstScanAt, e.at());
            } else if (event instanceof OrderDelivered e) {
                OrderState o = order(e.orderId());
                o.deliveredAt = earliest(o.deliveredAt, e.at());
            } else if (event instanceof OrderCancelled e) {
                OrderState o = order(e.orderId());
                o.cancelled = earliest(o.cancelled, e);
            } else if (event instanceof InvoiceUploaded e) {
                OrderState o = order(e.orderId());
                o.invoiceAt = earliest(o.invoiceAt, e.at());
            } else if (event instanceof BuyerMessageReceived e) {
                MessageState m = messages.computeIfAbsent(e.messageId(), id -> new MessageState());
                m.received = earliest(m.received, e);
            } else if (event instanceof BuyerMessageAnswered e) {
                MessageState m = messages.computeIfAbsent(e.messageId(), id -> new MessageState());
                m.answeredAt = earliest(m.answeredAt, e.at());
            } else if (event instanceof FeedbackReceived e) {
                FeedbackState f = feedback.computeIfAbsent(e.feedbackId(), id -> new FeedbackState());
                f.received = earliest(f.received, e);
            } else if (event instanceof FeedbackRemoved e) {
                FeedbackState f = feedback.computeIfAbsent(e.feedbackId(), id -> new FeedbackState());
                f.removedAt = earliest(f.removedAt, e.at());
            } else if (event instanceof ReturnRequested e) {
                ReturnState r = returns.computeIfAbsent(e.returnId(), id -> new ReturnState());
                r.requested = earliest(r.requested, e);
            } else if (event instanceof ReturnAnswered e) {
                ReturnState r = returns.computeIfAbsent(e.returnId(), id -> new ReturnState());
                r.answeredAt = earliest(r.answeredAt, e.at());
            } else if (event instanceof ReturnRejectionOverturned e) {
                ReturnState r = returns.computeIfAbsent(e.returnId(), id -> new ReturnState());
                r.overturnedAt = earliest(r.overturnedAt, e.at());
            } else if (event instanceof ReturnFeedbackReceived e) {
                ReturnState r = returns.computeIfAbsent(e.returnId(), id -> new ReturnState());
                r.feedback = earliest(r.feedback, e);
            } else if (event instanceof ClaimFiled e) {
                ClaimState c = claims.computeIfAbsent(e.claimId(), id -> new ClaimState());
                c.filed = earliest(c.filed, e);
            } else if (event instanceof ClaimResolved e) {
                ClaimState c = claims.computeIfAbsent(e.claimId(), id -> new ClaimState());
                c.resolved = earliest(c.resolved, e);
            } else if (event instanceof ClaimInfoRequested) {
                // No metric looks at it: it only sets a deadline.
                return;
            } else if (event instanceof ChargebackFiled e) {
                ChargebackState c = chargebacks.computeIfAbsent(e.chargebackId(), id -> new ChargebackState());
                c.filed = earliest(c.filed, e);
            } else if (event instanceof ChargebackResolved e) {
                ChargebackState c = chargebacks.computeIfAbsent(e.chargebackId(), id -> new ChargebackState());
                c.resolved = earliest(c.resolved, e);
            } else if (event instanceof PolicyViolationReported e) {
                ViolationState v = violations.computeIfAbsent(e.violationId(), id -> new ViolationState());
                v.reported = earliest(v.reported, e);
            } else if (event instanceof PolicyViolationResolved e) {
                ViolationState v = violations.computeIfAbsent(e.violationId(), id -> new ViolationState());
                v.resolvedAt = earliest(v.resolvedAt, e.at());
            } else {
                throw new IllegalArgumentException("unsupported event type " + event.type());
            }
        }

        private OrderState order(String orderId) {
            OrderState order = orders.get(orderId);
            if (order == null) {
                order = new OrderState();
                orders.put(orderId, order);
            }
            return order;
        }

        /** The order if the stream introduced it; {@code null} for an orphan's missing parent. */
        private OrderState known(String orderId) {
            OrderState order = orders.get(orderId);
            return order == null || order.placed == null ? null : order;
        }

        HealthSummary measure() {
            Windows w = new Windows(asOf);
            Tally[] tallies = new Tally[Marketplace.values().length];

            for (FeedbackState f : feedback.values()) {
                OrderState order = f.received == null ? null : known(f.received.orderId());
                if (order != null && f.received.rating() <= NEGATIVE_RATING && f.removedAt == null) {
                    order.negativeFeedback = true;
                }
            }
            for (ClaimState c : claims.values()) {
                OrderState order = c.filed == null ? null : known(c.filed.orderId());
                if (order == null) {
                    continue;
                }
                ClaimOutcome outcome = c.resolved == null ? null : c.resolved.outcome();
                boolean standing = outcome != ClaimOutcome.DENIED && outcome != ClaimOutcome.WITHDRAWN;
                String reason = c.filed.reason().orElse(null);
                boolean covered = c.filed.buyShippingOnTime() && reason != null
                        && DELIVERY_CLAIM_REASONS.contains(reason);
                if (standing && !covered) {
                    order.claim = true;
                }
            }
            for (ChargebackState c : chargebacks.values()) {
                OrderState order = c.filed == null ? null : known(c.filed.orderId());
                if (order == null || c.filed.kind() != ChargebackKind.SERVICE) {
                    continue;
                }
                ChargebackOutcome outcome = c.resolved == null ? null : c.resolved.outcome();
                if (outcome != ChargebackOutcome.SELLER_FAVOUR && outcome != ChargebackOutcome.WITHDRAWN) {
                    order.chargeback = true;
                }
            }

            for (OrderState o : orders.values()) {
                if (o.placed != null) {
                    countOrder(o, w, tally(tallies, o.placed.marketplace()));
                }
            }

            for (ReturnState r : returns.values()) {
                OrderState order = r.requested == null ? null : known(r.requested.orderId());
                if (order == null || order.placed.channel() != FulfillmentChannel.MFN || !r.requested.inPolicy()
                        || !w.returns.contains(r.requested.at())) {
                    continue;
                }
                Tally t = tally(tallies, order.placed.marketplace());
                t.returnRequests++;
                Instant due = r.requested.at().plus(RETURN_ANSWER_WITHIN);
                boolean dissatisfied = (r.feedback != null && r.feedback.negative())
                        || r.overturnedAt != null
                        || (r.answeredAt == null ? asOf.isAfter(due) : r.answeredAt.isAfter(due));
                if (dissatisfied) {
                    t.returnsDissatisfied++;
                }
            }
            for (MessageState m : messages.values()) {
                if (m.received == null) {
                    continue;
                }
                // A message about an order the stream never introduced still counts where the buyer
                // wrote, if the message says; the engine does the same.
                OrderState order = m.received.orderId().map(this::known).orElse(null);
                Marketplace marketplace = order != null ? order.placed.marketplace()
                        : m.received.marketplace().orElse(null);
                if (marketplace == null) {
                    continue;
                }
                Tally t = tally(tallies, marketplace);
                if (m.received.noResponseNeeded() || !w.messages.contains(m.received.at())) {
                    continue;
                }
                t.messagesNeedingAnswer++;
                Instant due = m.received.at().plus(MESSAGE_ANSWER_WITHIN);
                if (m.answeredAt == null ? asOf.isAfter(due) : m.answeredAt.isAfter(due)) {
                    t.messagesLate++;
                }
            }
            for (ViolationState v : violations.values()) {
                if (v.reported == null) {
                    continue;
                }
                Tally t = tally(tallies, v.reported.marketplace());
                if (!w.policy.contains(v.reported.at())) {
                    continue;
                }
                t.noticesReported++;
                if (v.resolvedAt == null) {
                    t.noticesOpen++;
                    if (POLICY_ENFORCED.contains(v.reported.category())) {
                        t.noticesOpenEnforced++;
                    }
                    if (v.reported.severity() == Severity.CRITICAL) {
                        t.criticalNoticeOpen = true;
                    }
                }
            }
            return summary(tallies);
        }

        private void countOrder(OrderState o, Windows w, Tally t) {
            OrderPlaced p = o.placed;
            OrderShipped ship = o.shipped;
            OrderCancelled cancel = o.cancelled;
            if (ship != null && cancel != null) {
                // Of a shipment and a cancellation, the earlier counts; a tie goes to the shipment.
                if (cancel.at().isBefore(ship.at())) {
                    ship = null;
                } else {
                    cancel = null;
                }
            }
            int channel = p.channel() == FulfillmentChannel.MFN ? MFN : AFN;
            if (w.orderDefects.contains(p.at())) {
                t.orders[channel]++;
                if (o.negativeFeedback || o.claim || o.chargeback) {
                    t.defective[channel]++;
                }
                if (o.negativeFeedback) {
                    t.negativeFeedback[channel]++;
                }
                if (o.claim) {
                    t.claims[channel]++;
                }
                if (o.chargeback) {
                    t.chargebacks[channel]++;
                }
            }
            if (channel != MFN) {
                return;
            }
            Instant latestShip = p.latestShipAt().orElse(null);
            if (cancel == null && latestShip != null) {
                boolean late = ship == null ? asOf.isAfter(latestShip) : ship.at().isAfter(latestShip);
                if (w.lateShipment10.contains(latestShip)) {
                    t.due10++;
                    if (late) {
                        t.late10++;
                    }
                }
                if (w.lateShipment30.contains(latestShip)) {
                    t.due30++;
                    if (late) {
                        t.late30++;
                    }
                }
            }
            if (w.cancellation.contains(p.at())) {
                t.cancellable++;
                if (cancel != null && (cancel.by() == CancelledBy.SELLER || cancel.by() == CancelledBy.AMAZON)) {
                    t.cancelled++;
                }
            }
            if (ship == null) {
                return;
            }
            Instant promised = p.latestDeliveryAt().orElse(null);
            boolean tracked = ship.trackingId().filter(id -> !id.isBlank()).isPresent() && o.firstScanAt != null;
            if (w.validTracking.contains(promised)) {
                t.shipments++;
                if (!tracked) {
                    t.untracked++;
                }
            }
            if (tracked && w.onTimeDelivery.contains(promised)) {
                t.tracked++;
                if ((o.deliveredAt == null ? asOf.isAfter(promised) : o.deliveredAt.isAfter(promised))
                        || ship.at().isAfter(promised)) {
                    t.deliveredLate++;
                }
            }
            if (p.businessOrder() && (INVOICE_ENFORCED.contains(p.marketplace()) || p.marketplace() == Marketplace.UK)
                    && w.invoices.contains(p.at())) {
                t.businessOrders++;
                Instant due = nextBusinessDayEnd(ship.at(), p.marketplace().zone());
                if (o.invoiceAt == null ? asOf.isAfter(due) : o.invoiceAt.isAfter(due)) {
                    t.invoiceDefects++;
                }
            }
        }

        private HealthSummary summary(Tally[] tallies) {
            TreeMap<Marketplace, HealthStatus> statuses = new TreeMap<>();
            TreeMap<HealthSummary.MetricKey, HealthSummary.Figures> metrics = new TreeMap<>();
            HealthStatus account = HealthStatus.HEALTHY;
            for (Marketplace marketplace : Marketplace.values()) {
                Tally t = tallies[marketplace.ordinal()];
                if (t == null) {
                    continue;
                }
                Judge judge = new Judge(marketplace, metrics);
                for (int c = MFN; c <= AFN; c++) {
                    Channel channel = c == MFN ? Channel.MFN : Channel.AFN;
                    judge.rate("ORDER_DEFECT_RATE", channel, 60, ODR, t.defective[c], t.orders[c]);
                    judge.rate("NEGATIVE_FEEDBACK_RATE", channel, 60, ODR_COMPONENT, t.negativeFeedback[c], t.orders[c]);
                    judge.rate("A_TO_Z_CLAIM_RATE", channel, 60, ODR_COMPONENT, t.claims[c], t.orders[c]);
                    judge.rate("CHARGEBACK_RATE", channel, 60, ODR_COMPONENT, t.chargebacks[c], t.orders[c]);
                }
                judge.rate("LATE_SHIPMENT_RATE", Channel.MFN, 10, LSR, t.late10, t.due10);
                judge.rate("LATE_SHIPMENT_RATE", Channel.MFN, 30, LSR, t.late30, t.due30);
                judge.rate("PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7, PFCR, t.cancelled, t.cancellable);
                judge.rate("VALID_TRACKING_RATE", Channel.MFN, 30, VTR, t.shipments - t.untracked, t.shipments);
                judge.rate("ON_TIME_DELIVERY_RATE", Channel.MFN, 14, OTDR, t.tracked - t.deliveredLate, t.tracked);
                judge.rate("RETURN_DISSATISFACTION_RATE", Channel.MFN, 60, RDR, t.returnsDissatisfied,
                        t.returnRequests);
                if (INVOICE_ENFORCED.contains(marketplace)) {
                    judge.rate("INVOICE_DEFECT_RATE", Channel.MFN, 7, IDR, t.invoiceDefects, t.businessOrders);
                } else if (marketplace == Marketplace.UK) {
                    judge.rate("INVOICE_DEFECT_RATE", Channel.MFN, 7, IDR_UK, t.invoiceDefects, t.businessOrders);
                }
                judge.rate("LATE_RESPONSE_RATE", Channel.ALL, 30, LRR, t.messagesLate, t.messagesNeedingAnswer);
                judge.openNotices(t);
                statuses.put(marketplace, judge.status);
                if (judge.status.compareTo(account) > 0) {
                    account = judge.status;
                }
            }
            return new HealthSummary(account, statuses, metrics);
        }

        private static Tally tally(Tally[] tallies, Marketplace marketplace) {
            Tally t = tallies[marketplace.ordinal()];
            if (t == null) {
                t = new Tally();
                tallies[marketplace.ordinal()] = t;
            }
            return t;
        }
    }

    /** 23:59:59 local time of the first weekday after the local date of {@code shippedAt}. */
    static Instant nextBusinessDayEnd(Instant shippedAt, ZoneId zone) {
        LocalDate day = shippedAt.atZone(zone).toLocalDate().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(INVOICE_DUE_TIME).atZone(zone).toInstant();
    }

    /** Gives each metric of one marketplace its verdict, and the marketplace its status. */
    private static final class Judge {
        private final Marketplace marketplace;
        private final Map<HealthSummary.MetricKey, HealthSummary.Figures> metrics;
        HealthStatus status = HealthStatus.HEALTHY;

        Judge(Marketplace marketplace, Map<HealthSummary.MetricKey, HealthSummary.Figures> metrics) {
            this.marketplace = marketplace;
            this.metrics = metrics;
        }

        void rate(String metric, Channel channel, int days, Target target, long numerator, long denominator) {
            MetricStatus verdict = target.verdict(numerator, denominator);
            metrics.put(new HealthSummary.MetricKey(marketplace, metric, channel, days),
                    new HealthSummary.Figures(numerator, denominator, verdict, target.enforcement));
            if (verdict == MetricStatus.BREACH && target.enforcement == Enforcement.ENFORCED) {
                worsen(target.critical(numerator, denominator) ? HealthStatus.CRITICAL : HealthStatus.AT_RISK);
            }
        }

        void openNotices(Tally t) {
            MetricStatus verdict = t.noticesOpen > 0 ? MetricStatus.BREACH : MetricStatus.OK;
            Enforcement enforcement = t.noticesOpenEnforced > 0 ? Enforcement.ENFORCED : Enforcement.ADVISORY;
            metrics.put(new HealthSummary.MetricKey(marketplace, "POLICY_COMPLIANCE", Channel.ALL, 180),
                    new HealthSummary.Figures(t.noticesOpen, t.noticesReported, verdict, enforcement));
            if (verdict == MetricStatus.BREACH && enforcement == Enforcement.ENFORCED) {
                worsen(HealthStatus.AT_RISK);
            }
            if (t.criticalNoticeOpen) {
                worsen(HealthStatus.CRITICAL);
            }
        }

        private void worsen(HealthStatus to) {
            if (to.compareTo(status) > 0) {
                status = to;
            }
        }
    }

    /**
     * A rate's target as exact fractions: {@code num/den} the target, {@code warnNum/warnDen} where
     * the warning starts, {@code critNum/critDen} where a breach turns critical (0/0: never).
     */
    private record Target(boolean lessThan, long num, long den, long warnNum, long warnDen, long critNum,
                          long critDen, Enforcement enforcement) {

        static Target lessThan(long num, long den, long warnNum, long warnDen, long critNum, long critDen,
                               Enforcement enforcement) {
            return new Target(true, num, den, warnNum, warnDen, critNum, critDen, enforcement);
        }

        static Target greaterThan(long num, long den, long warnNum, long warnDen, Enforcement enforcement) {
            return new Target(false, num, den, warnNum, warnDen, 0, 0, enforcement);
        }

        MetricStatus verdict(long n, long d) {
            if (d == 0) {
                return MetricStatus.NO_DATA;
            }
            if (lessThan) {
                return n * den >= num * d ? MetricStatus.BREACH
                        : n * warnDen >= warnNum * d ? MetricStatus.WARNING : MetricStatus.OK;
            }
            return n * den <= num * d ? MetricStatus.BREACH
                    : n * warnDen <= warnNum * d ? MetricStatus.WARNING : MetricStatus.OK;
        }

        boolean critical(long n, long d) {
            return lessThan && critDen > 0 && d > 0 && n * critDen >= critNum * d;
        }
    }

    /** The windows of the default rules as of an instant: an anchor is in when {@code from < anchor <= to}. */
    private static final class Windows {
        final Window orderDefects;
        final Window lateShipment10;
        final Window lateShipment30;
        final Window cancellation;
        final Window validTracking;
        final Window onTimeDelivery;
        final Window returns;
        final Window invoices;
        final Window messages;
        final Window policy;

        Windows(Instant asOf) {
            orderDefects = new Window(asOf, 60, 0);
            lateShipment10 = new Window(asOf, 10, 0);
            lateShipment30 = new Window(asOf, 30, 0);
            cancellation = new Window(asOf, 7, 0);
            validTracking = new Window(asOf, 30, 14);
            onTimeDelivery = new Window(asOf, 14, 7);
            returns = new Window(asOf, 60, 0);
            invoices = new Window(asOf, 7, 7);
            messages = new Window(asOf, 30, 0);
            policy = new Window(asOf, 180, 0);
        }
    }

    private static final class Window {
        private final Instant from;
        private final Instant to;

        Window(Instant asOf, int days, int lagDays) {
            this.to = asOf.minus(Duration.ofDays(lagDays));
            this.from = to.minus(Duration.ofDays(days));
        }

        boolean contains(Instant anchor) {
            return anchor != null && anchor.isAfter(from) && !anchor.isAfter(to);
        }
    }

    /** The counters of one marketplace. */
    private static final class Tally {
        final long[] orders = new long[2];
        final long[] defective = new long[2];
        final long[] negativeFeedback = new long[2];
        final long[] claims = new long[2];
        final long[] chargebacks = new long[2];
        long due10;
        long late10;
        long due30;
        long late30;
        long cancellable;
        long cancelled;
        long shipments;
        long untracked;
        long tracked;
        long deliveredLate;
        long returnRequests;
        long returnsDissatisfied;
        long businessOrders;
        long invoiceDefects;
        long messagesNeedingAnswer;
        long messagesLate;
        long noticesReported;
        long noticesOpen;
        long noticesOpenEnforced;
        boolean criticalNoticeOpen;
    }

    private static final class OrderState {
        OrderPlaced placed;
        OrderShipped shipped;
        OrderCancelled cancelled;
        Instant firstScanAt;
        Instant deliveredAt;
        Instant invoiceAt;
        boolean negativeFeedback;
        boolean claim;
        boolean chargeback;
    }

    private static final class FeedbackState {
        FeedbackReceived received;
        Instant removedAt;
    }

    private static final class ClaimState {
        ClaimFiled filed;
        ClaimResolved resolved;
    }

    private static final class ChargebackState {
        ChargebackFiled filed;
        ChargebackResolved resolved;
    }

    private static final class ReturnState {
        ReturnRequested requested;
        Instant answeredAt;
        Instant overturnedAt;
        ReturnFeedbackReceived feedback;
    }

    private static final class MessageState {
        BuyerMessageReceived received;
        Instant answeredAt;
    }

    private static final class ViolationState {
        PolicyViolationReported reported;
        Instant resolvedAt;
    }
}
