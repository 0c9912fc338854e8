package dev.accounthealth.rules.oracle;

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
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An independent, deliberately plain model of {@code metrics.md}: no Drools, no code shared with
 * the engine. It is written from the spec (and the readings of it listed in the test brief) so
 * that the engine can be checked against it on random histories.
 *
 * <p>Everything is computed straight from the definitions: fold the stream (drop the future,
 * drop exact duplicates, keep the earliest of contradicting events, drop orphans), then for each
 * marketplace count each metric over its window and judge it with exact decimal arithmetic.
 */
public final class SpecOracle {

    // ---------------------------------------------------------------- the defaults of metrics.md

    static final BigDecimal WARNING_SHARE = new BigDecimal("0.8");   // less-than: warn at 80 % of target
    static final BigDecimal WARNING_MARGIN = new BigDecimal("0.2");  // greater-than: warn within 20 % of the gap to 1
    static final BigDecimal CRITICAL_MULTIPLE = new BigDecimal("2");

    static final Set<Marketplace> INVOICE_ENFORCED = EnumSet.of(Marketplace.FR, Marketplace.ES, Marketplace.DE,
            Marketplace.IT);
    static final Set<Marketplace> INVOICE_ADVISORY = EnumSet.of(Marketplace.UK);
    static final Set<PolicyCategory> ENFORCED_CATEGORIES = EnumSet.of(PolicyCategory.PRODUCT_AUTHENTICITY,
            PolicyCategory.PRODUCT_SAFETY, PolicyCategory.FOOD_AND_PRODUCT_SAFETY, PolicyCategory.IP_COMPLAINT,
            PolicyCategory.RESTRICTED_PRODUCT);
    static final Set<String> DELIVERY_CLAIM_REASONS = Set.of("NOT_RECEIVED", "LATE_DELIVERY");

    static final Duration RESPONSE_DEADLINE = Duration.ofHours(24);
    static final Duration RETURN_DEADLINE = Duration.ofHours(48);

