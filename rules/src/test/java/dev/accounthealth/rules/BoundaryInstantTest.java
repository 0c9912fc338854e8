package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.HealthSession;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimInfoRequested;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every instant the spec names, read at the instant itself, one nanosecond before and one after:
 * "has passed" and "after" are strict, "by" and "within" inclusive, and a metric and a deadline
 * about the same item say the same thing at the same instant.
 */
class BoundaryInstantTest {
    private static final Duration NS = Duration.ofNanos(1);
    private static final Duration FORGET_AFTER = Duration.ofDays(30);

    /** Due to ship by Thursday 1 October 2026, 23:59:59 UTC. */
    private static final Instant SHIP_BY = at("2026-10-01T23:59:59Z");

    private static OrderPlaced dueToShip(String orderId) {
        return OrderPlaced.builder().orderId(orderId).marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN)
                .at(at("2026-09-29T10:00:00Z")).latestShipAt(SHIP_BY).latestDeliveryAt(at("2026-10-06T23:59:59Z"))
                .build();
    }

    private static MetricResult lsr10(AccountHealthReport report) {
        return Story.metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
    }

    private static Optional<Deadline> deadline(AccountHealthReport report, String kind) {
        List<Deadline> found = report.deadlines().stream().filter(d -> d.kind().equals(kind)).toList();
        assertTrue(found.size() <= 1, () -> "one " + kind + " at most: " + found);
        return found.stream().findFirst();
    }

    @Test
    void anUnconfirmedOrderIsNotYetLateAtItsExpectedShipDate() {
        Story story = new Story().add(dueToShip("O1"));

        AccountHealthReport before = story.evaluate(SHIP_BY.minus(NS));
        // Not yet due: its expected ship date is after the window's end.
        assertEquals(0, lsr10(before).denominator());
        assertEquals(MetricStatus.NO_DATA, lsr10(before).status());
        assertFalse(deadline(before, "SHIPMENT_CONFIRMATION").orElseThrow().overdue());

        AccountHealthReport atTheInstant = story.evaluate(SHIP_BY);
        // Due, and still on time: a confirmation at this very instant would be on time.
        assertEquals(0, lsr10(atTheInstant).numerator());
        assertEquals(1, lsr10(atTheInstant).denominator());
        assertEquals(MetricStatus.OK, lsr10(atTheInstant).status());
        assertEquals(HealthStatus.HEALTHY, atTheInstant.status());
        assertTrue(atTheInstant.planOfAction().isEmpty());
        assertFalse(deadline(atTheInstant, "SHIPMENT_CONFIRMATION").orElseThrow().overdue());

        AccountHealthReport after = story.evaluate(SHIP_BY.plus(NS));
        // It has passed: late, and the deadline overdue, in the same report.
        assertEquals(1, lsr10(after).numerator());
        assertEquals(List.of("O1"), lsr10(after).orderIds());
        assertEquals(MetricStatus.BREACH, lsr10(after).status());
        assertEquals(HealthStatus.CRITICAL, after.status());
        assertTrue(deadline(after, "SHIPMENT_CONFIRMATION").orElseThrow().overdue());
    }

    @Test
    void aConfirmationAtTheExpectedShipDateIsOnTimeAndOneNanosecondLaterIsLate() {
        Story onTime = new Story().add(dueToShip("O1"), new OrderShipped(SHIP_BY, "O1", "Colissimo", "TRK1"));
        Story late = new Story().add(dueToShip("O1"), new OrderShipped(SHIP_BY.plus(NS), "O1", "Colissimo", "TRK1"));
        for (Instant asOf : List.of(SHIP_BY.plus(NS), SHIP_BY.plus(Duration.ofDays(1)))) {
            assertEquals(0, lsr10(onTime.evaluate(asOf)).numerator(), "shipped at the instant, as of " + asOf);
            assertEquals(1, lsr10(late.evaluate(asOf)).numerator(), "shipped 1 ns after, as of " + asOf);
        }
        assertEquals(Optional.empty(), deadline(onTime.evaluate(SHIP_BY), "SHIPMENT_CONFIRMATION"));
    }

    /** One open obligation of each kind that has the 30-day cutoff, with its due instant worked by hand. */
    static Stream<Arguments> obligationsWithACutoff() {
        String order = "402-0000000-0000001";
        OrderPlaced placed = Events.mfnPlaced(order, Marketplace.FR, at("2026-09-25T10:00:00Z"));
        OrderShipped shipped = new OrderShipped(at("2026-09-26T09:00:00Z"), order, "Colissimo", "TRK1");
        // A business order shipped Thursday 1 October 12:00 in Paris: invoice due by Friday 23:59:59 in
        // Paris, summer time (UTC+2).
        OrderPlaced business = OrderPlaced.builder().orderId("B1").marketplace(Marketplace.FR)
                .channel(FulfillmentChannel.MFN).at(at("2026-09-30T10:00:00Z")).latestShipAt(at("2026-10-01T20:00:00Z"))
                .latestDeliveryAt(at("2026-10-06T20:00:00Z")).businessOrder(true).build();
        return Stream.of(
                Arguments.of("BUYER_MESSAGE_RESPONSE", at("2026-10-02T10:00:00Z"), List.of(placed, shipped,
                        BuyerMessageReceived.aboutOrder(at("2026-10-01T10:00:00Z"), "M1", order))),
                Arguments.of("RETURN_RESPONSE", at("2026-10-03T10:00:00Z"), List.of(placed, shipped,
                        new ReturnRequested(at("2026-10-01T10:00:00Z"), order, "R1"))),
                Arguments.of("CHARGEBACK_RESPONSE", at("2026-10-08T10:00:00Z"), List.of(placed, shipped,
                        new ChargebackFiled(at("2026-10-01T10:00:00Z"), order, "CB1", ChargebackKind.SERVICE))),
                Arguments.of("CLAIM_INFORMATION", at("2026-10-03T10:00:00Z"), List.of(placed, shipped,
                        new ClaimFiled(at("2026-09-30T10:00:00Z"), order, "C1", "NOT_AS_DESCRIBED"),
                        new ClaimInfoRequested(at("2026-10-01T10:00:00Z"), "C1"))),
                Arguments.of("SHIPMENT_CONFIRMATION", SHIP_BY, List.of(dueToShip("O1"))),
                Arguments.of("INVOICE_UPLOAD", at("2026-10-02T21:59:59Z"), List.of(business,
                        new OrderShipped(at("2026-10-01T10:00:00Z"), "B1", "DHL", "TRK2"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("obligationsWithACutoff")
    void anObligationIsOverdueOnlyAfterItsDueInstant(String kind, Instant due, List<SellerEvent> events) {
        Story story = new Story().add(events.toArray(SellerEvent[]::new));
        assertEquals(due, deadline(story.evaluate(due), kind).orElseThrow().due());
        assertFalse(deadline(story.evaluate(due.minus(NS)), kind).orElseThrow().overdue());
        assertFalse(deadline(story.evaluate(due), kind).orElseThrow().overdue());
        assertTrue(deadline(story.evaluate(due.plus(NS)), kind).orElseThrow().overdue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("obligationsWithACutoff")
    void anObligationExactly30DaysOverdueIsStillListedAndGoneOneNanosecondLater(
            String kind, Instant due, List<SellerEvent> events) {
        Story story = new Story().add(events.toArray(SellerEvent[]::new));
        Instant cutoff = due.plus(FORGET_AFTER);
        assertTrue(deadline(story.evaluate(cutoff.minus(NS)), kind).orElseThrow().overdue());
        assertTrue(deadline(story.evaluate(cutoff), kind).orElseThrow().overdue(), "exactly 30 days overdue");
        assertEquals(Optional.empty(), deadline(story.evaluate(cutoff.plus(NS)), kind), "more than 30 days overdue");
    }

    /**
     * The same instants asked of one live session in turn, with no event between them: a deadline
     * falls overdue and lapses with time alone, and is open again when an earlier instant is asked.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("obligationsWithACutoff")
    void aLiveSessionSeesADeadlineFallOverdueAndLapseWithTimeAlone(String kind, Instant due, List<SellerEvent> events) {
        Instant cutoff = due.plus(FORGET_AFTER);
        try (HealthSession session = Story.DEFAULT_EVALUATOR.openSession()) {
            session.acceptAll(events);
            assertFalse(deadline(session.report(due), kind).orElseThrow().overdue(), "at the due instant");
            assertTrue(deadline(session.report(due.plus(NS)), kind).orElseThrow().overdue(), "just after it");
            assertTrue(deadline(session.report(cutoff), kind).orElseThrow().overdue(), "exactly 30 days overdue");
            assertEquals(Optional.empty(), deadline(session.report(cutoff.plus(NS)), kind), "more than 30 days overdue");
            assertFalse(deadline(session.report(due.minus(NS)), kind).orElseThrow().overdue(), "asked again before");
        }
    }

    @Test
    void claimInformationLongOverdueIsLeftToTheMetrics() {
        Story story = new Story();
        story.cleanMfn("402-0000000-0000001", Marketplace.FR, at("2026-08-01T10:00:00Z"));
        story.add(new ClaimFiled(at("2026-08-10T10:00:00Z"), "402-0000000-0000001", "C1", "NOT_AS_DESCRIBED"),
                new ClaimInfoRequested(at("2026-08-11T10:00:00Z"), "C1"));
        // Due 13 August 10:00; 69 days overdue on 21 October, the claim still undecided.
        AccountHealthReport report = story.evaluate(at("2026-10-21T10:00:00Z"));
        assertEquals(Optional.empty(), deadline(report, "CLAIM_INFORMATION"));
    }

    @Test
    void anAppealIsOpenUntilTheLastInstantOfItsWindow() {
        Story story = new Story();
        story.cleanMfn("402-0000000-0000001", Marketplace.FR, at("2026-09-01T10:00:00Z"));
        story.add(new ClaimFiled(at("2026-09-10T10:00:00Z"), "402-0000000-0000001", "C1", "NOT_RECEIVED"),
                new ClaimResolved(at("2026-10-01T10:00:00Z"), "C1", ClaimOutcome.GRANTED_SELLER_FUNDED));
        Instant due = at("2026-10-31T10:00:00Z");
        for (Instant asOf : List.of(due.minus(NS), due)) {
            Deadline appeal = deadline(story.evaluate(asOf), "CLAIM_APPEAL").orElseThrow(
                    () -> new AssertionError("the appeal window is open as of " + asOf));
            assertEquals(due, appeal.due());
            assertFalse(appeal.overdue());
        }
        assertEquals(Optional.empty(), deadline(story.evaluate(due.plus(NS)), "CLAIM_APPEAL"));
    }
}
