package dev.accounthealth.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FeedbackRemoval;
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
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.event.Severity;
import dev.accounthealth.examples.generator.MarketplaceProfile;
import dev.accounthealth.examples.generator.SellerHistoryGenerator;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-Java baseline gives the engine's numbers, or the ratio between them means nothing:
 * for every history and {@code asOf} below, every numerator, denominator, verdict, enforcement and
 * status is equal. The histories are generated (the sample seller, benchmark-sized sellers, every
 * profile in many marketplaces with heavy noise) and hand-made (every boundary and tie the stream
 * rules and the DRL decide).
 */
class PlainJavaCalculatorAgreementTest {
    private static final Instant UNTIL = Instant.parse("2026-11-20T00:00:00Z");
    /** Before, at and after the end of the history: later events ignored, then deadlines passing. */
    private static final List<Instant> AS_OF = List.of(UNTIL.minus(Duration.ofDays(20)),
            UNTIL.minus(Duration.ofHours(61)), UNTIL, UNTIL.plus(Duration.ofDays(9)));

    private static final HealthCalculator ENGINE = RulesEngineCalculator.withDefaultRules();
    private static final HealthCalculator PLAIN = new PlainJavaCalculator();
    private static final EnumSet<MetricStatus> VERDICTS_SEEN = EnumSet.noneOf(MetricStatus.class);
    private static final EnumSet<HealthStatus> STATUSES_SEEN = EnumSet.noneOf(HealthStatus.class);
    private static int comparisons;

    @BeforeAll
    static void reset() {
        VERDICTS_SEEN.clear();
        STATUSES_SEEN.clear();
        comparisons = 0;
    }

    static Stream<Arguments> generatedHistories() {
        List<Arguments> cases = new ArrayList<>();
        addAt(cases, "sample seller", () -> SellerHistoryGenerator.sampleSeller(UNTIL).events());
        for (long seed : new long[] {1, 2, 3}) {
            addAt(cases, "ofSize(" + seed + ", 20 000)",
                    () -> SellerHistoryGenerator.ofSize(seed, UNTIL, 20_000).events());
        }
        addAt(cases, "every profile, eight marketplaces, heavy noise", () -> everyProfile().events());
        return cases.stream();
    }

    private static void addAt(List<Arguments> cases, String name, Supplier<List<SellerEvent>> history) {
        Supplier<List<SellerEvent>> once = memoize(history);
        for (Instant asOf : AS_OF) {
            cases.add(Arguments.of(name, once, asOf));
        }
    }

    /** At-risk and healthy profiles side by side, with ten to twenty times the usual noise. */
    private static SellerHistoryGenerator everyProfile() {
        return SellerHistoryGenerator.builder().seed(99).until(UNTIL).days(200)
                .marketplace(MarketplaceProfile.atRisk(Marketplace.FR, 15))
                .marketplace(MarketplaceProfile.healthy(Marketplace.DE, 12))
                .marketplace(MarketplaceProfile.atRisk(Marketplace.UK, 8))
                .marketplace(MarketplaceProfile.healthy(Marketplace.ES, 6))
                .marketplace(MarketplaceProfile.atRisk(Marketplace.IT, 5))
                .marketplace(MarketplaceProfile.healthy(Marketplace.NL, 4))
                .marketplace(MarketplaceProfile.atRisk(Marketplace.US, 10))
                .marketplace(MarketplaceProfile.healthy(Marketplace.JP, 3))
                .duplicateShare(0.15).orphanShare(0.02).conflictShare(0.05)
                .build();
    }

    @ParameterizedTest(name = "{0} as of {2}")
    @MethodSource("generatedHistories")
    void givesTheEnginesNumbersOnGeneratedHistories(String name, Supplier<List<SellerEvent>> history, Instant asOf) {
        assertAgree(history.get(), asOf);
    }

