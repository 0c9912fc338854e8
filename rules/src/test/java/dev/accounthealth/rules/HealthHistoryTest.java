package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Events.mfnDue;
import static dev.accounthealth.rules.Events.mfnPlaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthHistory;
import dev.accounthealth.report.HealthSnapshot;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceSnapshot;
import dev.accounthealth.report.MetricSnapshot;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.Window;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A daily history worked by hand from metrics.md: the late shipment rate is late / due to ship
 * among the orders whose expected ship date lies in the window, target under 4 %, critical at
 * twice it; an order not confirmed by its expected ship date is late from the instant after it.
 */
class HealthHistoryTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    /**
     * In FR: A due on the 17th at noon, shipped two hours early; B due on the 18th at noon, never
     * shipped; C due on the 19th at noon, shipped three hours late; D due on the 21st. In DE: one
     * order placed on the 19th at 06:00, due the next day.
     */
    private static final List<SellerEvent> EVENTS = List.of(
            mfnDue("A", Marketplace.FR, at("2026-11-17T12:00:00Z")),
            new OrderShipped(at("2026-11-17T10:00:00Z"), "A", "Colissimo", "TA"),
            mfnDue("B", Marketplace.FR, at("2026-11-18T12:00:00Z")),
            mfnDue("C", Marketplace.FR, at("2026-11-19T12:00:00Z")),
            new OrderShipped(at("2026-11-19T15:00:00Z"), "C", "Colissimo", "TC"),
            mfnDue("D", Marketplace.FR, at("2026-11-21T12:00:00Z")),
            mfnPlaced("E", Marketplace.DE, at("2026-11-19T06:00:00Z")));

    @Test
    void threeDaysOfLateShipmentsCountedAtEachDaysInstant() {
        HealthHistory history = Story.DEFAULT_EVALUATOR.dailyHistory(EVENTS, AS_OF, 3, ZoneOffset.UTC);

        assertEquals(AS_OF, history.asOf());
        assertEquals(List.of(at("2026-11-18T00:00:00Z"), at("2026-11-19T00:00:00Z"), AS_OF),
                history.snapshots().stream().map(HealthSnapshot::at).toList());

        // The 18th: only A is due in the window, on time: 0 / 1.
        HealthSnapshot first = history.snapshots().get(0);
        MetricSnapshot lsr = lsr(first, 10);
        assertEquals(new Window(10, 0, at("2026-11-08T00:00:00Z"), at("2026-11-18T00:00:00Z")), lsr.window());
        assertEquals(List.of(0L, 1L), List.of(lsr.numerator(), lsr.denominator()));
        assertEquals(Optional.of(new BigDecimal("0.00000000")), lsr.rate());
        assertEquals(MetricStatus.OK, lsr.status());
        assertEquals(HealthStatus.HEALTHY, first.status());
        assertEquals(List.of(Marketplace.FR), marketplaces(first));

        // The 19th: B's expected ship date passed unconfirmed: 1 late of 2, more than twice 4 %.
        HealthSnapshot second = history.snapshots().get(1);
        assertEquals(List.of(1L, 2L), figures(lsr(second, 10)));
        assertEquals(Optional.of(new BigDecimal("0.50000000")), lsr(second, 10).rate());
        assertEquals(MetricStatus.BREACH, lsr(second, 10).status());
        assertEquals(List.of(1L, 2L), figures(lsr(second, 30)));
        assertEquals(HealthStatus.CRITICAL, second.marketplace(Marketplace.FR).orElseThrow().status());
        assertEquals(HealthStatus.CRITICAL, second.status());
        assertEquals(List.of(Marketplace.FR), marketplaces(second), "DE has no event before the 19th at 06:00");

        // The 20th: C was confirmed after its expected ship date: 2 late of 3; D is due after the window.
        HealthSnapshot third = history.snapshots().get(2);
        assertEquals(List.of(2L, 3L), figures(lsr(third, 10)));
        assertEquals(Optional.of(new BigDecimal("0.66666667")), lsr(third, 10).rate());
        assertEquals(HealthStatus.CRITICAL, third.status());
        assertEquals(List.of(Marketplace.FR, Marketplace.DE), marketplaces(third));
        MarketplaceSnapshot de = third.marketplace(Marketplace.DE).orElseThrow();
        MetricSnapshot deLsr = de.metric("LATE_SHIPMENT_RATE", Channel.MFN, 10).orElseThrow();
        assertEquals(List.of(0L, 0L), figures(deLsr), "E is due on the 20th at 06:00, after the window");
        assertEquals(MetricStatus.NO_DATA, deLsr.status());
        assertEquals(Optional.empty(), deLsr.rate());
        assertEquals(HealthStatus.HEALTHY, de.status());
    }

    /** Paris left summer time on 25 October 2026 at 03:00: 13:00 there was 11:00 UTC before, 12:00 after. */
    @Test
    void theDaysOfADailyHistoryKeepTheTimeOfDayOfTheZone() {
        Instant asOf = at("2026-10-26T12:00:00Z");
        List<Instant> expected = List.of(at("2026-10-24T11:00:00Z"), at("2026-10-25T12:00:00Z"), asOf);

        HealthHistory paris = Story.DEFAULT_EVALUATOR.dailyHistory(EVENTS, asOf, 3, ZoneId.of("Europe/Paris"));
        assertEquals(expected, paris.snapshots().stream().map(HealthSnapshot::at).toList());

        List<SellerEvent> french = List.of(mfnPlaced("F", Marketplace.FR, at("2026-10-20T08:00:00Z")));
        HealthHistory sellers = Story.DEFAULT_EVALUATOR.dailyHistory(french, asOf, 3);
        assertEquals(expected, sellers.snapshots().stream().map(HealthSnapshot::at).toList(),
                "a seller in FR counts its days in Paris");
    }

    @Test
    void theSameInstantTwiceIsOneSnapshotAndInstantsAreSorted() {
        HealthHistory history = Story.DEFAULT_EVALUATOR.history(EVENTS, List.of(AS_OF, at("2026-11-19T00:00:00Z"),
                AS_OF));
        assertEquals(List.of(at("2026-11-19T00:00:00Z"), AS_OF),
                history.snapshots().stream().map(HealthSnapshot::at).toList());
        assertEquals(List.of(2L, 3L), figures(lsr(history.snapshot(AS_OF).orElseThrow(), 10)));
    }

    @Test
    void aHistoryNeedsAnInstantAndADay() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Story.DEFAULT_EVALUATOR.history(EVENTS, List.of()));
        assertTrue(none.getMessage().contains("at least one instant"), none.getMessage());
        IllegalArgumentException noDay = assertThrows(IllegalArgumentException.class,
                () -> Story.DEFAULT_EVALUATOR.dailyHistory(EVENTS, AS_OF, 0));
        assertTrue(noDay.getMessage().contains("at least 1 day, was 0"), noDay.getMessage());
    }

    private static MetricSnapshot lsr(HealthSnapshot snapshot, int days) {
        return snapshot.marketplace(Marketplace.FR).orElseThrow()
                .metric("LATE_SHIPMENT_RATE", Channel.MFN, days).orElseThrow();
    }

    private static List<Long> figures(MetricSnapshot metric) {
        return List.of(metric.numerator(), metric.denominator());
    }

    private static List<Marketplace> marketplaces(HealthSnapshot snapshot) {
        return snapshot.marketplaces().stream().map(MarketplaceSnapshot::marketplace).toList();
    }
}
