package dev.accounthealth.examples.generator;

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
import dev.accounthealth.event.FeedbackRemoval;
import dev.accounthealth.event.FeedbackRemoved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.Money;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.PolicyViolationResolved;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.event.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes realistic, seeded seller histories: several marketplaces, seller- and Amazon-fulfilled
 * and business orders, late shipments, every kind of cancellation, scans and deliveries,
 * feedback 1–5 (some removed or struck through), claims with every outcome, chargebacks,
 * returns in and out of policy, invoices on time, late or missing, buyer messages, policy
 * notices, and the noise of real exports: repeated lines, lines out of order, a contradicting
 * shipment now and then, events about orders the export does not contain.
 *
 * <pre>{@code
 * List<SellerEvent> events = SellerHistoryGenerator.builder()
 *     .seed(7).until(Instant.parse("2026-11-20T00:00:00Z")).days(90)
 *     .marketplace(MarketplaceProfile.atRisk(Marketplace.FR, 20))
 *     .marketplace(MarketplaceProfile.healthy(Marketplace.DE, 15))
 *     .build().events();
 * }</pre>
 *
 * The same settings and seed always give the same events in the same order.
 */
public final class SellerHistoryGenerator {
    private static final Map<Marketplace, List<String>> CARRIERS = Map.of(
            Marketplace.FR, List.of("Colissimo", "Chronopost", "Mondial Relay"),
            Marketplace.DE, List.of("DHL", "Hermes", "DPD"),
            Marketplace.UK, List.of("Royal Mail", "Evri", "DPD"),
            Marketplace.US, List.of("UPS", "USPS", "FedEx"));
    private static final List<String> OTHER_CARRIERS = List.of("DHL", "UPS", "DPD");
    private static final List<String> WAREHOUSES = List.of("WH-NORTH", "WH-SOUTH", "WH-EAST");
    private static final List<String> CLAIM_REASONS = List.of("NOT_RECEIVED", "NOT_AS_DESCRIBED", "DAMAGED",
            "LATE_DELIVERY");
    private static final List<String> RETURN_REASONS = List.of("DEFECTIVE", "NOT_AS_DESCRIBED", "CHANGED_MIND",
            "WRONG_SIZE");
    private static final List<String> CANCEL_REASONS = List.of("OUT_OF_STOCK", "PRICING_ERROR", "ADDRESS_ISSUE");

    private final long seed;
    private final Instant until;
    private final int days;
    private final List<MarketplaceProfile> profiles;
    private final double duplicateShare;
    private final double orphanShare;
    private final double conflictShare;
    private final boolean shuffled;

    private SellerHistoryGenerator(Builder b) {
        this.seed = b.seed;
        this.until = b.until;
        this.days = b.days;
        this.profiles = List.copyOf(b.profiles);
        this.duplicateShare = b.duplicateShare;
        this.orphanShare = b.orphanShare;
        this.conflictShare = b.conflictShare;
        this.shuffled = b.shuffled;
    }

    /** Starts describing a history. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The history of the sample seller: FR at risk, DE healthy, 60 days. A sixty-day history of
     * a small seller is noisy, so the seed is one picked for a sample that shows what it should:
     * France at risk without being critical, Germany with no breach at all, every event type,
     * and at least one orphan and one conflict.
     */
    public static SellerHistoryGenerator sampleSeller(Instant until) {
        return builder().seed(42).until(until).days(60)
                .marketplace(MarketplaceProfile.atRisk(Marketplace.FR, 12))
                .marketplace(MarketplaceProfile.healthy(Marketplace.DE, 9))
                .build();
    }

    /**
     * A single-marketplace history of about {@code events} events, for benchmarks: one
     * seller in FR at the sample's rates, over 90 days.
     */
    public static SellerHistoryGenerator ofSize(long seed, Instant until, int events) {
        double eventsPerOrder = 4.6;
        double ordersPerDay = Math.max(1, events / eventsPerOrder / 90);
        return builder().seed(seed).until(until).days(90)
                .marketplace(MarketplaceProfile.atRisk(Marketplace.FR, ordersPerDay))
                .build();
    }

    /** The events, in the order a messy export would list them. */
    public List<SellerEvent> events() {
        List<SellerEvent> events = new ArrayList<>();
        generate(events::add);
        if (shuffled) {
            Collections.shuffle(events, new java.util.Random(seed));
        }
        return events;
    }