    /** A metric of the report: id, channel and window length. */
    public record Key(String metric, Channel channel, int days) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Comparator.comparing(Key::metric).thenComparing(Key::channel).thenComparingInt(Key::days)
                    .compare(this, o);
        }

        @Override
        public String toString() {
            return metric + "/" + channel + "/" + days + "d";
        }
    }

    /**
     * One metric as the oracle sees it.
     *
     * @param ids the orders (or items) behind the numerator; for good-numerator rates, the orders that fall short
     */
    public record Count(Key key, int lagDays, long numerator, long denominator, TargetCondition condition,
                        BigDecimal target, MetricStatus status, Enforcement enforcement, SortedSet<String> ids) {
        @Override
        public String toString() {
            return key + " " + numerator + "/" + denominator + " " + status + " " + enforcement + " " + ids;
        }
    }

    /** One marketplace as the oracle sees it. */
    public record MarketplaceVerdict(Marketplace marketplace, HealthStatus status, Map<Key, Count> metrics) {
    }

    /** The whole account as the oracle sees it. */
    public record Verdict(HealthStatus status, Map<Marketplace, MarketplaceVerdict> marketplaces) {
    }

    private SpecOracle() {
    }

    // ---------------------------------------------------------------- windows and verdicts

    /** {@code asOf - lag - length < anchor <= asOf - lag}, a day being 24 hours. */
    public static boolean inWindow(Instant anchor, Instant asOf, int days, int lagDays) {
        Instant to = asOf.minus(Duration.ofDays(lagDays));
        Instant from = to.minus(Duration.ofDays(days));
        return from.isBefore(anchor) && !anchor.isAfter(to);
    }

    /** The verdict of one rate metric, on the exact fraction. */
    public static MetricStatus judge(long numerator, long denominator, TargetCondition condition, BigDecimal target) {
        if (denominator == 0) {
            return MetricStatus.NO_DATA;
        }
        BigDecimal n = BigDecimal.valueOf(numerator);
        BigDecimal d = BigDecimal.valueOf(denominator);
        switch (condition) {
            case LESS_THAN -> {
                if (n.compareTo(target.multiply(d)) >= 0) {
                    return MetricStatus.BREACH;
                }
                if (n.compareTo(target.multiply(WARNING_SHARE).multiply(d)) >= 0) {
                    return MetricStatus.WARNING;
                }
                return MetricStatus.OK;
            }
            case GREATER_THAN -> {
                if (n.compareTo(target.multiply(d)) <= 0) {
                    return MetricStatus.BREACH;
                }
                BigDecimal warnAt = target.add(WARNING_MARGIN.multiply(BigDecimal.ONE.subtract(target)));
                if (n.compareTo(warnAt.multiply(d)) <= 0) {
                    return MetricStatus.WARNING;
                }
                return MetricStatus.OK;
            }
            default -> throw new IllegalArgumentException(condition.toString());
        }
    }

    /** 23:59:59 local time of the first Monday–Friday date after the local date of {@code shippedAt}. */
    public static Instant invoiceDue(Instant shippedAt, Marketplace marketplace) {
        LocalDate day = shippedAt.atZone(marketplace.zone()).toLocalDate().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, LocalTime.of(23, 59, 59), marketplace.zone()).toInstant();
    }

    // ---------------------------------------------------------------- the folded history

    /** The stream as of asOf: future dropped, duplicates merged, the earliest of each slot kept. */
    static final class Folded {
        final Instant asOf;
        final Map<String, OrderPlaced> orders = new HashMap<>();
        final Map<String, OrderShipped> shipments = new HashMap<>();
        final Map<String, OrderCancelled> cancellations = new HashMap<>();
        final Map<String, OrderDelivered> deliveries = new HashMap<>();
        final Set<String> scanned = new HashSet<>();
        final Map<String, InvoiceUploaded> invoices = new HashMap<>();
        final Map<String, FeedbackReceived> feedback = new HashMap<>();
        final Set<String> removedFeedback = new HashSet<>();
        final Map<String, ClaimFiled> claims = new HashMap<>();
        final Map<String, ClaimResolved> claimOutcomes = new HashMap<>();
        final Map<String, Instant> latestInfoRequest = new HashMap<>();
        final Map<String, ChargebackFiled> chargebacks = new HashMap<>();
        final Map<String, ChargebackResolved> chargebackOutcomes = new HashMap<>();
        final Map<String, ReturnRequested> returns = new HashMap<>();
        final Map<String, ReturnAnswered> returnAnswers = new HashMap<>();
        final Set<String> overturned = new HashSet<>();
        final Map<String, ReturnFeedbackReceived> returnFeedback = new HashMap<>();
        final Map<String, BuyerMessageReceived> messages = new HashMap<>();
        final Map<String, BuyerMessageAnswered> answers = new HashMap<>();
        final Map<String, PolicyViolationReported> notices = new HashMap<>();
        final Map<String, PolicyViolationResolved> noticeResolutions = new HashMap<>();

        Folded(Collection<? extends SellerEvent> events, Instant asOf) {
            this.asOf = asOf;
            // Equal events count once; the future is not known yet. Sorting by instant (then by text, for
            // determinism) lets "keep the earliest" be "keep the first seen".
            List<SellerEvent> known = new ArrayList<>(new LinkedHashSet<>(events));
            known.removeIf(e -> e.at().isAfter(asOf));
            known.sort(Comparator.comparing(SellerEvent::at).thenComparing(Object::toString));
            for (SellerEvent event : known) {
                if (event instanceof OrderPlaced e) {
                    orders.putIfAbsent(e.orderId(), e);
                } else if (event instanceof OrderShipped e) {
                    shipments.putIfAbsent(e.orderId(), e);
                } else if (event instanceof OrderCancelled e) {
                    cancellations.putIfAbsent(e.orderId(), e);
                } else if (event instanceof OrderDelivered e) {
                    deliveries.putIfAbsent(e.orderId(), e);
                } else if (event instanceof CarrierScanned e) {
                    scanned.add(e.orderId());
                } else if (event instanceof InvoiceUploaded e) {
                    invoices.putIfAbsent(e.orderId(), e);
                } else if (event instanceof FeedbackReceived e) {
                    feedback.putIfAbsent(e.feedbackId(), e);
                } else if (event instanceof FeedbackRemoved e) {
                    removedFeedback.add(e.feedbackId());
                } else if (event instanceof ClaimFiled e) {
                    claims.putIfAbsent(e.claimId(), e);
                } else if (event instanceof ClaimResolved e) {
                    claimOutcomes.putIfAbsent(e.claimId(), e);
                } else if (event instanceof ClaimInfoRequested e) {
                    latestInfoRequest.put(e.claimId(), e.at());
                } else if (event instanceof ChargebackFiled e) {
                    chargebacks.putIfAbsent(e.chargebackId(), e);
                } else if (event instanceof ChargebackResolved e) {
                    chargebackOutcomes.putIfAbsent(e.chargebackId(), e);
                } else if (event instanceof ReturnRequested e) {
                    returns.putIfAbsent(e.returnId(), e);
                } else if (event instanceof ReturnAnswered e) {
                    returnAnswers.putIfAbsent(e.returnId(), e);
                } else if (event instanceof ReturnRejectionOverturned e) {
                    overturned.add(e.returnId());
                } else if (event instanceof ReturnFeedbackReceived e) {
                    returnFeedback.putIfAbsent(e.returnId(), e);
                } else if (event instanceof BuyerMessageReceived e) {
                    messages.putIfAbsent(e.messageId(), e);
                } else if (event instanceof BuyerMessageAnswered e) {
                    answers.putIfAbsent(e.messageId(), e);
                } else if (event instanceof PolicyViolationReported e) {
                    notices.putIfAbsent(e.violationId(), e);
                } else if (event instanceof PolicyViolationResolved e) {
                    noticeResolutions.putIfAbsent(e.violationId(), e);
                } else {
                    throw new IllegalArgumentException("unknown event " + event);
                }
            }
        }

        /** The shipment that counts: none when a cancellation came strictly before it. */
        Optional<OrderShipped> shipped(String orderId) {
            OrderShipped s = shipments.get(orderId);
            OrderCancelled c = cancellations.get(orderId);
            if (s != null && c != null && c.at().isBefore(s.at())) {
                return Optional.empty();
            }
            return Optional.ofNullable(s);
        }

        /** The cancellation that counts: none when the order was shipped at or before it. */
        Optional<OrderCancelled> cancelled(String orderId) {
            OrderShipped s = shipments.get(orderId);
            OrderCancelled c = cancellations.get(orderId);
            if (s != null && c != null && !c.at().isBefore(s.at())) {
                return Optional.empty();
            }
            return Optional.ofNullable(c);
        }

        boolean validTracking(String orderId) {
            Optional<OrderShipped> s = shipped(orderId);
            return s.isPresent() && s.get().trackingId().filter(t -> !t.isBlank()).isPresent()
                    && scanned.contains(orderId);
        }

        /** The marketplace a buyer message belongs to, if it is not an orphan. */
        Optional<Marketplace> marketplaceOf(BuyerMessageReceived m) {
            if (m.orderId().isPresent() && orders.containsKey(m.orderId().get())) {
                return Optional.of(orders.get(m.orderId().get()).marketplace());
            }
            return m.marketplace();
        }

        boolean negativeFeedback(String orderId) {
            return feedback.values().stream().anyMatch(f -> f.orderId().equals(orderId) && f.rating() <= 2
                    && !removedFeedback.contains(f.feedbackId()));
        }

        boolean countingClaim(String orderId) {
            return claims.values().stream().anyMatch(c -> c.orderId().equals(orderId) && claimCounts(c));
        }

        private boolean claimCounts(ClaimFiled c) {
            ClaimResolved outcome = claimOutcomes.get(c.claimId());
            if (outcome != null && (outcome.outcome() == ClaimOutcome.DENIED
                    || outcome.outcome() == ClaimOutcome.WITHDRAWN)) {
                return false;
            }
            return !(c.buyShippingOnTime() && c.reason().filter(DELIVERY_CLAIM_REASONS::contains).isPresent());
        }

        boolean countingChargeback(String orderId) {
            return chargebacks.values().stream().anyMatch(c -> c.orderId().equals(orderId)
                    && c.kind() == ChargebackKind.SERVICE && chargebackCounts(c));
        }

        private boolean chargebackCounts(ChargebackFiled c) {
            ChargebackResolved outcome = chargebackOutcomes.get(c.chargebackId());
            return outcome == null || (outcome.outcome() != ChargebackOutcome.SELLER_FAVOUR
                    && outcome.outcome() != ChargebackOutcome.WITHDRAWN);
        }

        boolean open(PolicyViolationReported notice) {
            return !noticeResolutions.containsKey(notice.violationId());
        }
    }

    // ---------------------------------------------------------------- evaluation

    /** Evaluates a history as of an instant, from the spec alone. */
    public static Verdict evaluate(Collection<? extends SellerEvent> events, Instant asOf) {
        Folded h = new Folded(events, asOf);

        Set<Marketplace> present = EnumSet.noneOf(Marketplace.class);
        h.orders.values().forEach(o -> present.add(o.marketplace()));
        h.messages.values().forEach(m -> h.marketplaceOf(m).ifPresent(present::add));
        h.notices.values().forEach(n -> present.add(n.marketplace()));

        Map<Marketplace, MarketplaceVerdict> result = new TreeMap<>();
        for (Marketplace mp : present) {
            result.put(mp, marketplace(h, mp));
        }
        HealthStatus account = result.values().stream().map(MarketplaceVerdict::status)
                .max(Comparator.naturalOrder()).orElse(HealthStatus.HEALTHY);
        return new Verdict(account, result);
    }

    private static MarketplaceVerdict marketplace(Folded h, Marketplace mp) {
        Instant asOf = h.asOf;
        Map<Key, Count> metrics = new TreeMap<>();
        List<OrderPlaced> orders = h.orders.values().stream().filter(o -> o.marketplace() == mp).toList();

        // Order defect rate and its three components, per channel, by purchase date.
        for (FulfillmentChannel fc : FulfillmentChannel.values()) {
            Channel channel = Channel.valueOf(fc.name());
            List<OrderPlaced> base = orders.stream()
                    .filter(o -> o.channel() == fc && inWindow(o.at(), asOf, 60, 0)).toList();
            Predicate<OrderPlaced> nf = o -> h.negativeFeedback(o.orderId());
            Predicate<OrderPlaced> az = o -> h.countingClaim(o.orderId());
            Predicate<OrderPlaced> cb = o -> h.countingChargeback(o.orderId());
            BigDecimal target = new BigDecimal("0.01");
            put(metrics, rate("ORDER_DEFECT_RATE", channel, 60, 0, base, nf.or(az).or(cb),
                    TargetCondition.LESS_THAN, target, Enforcement.ENFORCED));
            put(metrics, rate("NEGATIVE_FEEDBACK_RATE", channel, 60, 0, base, nf,
                    TargetCondition.LESS_THAN, target, Enforcement.INFO));
            put(metrics, rate("A_TO_Z_CLAIM_RATE", channel, 60, 0, base, az,
                    TargetCondition.LESS_THAN, target, Enforcement.INFO));
            put(metrics, rate("CHARGEBACK_RATE", channel, 60, 0, base, cb,
                    TargetCondition.LESS_THAN, target, Enforcement.INFO));
        }

        List<OrderPlaced> mfn = orders.stream().filter(o -> o.channel() == FulfillmentChannel.MFN).toList();

        // Late shipment rate: orders not cancelled, by expected ship date.
        for (int days : new int[] {10, 30}) {
            List<OrderPlaced> base = mfn.stream()
                    .filter(o -> h.cancelled(o.orderId()).isEmpty())
                    .filter(o -> inWindow(o.latestShipAt().orElseThrow(), asOf, days, 0)).toList();
            // Late: confirmed after the expected ship date, or not confirmed once that date "has passed by
            // asOf" (strictly after it: at the instant itself the order can still ship on time).
            Predicate<OrderPlaced> late = o -> h.shipped(o.orderId())
                    .map(s -> s.at().isAfter(o.latestShipAt().orElseThrow()))
                    .orElse(asOf.isAfter(o.latestShipAt().orElseThrow()));
            put(metrics, rate("LATE_SHIPMENT_RATE", Channel.MFN, days, 0, base, late,
                    TargetCondition.LESS_THAN, new BigDecimal("0.04"), Enforcement.ENFORCED));
        }

        // Pre-fulfilment cancel rate: every order by purchase date, cancelled by the seller or Amazon.
        {
            List<OrderPlaced> base = mfn.stream().filter(o -> inWindow(o.at(), asOf, 7, 0)).toList();
            Predicate<OrderPlaced> cancelled = o -> h.cancelled(o.orderId())
                    .map(c -> c.by() == CancelledBy.SELLER || c.by() == CancelledBy.AMAZON).orElse(false);
            put(metrics, rate("PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7, 0, base, cancelled,
                    TargetCondition.LESS_THAN, new BigDecimal("0.025"), Enforcement.ENFORCED));
        }

        // Valid tracking rate: shipped orders by promised delivery date; good = tracked and scanned.
        {
            List<OrderPlaced> base = mfn.stream().filter(o -> h.shipped(o.orderId()).isPresent())
                    .filter(o -> inWindow(o.latestDeliveryAt().orElseThrow(), asOf, 30, 14)).toList();
            put(metrics, goodRate("VALID_TRACKING_RATE", 30, 14, base, o -> h.validTracking(o.orderId()),
                    new BigDecimal("0.95")));
        }

        // On-time delivery rate: validly tracked shipments by promised delivery date; good = shipped and
        // delivered at or before it.
        {
            List<OrderPlaced> base = mfn.stream().filter(o -> h.validTracking(o.orderId()))
                    .filter(o -> inWindow(o.latestDeliveryAt().orElseThrow(), asOf, 14, 7)).toList();
            Predicate<OrderPlaced> onTime = o -> {
                Instant promised = o.latestDeliveryAt().orElseThrow();
                OrderDelivered d = h.deliveries.get(o.orderId());
                return d != null && !d.at().isAfter(promised)
                        && !h.shipped(o.orderId()).orElseThrow().at().isAfter(promised);
            };
            put(metrics, goodRate("ON_TIME_DELIVERY_RATE", 14, 7, base, onTime, new BigDecimal("0.97")));
        }

        // Return dissatisfaction rate: in-policy requests on MFN orders, by request date.
        {
            List<ReturnRequested> base = h.returns.values().stream()
                    .filter(r -> r.inPolicy() && h.orders.containsKey(r.orderId()))
                    .filter(r -> h.orders.get(r.orderId()).marketplace() == mp
                            && h.orders.get(r.orderId()).channel() == FulfillmentChannel.MFN)
                    .filter(r -> inWindow(r.at(), asOf, 60, 0)).toList();
            Predicate<ReturnRequested> dissatisfied = r -> {
                Instant due = r.at().plus(RETURN_DEADLINE);
                ReturnFeedbackReceived fb = h.returnFeedback.get(r.returnId());
                ReturnAnswered answer = h.returnAnswers.get(r.returnId());
                return (fb != null && fb.negative())
                        || h.overturned.contains(r.returnId())
                        || (answer != null ? answer.at().isAfter(due) : asOf.isAfter(due));
            };
            put(metrics, count("RETURN_DISSATISFACTION_RATE", Channel.MFN, 60, 0, base, dissatisfied,
                    ReturnRequested::returnId, TargetCondition.LESS_THAN, new BigDecimal("0.10"),
                    Enforcement.ADVISORY));
        }

        // Invoice defect rate: shipped MFN business orders in five EU marketplaces, by purchase date.
        if (INVOICE_ENFORCED.contains(mp) || INVOICE_ADVISORY.contains(mp)) {
            List<OrderPlaced> base = mfn.stream()
                    .filter(o -> o.businessOrder() && h.shipped(o.orderId()).isPresent())
                    .filter(o -> inWindow(o.at(), asOf, 7, 7)).toList();
            Predicate<OrderPlaced> defect = o -> {
                Instant due = invoiceDue(h.shipped(o.orderId()).orElseThrow().at(), mp);
                InvoiceUploaded up = h.invoices.get(o.orderId());
                return up != null ? up.at().isAfter(due) : asOf.isAfter(due);
            };
            put(metrics, rate("INVOICE_DEFECT_RATE", Channel.MFN, 7, 7, base, defect, TargetCondition.LESS_THAN,
                    new BigDecimal("0.05"), INVOICE_ENFORCED.contains(mp) ? Enforcement.ENFORCED
                            : Enforcement.ADVISORY));
        }

        // Late response rate: messages that need a response, by received date, any channel.
        {
            List<BuyerMessageReceived> base = h.messages.values().stream()
                    .filter(m -> !m.noResponseNeeded() && h.marketplaceOf(m).equals(Optional.of(mp)))
                    .filter(m -> inWindow(m.at(), asOf, 30, 0)).toList();
            Predicate<BuyerMessageReceived> late = m -> {
                Instant due = m.at().plus(RESPONSE_DEADLINE);
                BuyerMessageAnswered answer = h.answers.get(m.messageId());
                return answer != null ? answer.at().isAfter(due) : asOf.isAfter(due);
            };
            put(metrics, count("LATE_RESPONSE_RATE", Channel.ALL, 30, 0, base, late,
                    BuyerMessageReceived::messageId, TargetCondition.LESS_THAN, new BigDecimal("0.10"),
                    Enforcement.ADVISORY));
        }

        // Policy compliance: open notices reported in the last 180 days; a count, not a rate.
        List<PolicyViolationReported> notices = h.notices.values().stream()
                .filter(n -> n.marketplace() == mp && inWindow(n.at(), asOf, 180, 0)).toList();
        List<PolicyViolationReported> open = notices.stream().filter(h::open).toList();
        {
            boolean enforced = open.stream().anyMatch(n -> ENFORCED_CATEGORIES.contains(n.category()));
            SortedSet<String> ids = new TreeSet<>();
            open.forEach(n -> ids.add(n.violationId()));
            put(metrics, new Count(new Key("POLICY_COMPLIANCE", Channel.ALL, 180), 0, open.size(), notices.size(),
                    TargetCondition.AT_MOST, BigDecimal.ZERO, open.isEmpty() ? MetricStatus.OK : MetricStatus.BREACH,
                    enforced ? Enforcement.ENFORCED : Enforcement.ADVISORY, ids));
        }

        // Status: critical at twice an enforced less-than target or with an open critical notice.
        boolean critical = open.stream().anyMatch(n -> n.severity() == Severity.CRITICAL);
        boolean atRisk = false;
        for (Count c : metrics.values()) {
            if (c.enforcement() != Enforcement.ENFORCED || c.status() != MetricStatus.BREACH) {
                continue;
            }
            atRisk = true;
            if (c.condition() == TargetCondition.LESS_THAN && BigDecimal.valueOf(c.numerator())
                    .compareTo(c.target().multiply(CRITICAL_MULTIPLE).multiply(BigDecimal.valueOf(c.denominator())))
                    >= 0) {
                critical = true;
            }
        }
        HealthStatus status = critical ? HealthStatus.CRITICAL : atRisk ? HealthStatus.AT_RISK : HealthStatus.HEALTHY;
        return new MarketplaceVerdict(mp, status, metrics);
    }

    private static void put(Map<Key, Count> metrics, Count count) {
        if (metrics.put(count.key(), count) != null) {
            throw new IllegalStateException("counted twice: " + count.key());
        }
    }

    private static Count rate(String metric, Channel channel, int days, int lag, List<OrderPlaced> base,
                              Predicate<OrderPlaced> bad, TargetCondition condition, BigDecimal target,
                              Enforcement enforcement) {
        return count(metric, channel, days, lag, base, bad, OrderPlaced::orderId, condition, target, enforcement);
    }

    /** A greater-than rate whose numerator is the good items; the ids are those that fall short. */
    private static Count goodRate(String metric, int days, int lag, List<OrderPlaced> base,
                                  Predicate<OrderPlaced> good, BigDecimal target) {
        long n = base.stream().filter(good).count();
        SortedSet<String> shortfall = new TreeSet<>();
        base.stream().filter(good.negate()).forEach(o -> shortfall.add(o.orderId()));
        return new Count(new Key(metric, Channel.MFN, days), lag, n, base.size(), TargetCondition.GREATER_THAN,
                target, judge(n, base.size(), TargetCondition.GREATER_THAN, target), Enforcement.ADVISORY, shortfall);
    }

    private static <T> Count count(String metric, Channel channel, int days, int lag, List<T> base,
                                   Predicate<T> bad, Function<T, String> id, TargetCondition condition,
                                   BigDecimal target, Enforcement enforcement) {
        SortedSet<String> ids = new TreeSet<>();
        base.stream().filter(bad).forEach(t -> ids.add(id.apply(t)));
        return new Count(new Key(metric, channel, days), lag, ids.size(), base.size(), condition, target,
                judge(ids.size(), base.size(), condition, target), enforcement, ids);
    }
}
