package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Events.mfnDue;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.marketplace;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values worked by hand from metrics.md: LSR = late / due to ship, target &lt; 4 %. */
class LateShipmentRateTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    /**
     * The Seller Central dashboard case: 61 seller-fulfilled orders due over the last 10 days
     * (one every 3 hours), the first {@code late} of them confirmed an hour after their expected
     * ship date, the rest an hour before it.
     */
    private static Story dashboard(int late) {
        Story story = new Story();
        for (int i = 0; i < 61; i++) {
            Instant due = AS_OF.minus(hours(2 + i * 3L));
            story.add(mfnDue(id(i), Marketplace.FR, due));
            story.add(new OrderShipped(i < late ? due.plus(hours(1)) : due.minus(hours(1)), id(i), "Colissimo", "T" + i));
        }
        return story;
    }

    @Test
    void sixteenLateOfSixtyOneIsABreachAtMoreThanTwiceTheTargetSoTheAccountIsCritical() {
        AccountHealthReport report = dashboard(16).evaluate(AS_OF);

        MetricResult lsr = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(16, lsr.numerator());
        assertEquals(61, lsr.denominator());
        assertEquals(new BigDecimal("0.26229508"), lsr.rate().orElseThrow());
        assertEquals(MetricStatus.BREACH, lsr.status());
        assertEquals(TargetCondition.LESS_THAN, lsr.targetCondition());
        assertEquals(0, new BigDecimal("0.04").compareTo(lsr.targetValue()));
        assertEquals(Enforcement.ENFORCED, lsr.enforcement());
        assertEquals(10, lsr.window().days());
        assertEquals(0, lsr.window().lagDays());
        assertEquals(at("2026-11-10T00:00:00Z"), lsr.window().from());
        assertEquals(AS_OF, lsr.window().to());
        assertEquals(List.of(id(0), id(1), id(2), id(3), id(4), id(5), id(6), id(7), id(8), id(9), id(10), id(11),
                id(12), id(13), id(14), id(15)), lsr.orderIds());
        assertTrue(lsr.firedRules().contains(lsr.rule()));
        assertTrue(lsr.firedRules().contains("A rate at or above its less-than target is a breach"));

        assertEquals(HealthStatus.CRITICAL, marketplace(report, Marketplace.FR).status());
        assertEquals(HealthStatus.CRITICAL, report.status());
        assertTrue(report.breaches().stream().anyMatch(b -> b.metric().equals("LATE_SHIPMENT_RATE")
                && b.windowDays() == 10 && b.marketplace() == Marketplace.FR));
    }

    @Test
    void threeLateOfSixtyOneIsABreachUnderTwiceTheTargetSoTheAccountIsAtRisk() {
        AccountHealthReport report = dashboard(3).evaluate(AS_OF);

        MetricResult lsr = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(3, lsr.numerator());
        assertEquals(61, lsr.denominator());
        assertEquals(new BigDecimal("0.04918033"), lsr.rate().orElseThrow());
        assertEquals(MetricStatus.BREACH, lsr.status());
        assertEquals(HealthStatus.AT_RISK, marketplace(report, Marketplace.FR).status());
        assertEquals(HealthStatus.AT_RISK, report.status());
    }

    @Test
    void twoLateOfSixtyOneIsAWarningWithinTheMarginAndTheAccountStaysHealthy() {
        AccountHealthReport report = dashboard(2).evaluate(AS_OF);

        MetricResult lsr = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(2, lsr.numerator());
        assertEquals(new BigDecimal("0.03278689"), lsr.rate().orElseThrow());
        // 3.28 % >= 0.8 x 4 % = 3.2 %: a warning.
        assertEquals(MetricStatus.WARNING, lsr.status());
        assertEquals(HealthStatus.HEALTHY, report.status());
        assertTrue(report.breaches().isEmpty());
        assertTrue(report.warnings().stream().anyMatch(w -> w.metric().equals("LATE_SHIPMENT_RATE")));
    }

    @Test
    void oneLateOfSixtyOneIsUnderTheMarginAndOk() {
        MetricResult lsr = metric(dashboard(1).evaluate(AS_OF), Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        // 1 / 61 = 1.64 % < 3.2 %.
        assertEquals(MetricStatus.OK, lsr.status());
    }

    @Test
    void exactlyFourPercentIsABreach() {
        Story story = new Story();
        for (int i = 0; i < 25; i++) {
            Instant due = AS_OF.minus(hours(5 + i));
            story.add(mfnDue(id(i), Marketplace.DE, due),
                    new OrderShipped(i == 0 ? due.plusSeconds(1) : due, id(i)));
        }
        MetricResult lsr = metric(story.evaluate(AS_OF), Marketplace.DE, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        // 1 / 25 = 4 % exactly, and a shipment confirmed exactly at the expected ship date is on time.
        assertEquals(1, lsr.numerator());
        assertEquals(25, lsr.denominator());
        assertEquals(MetricStatus.BREACH, lsr.status());
    }

    @Test
    void anOrderNotConfirmedByItsExpectedShipDateIsLateAndACancelledOneIsLeftOut() {
        Story story = new Story();
        Instant due = AS_OF.minus(hours(30));
        story.add(mfnDue(id(1), Marketplace.FR, due));
        story.add(mfnDue(id(2), Marketplace.FR, due), new OrderShipped(due.minus(hours(3)), id(2)));
        story.add(mfnDue(id(3), Marketplace.FR, due),
                new OrderCancelled(due.minus(hours(20)), id(3), CancelledBy.BUYER));
        MetricResult lsr = metric(story.evaluate(AS_OF), Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(1, lsr.numerator());
        assertEquals(2, lsr.denominator());
        assertEquals(List.of(id(1)), lsr.orderIds());
    }

    @Test
    void theThirtyDayWindowHoldsOrdersTheTenDayWindowNoLongerSees() {
        Story story = new Story();
        Instant due = AS_OF.minus(Events.days(15));
        story.add(mfnDue(id(1), Marketplace.FR, due), new OrderShipped(due.plus(hours(5)), id(1)));
        story.add(mfnDue(id(2), Marketplace.FR, AS_OF.minus(hours(5))), new OrderShipped(AS_OF.minus(hours(6)), id(2)));
        AccountHealthReport report = story.evaluate(AS_OF);
        MetricResult ten = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        MetricResult thirty = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 30);
        assertEquals(0, ten.numerator());
        assertEquals(1, ten.denominator());
        assertEquals(1, thirty.numerator());
        assertEquals(2, thirty.denominator());
        assertEquals(MetricStatus.BREACH, thirty.status());
    }

    @Test
    void amazonFulfilledOrdersAreNotMeasuredEvenWhenShippedScannedAndDelivered() {
        Story story = new Story();
        Instant placed = AS_OF.minus(Events.days(20));
        story.afn(id(1), Marketplace.FR, placed);
        story.add(new OrderShipped(placed.plus(hours(5)), id(1), "Amazon Logistics", "TBA1"),
                new dev.accounthealth.event.CarrierScanned(placed.plus(hours(6)), id(1)),
                new dev.accounthealth.event.OrderDelivered(placed.plus(Events.days(2)), id(1)));
        AccountHealthReport report = story.evaluate(AS_OF);
        assertEquals(0, metric(report, Marketplace.FR, "VALID_TRACKING_RATE", Channel.MFN, 30).denominator());
        assertEquals(0, metric(report, Marketplace.FR, "ON_TIME_DELIVERY_RATE", Channel.MFN, 14).denominator());
        MetricResult lsr = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(0, lsr.denominator());
        assertEquals(MetricStatus.NO_DATA, lsr.status());
        assertTrue(lsr.rate().isEmpty());
    }

    /**
     * metrics.md: an unconfirmed order is late once its expected ship date "has passed by asOf";
     * confirmed at that very instant it is on time. At the instant itself the order is due and not
     * late, and its shipment confirmation is not yet overdue; a nanosecond later it is both.
     */
    @Test
    void anUnconfirmedOrderIsLateFromTheInstantJustAfterItsExpectedShipDate() {
        Instant due = AS_OF.minus(hours(5));
        Story unconfirmed = new Story().add(mfnDue(id(1), Marketplace.FR, due));
        for (Instant asOf : List.of(due.minusNanos(1), due, due.plusNanos(1))) {
            AccountHealthReport report = unconfirmed.evaluate(asOf);
            MetricResult lsr = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
            boolean passed = asOf.isAfter(due);
            assertEquals(asOf.isBefore(due) ? 0 : 1, lsr.denominator(), "due at " + asOf);
            assertEquals(passed ? 1 : 0, lsr.numerator(), "late at " + asOf);
            assertEquals(passed ? MetricStatus.BREACH : asOf.isBefore(due) ? MetricStatus.NO_DATA : MetricStatus.OK,
                    lsr.status(), "at " + asOf);
            assertEquals(List.of(passed), report.deadlines().stream()
                    .filter(d -> d.kind().equals("SHIPMENT_CONFIRMATION")).map(d -> d.overdue()).toList(),
                    "confirmation overdue at " + asOf);
        }
        Story confirmedAtTheInstant = new Story().add(mfnDue(id(1), Marketplace.FR, due), new OrderShipped(due, id(1)));
        MetricResult lsr = metric(confirmedAtTheInstant.evaluate(AS_OF), Marketplace.FR, "LATE_SHIPMENT_RATE",
                Channel.MFN, 10);
        assertEquals(0, lsr.numerator());
        assertEquals(1, lsr.denominator());
    }
}