    @Test
    void givesTheEnginesNumbersWhateverTheOrderOfTheEvents() {
        List<SellerEvent> events = new ArrayList<>(SellerHistoryGenerator.sampleSeller(UNTIL).events());
        events.addAll(events.subList(0, 500));
        Collections.shuffle(events, new Random(7));
        HealthSummary first = PLAIN.summarize(events, UNTIL);
        Collections.reverse(events);
        assertEquals(first, PLAIN.summarize(events, UNTIL));
        assertAgree(events, UNTIL);
    }

    @Test
    void givesTheEnginesNumbersOnEveryBoundaryAndTie() {
        // Ties between different events at one instant are decided by content, never by arrival:
        // several arrival orders make a baseline that keeps the first (or last) one it sees fail.
        for (long shuffle = 1; shuffle <= 4; shuffle++) {
            List<SellerEvent> events = edgeCases(shuffle);
            for (Instant asOf : List.of(UNTIL, UNTIL.minus(Duration.ofHours(1)), UNTIL.plus(Duration.ofHours(1)),
                    UNTIL.plus(Duration.ofDays(3)))) {
                assertAgree(events, asOf);
            }
        }
    }

    @AfterAll
    static void theComparisonsCoveredEveryVerdictAndStatus() {
        if (comparisons < 20) {
            return; // only part of the class ran
        }
        assertEquals(EnumSet.allOf(MetricStatus.class), VERDICTS_SEEN, "verdicts met in " + comparisons + " comparisons");
        assertEquals(EnumSet.allOf(HealthStatus.class), STATUSES_SEEN, "statuses met in " + comparisons + " comparisons");
    }

    private static void assertAgree(List<SellerEvent> events, Instant asOf) {
        HealthSummary engine = ENGINE.summarize(events, asOf);
        HealthSummary plain = PLAIN.summarize(events, asOf);
        List<String> differences = plain.differencesFrom(engine);
        assertTrue(differences.isEmpty(), "plain Java vs engine as of " + asOf + ":\n  "
                + String.join("\n  ", differences));
        assertEquals(engine, plain);
        assertTrue(!engine.metrics().isEmpty() || events.isEmpty(), "something was measured");
        synchronized (VERDICTS_SEEN) {
            comparisons++;
            engine.metrics().values().forEach(f -> VERDICTS_SEEN.add(f.status()));
            STATUSES_SEEN.addAll(engine.marketplaces().values());
        }
    }