    /**
     * Hands every event to a consumer as it is made, in chronological order per order, without
     * holding the history in memory; {@link Builder#shuffled} does not apply.
     */
    public void generate(Consumer<SellerEvent> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = until.minus(Duration.ofDays(days));
        int orderNumber = 0;
        for (MarketplaceProfile profile : profiles) {
            Emitter out = new Emitter(sink, random, until);
            // Notices come at a steady cadence from a random start, so a short history still gets its share.
            double noticeEvery = profile.violationsPer100Days() > 0 ? 100 / profile.violationsPer100Days() : Double.MAX_VALUE;
            double nextNotice = random.nextDouble() * Math.min(noticeEvery, days);
            for (int day = 0; day < days; day++) {
                int orders = poisson(random, profile.ordersPerDay());
                for (int i = 0; i < orders; i++) {
                    Instant placed = purchaseTime(random, start.plus(Duration.ofDays(day)), profile.marketplace());
                    order(out, random, profile, orderId(profile.marketplace(), ++orderNumber), placed);
                }
                if (random.nextDouble() < profile.messageShare() * profile.ordersPerDay() * 0.1) {
                    Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(1440)));
                    String id = "MSG-" + profile.marketplace() + "-" + day + "-X";
                    out.emit(new BuyerMessageReceived(at, id, Optional.empty(), Optional.of(profile.marketplace()),
                            false));
                    out.emit(new BuyerMessageAnswered(at.plus(Duration.ofMinutes(30 + random.nextInt(600))), id));
                }
                if (day >= nextNotice) {
                    violation(out, random, profile.marketplace(), start.plus(Duration.ofDays(day)), day);
                    nextNotice += noticeEvery;
                }
            }
        }
    }

    private static String orderId(Marketplace marketplace, int number) {
        int prefix = switch (marketplace) {
            case US, CA, MX, BR -> 111;
            case JP, AU, IN, SG -> 503;
            default -> 400 + marketplace.ordinal() % 10;
        };
        return String.format("%03d-%07d-%07d", prefix, (number * 7919L) % 10_000_000L, number);
    }

    private static int poisson(SplittableRandom random, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Buyers shop more in the evening: a purchase hour drawn from a skewed day. */
    private static Instant purchaseTime(SplittableRandom random, Instant dayStart, Marketplace marketplace) {
        ZonedDateTime local = dayStart.atZone(marketplace.zone()).toLocalDate().atStartOfDay(marketplace.zone());
        double u = random.nextDouble();
        int minute = (int) (1440 * (0.25 + 0.75 * Math.sqrt(u)));
        return local.plusMinutes(Math.min(minute, 1439)).plusSeconds(random.nextInt(60)).toInstant();
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static boolean chance(SplittableRandom random, double share) {
        return random.nextDouble() < share;
    }

    private static Duration hours(SplittableRandom random, double from, double to) {
        return Duration.ofSeconds((long) ((from + random.nextDouble() * (to - from)) * 3600));
    }

    private static Instant endOfLocalDay(Instant at, Marketplace marketplace, int plusDays) {
        return at.atZone(marketplace.zone()).toLocalDate().plusDays(plusDays)
                .atTime(LocalTime.of(23, 59, 59)).atZone(marketplace.zone()).toInstant();
    }

    private void order(Emitter out, SplittableRandom random, MarketplaceProfile p, String orderId, Instant placed) {
        Marketplace marketplace = p.marketplace();
        boolean afn = chance(random, p.afnShare());
        boolean business = chance(random, p.businessShare());
        List<String> skus = List.of(String.format("SKU-%s-%02d", marketplace, random.nextInt(40)));
        Money total = new Money(BigDecimal.valueOf(500 + random.nextInt(15_000)).movePointLeft(2)
                .setScale(2, RoundingMode.UNNECESSARY), currency(marketplace));
        OrderPlaced.Builder order = OrderPlaced.builder().at(placed).orderId(orderId).marketplace(marketplace)
                .channel(afn ? FulfillmentChannel.AFN : FulfillmentChannel.MFN).businessOrder(business).skus(skus)
                .orderTotal(total);
        Instant latestShip = endOfLocalDay(placed, marketplace, 1 + random.nextInt(2));
        Instant latestDelivery = endOfLocalDay(latestShip, marketplace, 2 + random.nextInt(4));
        if (!afn) {
            order.latestShipAt(latestShip).latestDeliveryAt(latestDelivery);
        }
        out.emit(order.build());
        if (chance(random, orphanShare)) {
            out.emit(new CarrierScanned(placed.plus(Duration.ofHours(30)), "ORPHAN-" + orderId));
        }

        double cancel = random.nextDouble();
        if (cancel < p.sellerCancelShare() + p.buyerCancelShare() + p.amazonCancelShare()) {
            CancelledBy by = cancel < p.sellerCancelShare() ? CancelledBy.SELLER
                    : cancel < p.sellerCancelShare() + p.buyerCancelShare() ? CancelledBy.BUYER : CancelledBy.AMAZON;
            Instant at = by == CancelledBy.AMAZON && !afn ? latestShip.plus(hours(random, 1, 24))
                    : placed.plus(hours(random, 0.2, 20));
            out.emit(new OrderCancelled(at, orderId, by, by == CancelledBy.SELLER
                    ? Optional.of(pick(random, CANCEL_REASONS)) : Optional.empty()));
            return;
        }

        Instant shipped;
        if (afn) {
            shipped = placed.plus(hours(random, 4, 30));
        } else {
            boolean fridayAfternoon = placed.atZone(marketplace.zone()).getDayOfWeek() == DayOfWeek.FRIDAY
                    && placed.atZone(marketplace.zone()).getHour() >= 14;
            boolean late = chance(random, fridayAfternoon ? p.fridayLateShipShare() : p.lateShipShare());
            shipped = late ? latestShip.plus(hours(random, 0.5, 60))
                    : placed.plus(hours(random, 1, Math.max(1.5, Duration.between(placed, latestShip).toHours() - 1)));
        }
        String carrier = pick(random, CARRIERS.getOrDefault(marketplace, OTHER_CARRIERS));
        boolean untracked = !afn && chance(random, p.untrackedShare());
        boolean noTrackingId = untracked && random.nextBoolean();
        String shipFrom = afn ? "FBA" : pick(random, WAREHOUSES);
        out.emit(new OrderShipped(shipped, orderId, Optional.of(carrier),
                noTrackingId ? Optional.empty() : Optional.of(trackingId(random, carrier)), Optional.of(shipFrom)));
        if (chance(random, conflictShare)) {
            out.emit(new OrderShipped(shipped.plus(Duration.ofHours(26)), orderId, carrier, trackingId(random, carrier)));
        }
        if (!untracked) {
            out.emit(new CarrierScanned(shipped.plus(hours(random, 1, 12)), orderId));
        }
        Instant promised = afn ? shipped.plus(Duration.ofDays(3)) : latestDelivery;
        Instant delivered = chance(random, p.lateDeliveryShare()) ? promised.plus(hours(random, 2, 72))
                : shipped.plus(hours(random, 20, Math.max(21, Duration.between(shipped, promised).toHours())));
        out.emit(new OrderDelivered(delivered, orderId));

        if (business && isEuropeanInvoiceMarketplace(marketplace) && !afn) {
            Instant due = endOfLocalDay(nextBusinessDay(shipped, marketplace), marketplace, 0);
            double invoice = random.nextDouble();
            if (invoice >= p.missingInvoiceShare()) {
                Instant uploaded = invoice < p.missingInvoiceShare() + p.lateInvoiceShare()
                        ? due.plus(hours(random, 1, 72)) : shipped.plus(hours(random, 0.5, 20));
                out.emit(new InvoiceUploaded(uploaded, orderId));
            }
        }
        feedback(out, random, p, orderId, delivered);
        claimsAndChargebacks(out, random, p, orderId, delivered);
        returns(out, random, p, orderId, delivered);
        messages(out, random, p, orderId, placed);
    }

    private static boolean isEuropeanInvoiceMarketplace(Marketplace marketplace) {
        return EnumSet.of(Marketplace.FR, Marketplace.DE, Marketplace.IT, Marketplace.ES, Marketplace.UK)
                .contains(marketplace);
    }

    private static Instant nextBusinessDay(Instant shipped, Marketplace marketplace) {
        ZonedDateTime day = shipped.atZone(marketplace.zone()).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.toInstant();
    }

    private static String currency(Marketplace marketplace) {
        return switch (marketplace) {
            case UK -> "GBP";
            case US -> "USD";
            case SE -> "SEK";
            case PL -> "PLN";
            default -> "EUR";
        };
    }

    private static String trackingId(SplittableRandom random, String carrier) {
        return carrier.substring(0, 2).toUpperCase(java.util.Locale.ROOT) + (100_000_000L + random.nextLong(900_000_000L));
    }

    private void feedback(Emitter out, SplittableRandom random, MarketplaceProfile p, String orderId, Instant delivered) {
        boolean negative = chance(random, p.negativeFeedbackShare());
        if (!negative && !chance(random, 0.08)) {
            return;
        }
        String id = "FB-" + orderId;
        int rating = negative ? 1 + random.nextInt(2) : 3 + random.nextInt(3);
        Instant at = delivered.plus(hours(random, 2, 200));
        out.emit(new FeedbackReceived(at, orderId, id, rating,
                Optional.of(negative ? "Arrived late and nobody answered" : "Fine, thank you")));
        // Amazon strikes through or removes feedback that reviews the product rather than the seller,
        // whatever its rating; sellers get negative feedback removed far more often, by asking.
        if (chance(random, negative ? 0.4 : 0.03)) {
            out.emit(new FeedbackRemoved(at.plus(hours(random, 24, 120)), id,
                    random.nextBoolean() ? FeedbackRemoval.REMOVED : FeedbackRemoval.STRUCK_THROUGH));
        }
    }

    private void claimsAndChargebacks(Emitter out, SplittableRandom random, MarketplaceProfile p, String orderId,
                                      Instant delivered) {
        if (chance(random, p.claimShare())) {
            String id = "AZ-" + orderId;
            Instant filed = delivered.plus(hours(random, 24, 400));
            out.emit(new ClaimFiled(filed, orderId, id, Optional.of(pick(random, CLAIM_REASONS)),
                    Optional.of(Money.of("29.90", "EUR")), chance(random, 0.2)));
            if (chance(random, 0.5)) {
                out.emit(new ClaimInfoRequested(filed.plus(hours(random, 6, 48)), id));
            }
            if (chance(random, 0.8)) {
                ClaimOutcome outcome = ClaimOutcome.values()[random.nextInt(ClaimOutcome.values().length)];
                out.emit(new ClaimResolved(filed.plus(hours(random, 48, 300)), id, outcome));
            }
        }
        if (chance(random, p.chargebackShare())) {
            String id = "CB-" + orderId;
            Instant filed = delivered.plus(hours(random, 24, 300));
            out.emit(new ChargebackFiled(filed, orderId, id,
                    chance(random, 0.7) ? ChargebackKind.SERVICE : ChargebackKind.FRAUD));
            if (chance(random, 0.75)) {
                ChargebackOutcome outcome = ChargebackOutcome.values()[random.nextInt(ChargebackOutcome.values().length)];
                out.emit(new ChargebackResolved(filed.plus(hours(random, 48, 240)), id, outcome));
            }
        }
    }

    private void returns(Emitter out, SplittableRandom random, MarketplaceProfile p, String orderId, Instant delivered) {
        if (!chance(random, p.returnShare())) {
            return;
        }
        String id = "RET-" + orderId;
        Instant requested = delivered.plus(hours(random, 12, 500));
        boolean inPolicy = chance(random, 0.9);
        out.emit(new ReturnRequested(requested, orderId, id, Optional.of(pick(random, RETURN_REASONS)), inPolicy));
        if (chance(random, 0.01)) {
            return;
        }
        Instant answered = requested.plus(chance(random, p.lateReturnAnswerShare()) ? hours(random, 49, 120)
                : hours(random, 1, 40));
        boolean reject = chance(random, 0.06);
        out.emit(new ReturnAnswered(answered, id, reject ? ReturnDecision.REJECTED : ReturnDecision.AUTHORIZED));
        if (reject && chance(random, 0.3)) {
            out.emit(new ReturnRejectionOverturned(answered.plus(hours(random, 24, 200)), id));
        } else if (!reject) {
            out.emit(new ReturnAnswered(answered.plus(hours(random, 72, 240)), id, ReturnDecision.REFUNDED));
        }
        if (chance(random, 0.3)) {
            out.emit(new ReturnFeedbackReceived(answered.plus(hours(random, 100, 400)), id,
                    chance(random, p.lateReturnAnswerShare())));
        }
    }

    private void messages(Emitter out, SplittableRandom random, MarketplaceProfile p, String orderId, Instant placed) {
        if (!chance(random, p.messageShare())) {
            return;
        }
        String id = "MSG-" + orderId;
        Instant received = placed.plus(hours(random, 2, 200));
        boolean noResponse = chance(random, 0.1);
        out.emit(new BuyerMessageReceived(received, id, Optional.of(orderId), Optional.empty(), noResponse));
        if (noResponse || chance(random, 0.02)) {
            return;
        }
        out.emit(new BuyerMessageAnswered(received.plus(chance(random, p.lateAnswerShare()) ? hours(random, 25, 96)
                : hours(random, 0.2, 20)), id));
    }

    private void violation(Emitter out, SplittableRandom random, Marketplace marketplace, Instant day, int dayNumber) {
        String id = "PV-" + marketplace + "-" + dayNumber;
        PolicyCategory category = PolicyCategory.values()[random.nextInt(PolicyCategory.values().length)];
        Severity severity = chance(random, 0.05) ? Severity.CRITICAL
                : Severity.values()[random.nextInt(Severity.CRITICAL.ordinal())];
        Instant reported = day.plus(hours(random, 8, 18));
        out.emit(new PolicyViolationReported(reported, id, marketplace, category, severity,
                Optional.of(String.format("B0%08d", random.nextInt(100_000_000)))));
        if (chance(random, 0.6)) {
            out.emit(new PolicyViolationResolved(reported.plus(hours(random, 24, 400)), id));
        }
    }

    /** Emits events that have happened by {@code until}, repeating some as real exports do. */
    private final class Emitter {
        private final Consumer<SellerEvent> sink;
        private final SplittableRandom random;
        private final Instant until;

        Emitter(Consumer<SellerEvent> sink, SplittableRandom random, Instant until) {
            this.sink = sink;
            this.random = random;
            this.until = until;
        }

        void emit(SellerEvent event) {
            if (event.at().isAfter(until)) {
                return;
            }
            sink.accept(event);
            if (random.nextDouble() < duplicateShare) {
                sink.accept(event);
            }
        }
    }

    /** Describes a history; every option has a sensible default except the marketplaces. */
    public static final class Builder {
        private long seed = 1;
        private Instant until = Instant.parse("2026-11-20T00:00:00Z");
        private int days = 90;
        private final List<MarketplaceProfile> profiles = new ArrayList<>();
        private double duplicateShare = 0.01;
        private double orphanShare = 0.001;
        private double conflictShare = 0.001;
        private boolean shuffled = true;

        private Builder() {
        }

        /** The random seed; the same seed gives the same history. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The end of the history: no event is later. */
        public Builder until(Instant until) {
            this.until = Objects.requireNonNull(until, "until");
            return this;
        }

        /** How many days of orders, ending at {@link #until}. */
        public Builder days(int days) {
            if (days <= 0) {
                throw new IllegalArgumentException("days must be positive, was " + days);
            }
            this.days = days;
            return this;
        }

        /** Adds a marketplace the seller sells in. */
        public Builder marketplace(MarketplaceProfile profile) {
            profiles.add(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /** The share of events written twice (default 1 %). */
        public Builder duplicateShare(double share) {
            this.duplicateShare = share;
            return this;
        }

        /** The share of orders with an event about an order the export lacks (default 0.1 %). */
        public Builder orphanShare(double share) {
            this.orphanShare = share;
            return this;
        }

        /** The share of shipments confirmed a second time, a day later (default 0.1 %). */
        public Builder conflictShare(double share) {
            this.conflictShare = share;
            return this;
        }

        /** Whether {@link SellerHistoryGenerator#events()} lists events out of order (default true). */
        public Builder shuffled(boolean shuffled) {
            this.shuffled = shuffled;
            return this;
        }

        public SellerHistoryGenerator build() {
            if (profiles.isEmpty()) {
                throw new IllegalStateException("at least one marketplace is needed");
            }
            return new SellerHistoryGenerator(this);
        }
    }
}