    /**
     * Every boundary and tie of the stream rules and the default DRL, each in its own marketplace
     * so that one does not hide another.
     */
    static List<SellerEvent> edgeCases(long shuffle) {
        List<SellerEvent> e = new ArrayList<>();
        // ES: exactly 4 % late (1 of 25 due), exactly 2.5 % cancelled (1 of 40 placed): both breaches.
        for (int i = 0; i < 25; i++) {
            Instant due = UNTIL.minus(Duration.ofDays(2));
            String id = "ES-LSR-" + i;
            e.add(mfn(id, Marketplace.ES, due.minus(Duration.ofDays(1)), due));
            e.add(new OrderShipped(i == 0 ? due.plusSeconds(1) : due, id, "Correos", "ES" + i));
        }
        for (int i = 0; i < 15; i++) {
            String id = "ES-PFC-" + i;
            Instant placed = UNTIL.minus(Duration.ofDays(3));
            e.add(mfn(id, Marketplace.ES, placed, UNTIL.plus(Duration.ofDays(1))));
            if (i == 0) {
                e.add(new OrderCancelled(placed.plus(Duration.ofHours(2)), id, CancelledBy.SELLER));
            } else if (i == 1) {
                e.add(new OrderCancelled(placed.plus(Duration.ofHours(2)), id, CancelledBy.BUYER));
            }
        }

        // FR: contradictions and ties.
        Instant placed = UNTIL.minus(Duration.ofDays(4));
        Instant due = placed.plus(Duration.ofDays(1));
        // Two different shipments at the same instant: the engine keeps the first by text.
        e.add(mfn("FR-TIE", Marketplace.FR, placed, due));
        e.add(new OrderShipped(due, "FR-TIE", "Colissimo", "  "));
        e.add(new OrderShipped(due, "FR-TIE", "Chronopost", "CH123"));
        // Shipped and cancelled at the same instant: the shipment counts.
        e.add(mfn("FR-SAME", Marketplace.FR, placed, due));
        e.add(new OrderShipped(due.minus(Duration.ofHours(1)), "FR-SAME", "Colissimo", "6A1"));
        e.add(new OrderCancelled(due.minus(Duration.ofHours(1)), "FR-SAME", CancelledBy.SELLER));
        // Cancelled, then shipped: the cancellation counts, and the order leaves the late-shipment count.
        e.add(mfn("FR-CANCEL-FIRST", Marketplace.FR, placed, due));
        e.add(new OrderCancelled(placed.plus(Duration.ofHours(1)), "FR-CANCEL-FIRST", CancelledBy.AMAZON));
        e.add(new OrderShipped(due.plus(Duration.ofHours(5)), "FR-CANCEL-FIRST"));
        // Placed twice at different instants: the earlier decides the window.
        e.add(mfn("FR-TWICE", Marketplace.FR, UNTIL.minus(Duration.ofDays(8)), UNTIL.minus(Duration.ofDays(7))));
        e.add(mfn("FR-TWICE", Marketplace.FR, UNTIL.minus(Duration.ofDays(6)), UNTIL.minus(Duration.ofDays(5))));
        // Never shipped and past its date: late.
        e.add(mfn("FR-NEVER", Marketplace.FR, placed, due));
        // Placed in the future of some asOf: ignored there, with everything about it.
        e.add(mfn("FR-LATER", Marketplace.FR, UNTIL.plusSeconds(1), UNTIL.plus(Duration.ofDays(1))));
        e.add(new OrderCancelled(UNTIL.plus(Duration.ofMinutes(30)), "FR-LATER", CancelledBy.SELLER));
        // Purchase dates on the window's edges: 60 days before asOf is out, asOf itself is in.
        e.add(afn("FR-EDGE-OUT", Marketplace.FR, UNTIL.minus(Duration.ofDays(60))));
        e.add(afn("FR-EDGE-IN", Marketplace.FR, UNTIL));
        e.add(new FeedbackReceived(UNTIL, "FR-EDGE-IN", "FB-EDGE", 2));
        // Defects: a removed negative feedback, one removed later than some asOf; an orphaned
        // feedback; a delivery claim covered by Buy Shipping, a claim of another reason that it does
        // not cover, a delivery claim without it.
        e.add(afn("FR-FB", Marketplace.FR, UNTIL.minus(Duration.ofDays(10))));
        e.add(new FeedbackReceived(UNTIL.minus(Duration.ofDays(5)), "FR-FB", "FB-1", 1));
        e.add(new FeedbackRemoved(UNTIL.plus(Duration.ofMinutes(20)), "FB-1", FeedbackRemoval.STRUCK_THROUGH));
        e.add(new FeedbackReceived(UNTIL.minus(Duration.ofDays(5)), "FR-FB", "FB-2", 2));
        e.add(new FeedbackRemoved(UNTIL.minus(Duration.ofDays(4)), "FB-2", FeedbackRemoval.REMOVED));
        e.add(new FeedbackReceived(UNTIL.minus(Duration.ofDays(5)), "NO-SUCH-ORDER", "FB-3", 1));
        e.add(mfn("FR-CLAIM", Marketplace.FR, UNTIL.minus(Duration.ofDays(20)), UNTIL.minus(Duration.ofDays(19))));
        e.add(new ClaimFiled(UNTIL.minus(Duration.ofDays(10)), "FR-CLAIM", "AZ-1", Optional.of("NOT_RECEIVED"),
                Optional.empty(), true));
        e.add(new ClaimFiled(UNTIL.minus(Duration.ofDays(10)), "FR-CLAIM", "AZ-2", Optional.of("DAMAGED"),
                Optional.empty(), true));
        e.add(mfn("FR-CLAIM-2", Marketplace.FR, UNTIL.minus(Duration.ofDays(20)), UNTIL.minus(Duration.ofDays(19))));
        e.add(new ClaimFiled(UNTIL.minus(Duration.ofDays(10)), "FR-CLAIM-2", "AZ-3", Optional.of("LATE_DELIVERY"),
                Optional.empty(), false));
        // Tracking: a blank tracking id with a scan; two shipments at one instant, the one kept by
        // text without tracking id; a tracked shipment; a shipment after the promised date.
        Instant tracked = UNTIL.minus(Duration.ofDays(20));
        e.add(mfn("FR-BLANK", Marketplace.FR, tracked.minus(Duration.ofDays(4)), tracked.minus(Duration.ofDays(3)),
                tracked));
        e.add(new OrderShipped(tracked.minus(Duration.ofDays(3)), "FR-BLANK", "Colissimo", " "));
        e.add(new CarrierScanned(tracked.minus(Duration.ofDays(2)), "FR-BLANK"));
        e.add(mfn("FR-TIE-TRACK", Marketplace.FR, tracked.minus(Duration.ofDays(4)),
                tracked.minus(Duration.ofDays(3)), tracked));
        e.add(new OrderShipped(tracked.minus(Duration.ofDays(3)), "FR-TIE-TRACK", "Chronopost", null));
        e.add(new OrderShipped(tracked.minus(Duration.ofDays(3)), "FR-TIE-TRACK", "Colissimo", "6A9"));
        e.add(new CarrierScanned(tracked.minus(Duration.ofDays(2)), "FR-TIE-TRACK"));
        e.add(mfn("FR-TRACKED", Marketplace.FR, tracked.minus(Duration.ofDays(4)),
                tracked.minus(Duration.ofDays(3)), tracked));
        e.add(new OrderShipped(tracked.minus(Duration.ofDays(3)), "FR-TRACKED", "Colissimo", "6A8"));
        e.add(new CarrierScanned(tracked.minus(Duration.ofDays(2)), "FR-TRACKED"));
        e.add(new OrderDelivered(tracked.minus(Duration.ofDays(1)), "FR-TRACKED"));
        Instant promised = UNTIL.minus(Duration.ofDays(10));
        e.add(mfn("FR-SHIPPED-LATE", Marketplace.FR, promised.minus(Duration.ofDays(4)),
                promised.minus(Duration.ofDays(3)), promised));
        e.add(new OrderShipped(promised.plusSeconds(1), "FR-SHIPPED-LATE", "Colissimo", "6A2"));
        e.add(new CarrierScanned(promised.plus(Duration.ofHours(3)), "FR-SHIPPED-LATE"));
        e.add(new OrderDelivered(promised, "FR-SHIPPED-LATE"));
        // Messages: answered exactly at 24 h (on time), one second later (late), about an unknown
        // order with a marketplace (counts in DE), about an unknown order without one (left out).
        Instant asked = UNTIL.minus(Duration.ofDays(3));
        e.add(new BuyerMessageReceived(asked, "M-1", Optional.of("FR-TIE"), Optional.empty(), false));
        e.add(new BuyerMessageAnswered(asked.plus(Duration.ofHours(24)), "M-1"));
        e.add(new BuyerMessageReceived(asked, "M-2", Optional.of("FR-TIE"), Optional.empty(), false));
        e.add(new BuyerMessageAnswered(asked.plus(Duration.ofHours(24)).plusSeconds(1), "M-2"));
        e.add(new BuyerMessageReceived(asked, "M-3", Optional.of("GHOST"), Optional.of(Marketplace.DE), false));
        e.add(new BuyerMessageReceived(asked, "M-4", Optional.of("GHOST"), Optional.empty(), false));
        e.add(new BuyerMessageReceived(UNTIL.minus(Duration.ofHours(23)), "M-5", Optional.empty(),
                Optional.of(Marketplace.SE), false));
        // Returns: answered exactly at 48 h, unanswered, out of policy.
        e.add(new ReturnRequested(asked, "FR-TIE", "R-1"));
        e.add(new ReturnAnswered(asked.plus(Duration.ofHours(48)), "R-1", ReturnDecision.AUTHORIZED));
        e.add(new ReturnRequested(UNTIL.minus(Duration.ofHours(47)), "FR-SAME", "R-2"));
        e.add(new ReturnRequested(asked, "FR-NEVER", "R-3", Optional.empty(), false));

        // UK and DE: business orders whose invoice is due on Monday night, marketplace time.
        Instant friday = Instant.parse("2026-11-06T16:00:00Z");
        for (Marketplace m : List.of(Marketplace.UK, Marketplace.DE)) {
            for (int i = 0; i < 3; i++) {
                String id = m + "-B2B-" + i;
                OrderPlaced order = OrderPlaced.builder().at(friday.minus(Duration.ofHours(6))).orderId(id)
                        .marketplace(m).channel(FulfillmentChannel.MFN).businessOrder(true)
                        .latestShipAt(friday.plus(Duration.ofHours(7))).latestDeliveryAt(friday.plus(Duration.ofDays(4)))
                        .build();
                e.add(order);
                e.add(new OrderShipped(friday, id, "DHL", "DH" + i));
            }
            Instant mondayEnd = Instant.parse("2026-11-09T23:59:59Z")
                    .minusSeconds(m.zone().getRules().getOffset(friday).getTotalSeconds());
            e.add(new InvoiceUploaded(mondayEnd, m + "-B2B-0"));
            e.add(new InvoiceUploaded(mondayEnd.plusSeconds(1), m + "-B2B-1"));
        }

        // IT: a critical notice, open; an enforced one exactly 180 days old, just out of the window.
        // PL: an enforced notice resolved a few seconds after the end of the history.
        e.add(new PolicyViolationReported(UNTIL.minus(Duration.ofDays(2)), "PV-1", Marketplace.IT,
                PolicyCategory.LISTING_POLICY, Severity.CRITICAL, Optional.empty()));
        e.add(new PolicyViolationReported(UNTIL.minus(Duration.ofDays(180)), "PV-2", Marketplace.IT,
                PolicyCategory.PRODUCT_SAFETY, Severity.HIGH, Optional.empty()));
        e.add(new PolicyViolationReported(UNTIL.minus(Duration.ofDays(3)), "PV-3", Marketplace.PL,
                PolicyCategory.IP_COMPLAINT, Severity.LOW, Optional.empty()));
        e.add(new PolicyViolationResolved(UNTIL.plusSeconds(5), "PV-3"));
        // Repeats and orphans: each line twice, a few events about nothing the stream introduced.
        e.addAll(new ArrayList<>(e));
        e.add(new CarrierScanned(UNTIL.minus(Duration.ofDays(1)), "NO-SUCH-ORDER"));
        e.add(new ReturnAnswered(UNTIL.minus(Duration.ofDays(1)), "NO-SUCH-RETURN", ReturnDecision.REJECTED));
        Collections.shuffle(e, new Random(shuffle));
        return e;
    }

    private static OrderPlaced mfn(String id, Marketplace m, Instant placed, Instant latestShip) {
        return mfn(id, m, placed, latestShip, latestShip.plus(Duration.ofDays(4)));
    }

    private static OrderPlaced mfn(String id, Marketplace m, Instant placed, Instant latestShip, Instant promised) {
        return OrderPlaced.builder().at(placed).orderId(id).marketplace(m).channel(FulfillmentChannel.MFN)
                .latestShipAt(latestShip).latestDeliveryAt(promised).build();
    }

    private static OrderPlaced afn(String id, Marketplace m, Instant placed) {
        return OrderPlaced.builder().at(placed).orderId(id).marketplace(m).channel(FulfillmentChannel.AFN).build();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
