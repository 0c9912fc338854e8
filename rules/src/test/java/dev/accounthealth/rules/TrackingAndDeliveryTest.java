package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * VTR = shipments with a scanned tracking id / shipments, by promised delivery date, 30 days
 * ending 14 days ago, target &gt; 95 %. OTDR = delivered by the promised date / shipments with
 * valid tracking, 14 days ending 7 days ago, target &gt; 97 %. Both advisory.
 */
class TrackingAndDeliveryTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    /** Purchased 30 days ago, promised 26 days ago: inside the VTR window (44 to 14 days ago). */
    private static final Instant VTR_PURCHASE = AS_OF.minus(days(30));
    /** Purchased 16 days ago, promised 12 days ago: inside the OTDR window (21 to 7 days ago). */
    private static final Instant OTDR_PURCHASE = AS_OF.minus(days(16));

    /** {@code clean} clean orders plus {@code shipped} shipped with a tracking id that was never scanned. */
    private static Story vtr(int clean, int unscanned) {
        Story story = new Story();
        for (int i = 0; i < clean + unscanned; i++) {
            Instant purchase = VTR_PURCHASE.plus(hours(i));
            if (i < clean) {
                story.cleanMfn(id(i), Marketplace.FR, purchase);
            } else {
                story.add(Events.mfnPlaced(id(i), Marketplace.FR, purchase),
                        new OrderShipped(purchase.plus(hours(3)), id(i), "La Poste", "LP" + i));
            }
        }
        return story;
    }

    @Test
    void nineteenValidShipmentsOfTwentyIsExactlyTheTargetAndABreachThatChangesNoStatus() {
        AccountHealthReport report = vtr(19, 1).evaluate(AS_OF);
        MetricResult vtr = metric(report, Marketplace.FR, "VALID_TRACKING_RATE", Channel.MFN, 30);
        assertEquals(19, vtr.numerator());
        assertEquals(20, vtr.denominator());
        assertEquals(TargetCondition.GREATER_THAN, vtr.targetCondition());
        assertEquals(MetricStatus.BREACH, vtr.status());
        assertEquals(Enforcement.ADVISORY, vtr.enforcement());
        assertEquals(14, vtr.window().lagDays());
        assertEquals(AS_OF.minus(days(44)), vtr.window().from());
        assertEquals(AS_OF.minus(days(14)), vtr.window().to());
        // The orders reported are the ones that fall short.
        assertEquals(List.of(id(19)), vtr.orderIds());
        assertEquals(HealthStatus.HEALTHY, report.status());
    }

    @Test
    void twentyFourOfTwentyFiveIsAWarningAndAllValidIsOk() {
        // 96 % <= 95 % + 0.2 x 5 % = 96 %: a warning.
        assertEquals(MetricStatus.WARNING,
                metric(vtr(24, 1).evaluate(AS_OF), Marketplace.FR, "VALID_TRACKING_RATE", Channel.MFN, 30).status());
        assertEquals(MetricStatus.OK,
                metric(vtr(25, 0).evaluate(AS_OF), Marketplace.FR, "VALID_TRACKING_RATE", Channel.MFN, 30).status());
    }

    @Test
    void aBlankOrMissingTrackingIdIsNotValidEvenWhenScannedAndUnshippedOrdersAreLeftOut() {
        Story story = vtr(3, 0);
        story.add(Events.mfnPlaced(id(10), Marketplace.FR, VTR_PURCHASE),
                new OrderShipped(VTR_PURCHASE.plus(hours(2)), id(10), Optional.of("DPD"), Optional.of("  "),
                        Optional.empty()),
                new CarrierScanned(VTR_PURCHASE.plus(hours(5)), id(10)));
        story.add(Events.mfnPlaced(id(11), Marketplace.FR, VTR_PURCHASE),
                new OrderShipped(VTR_PURCHASE.plus(hours(2)), id(11)),
                new CarrierScanned(VTR_PURCHASE.plus(hours(5)), id(11)));
        story.add(Events.mfnPlaced(id(12), Marketplace.FR, VTR_PURCHASE));
        MetricResult vtr = metric(story.evaluate(AS_OF), Marketplace.FR, "VALID_TRACKING_RATE", Channel.MFN, 30);
        assertEquals(3, vtr.numerator());
        assertEquals(5, vtr.denominator());
        assertEquals(List.of(id(10), id(11)), vtr.orderIds());
    }

    @Test
    void shipmentsPromisedWithinTheLagAreNotMeasuredYet() {
        Story story = new Story();
        story.cleanMfn(id(1), Marketplace.FR, AS_OF.minus(days(17)));
        story.add(Events.mfnPlaced(id(2), Marketplace.FR, AS_OF.minus(days(17)).plusSeconds(1)),
                new OrderShipped(AS_OF.minus(days(16)), id(2), "DPD", "X"));
        // Promised 13 days ago, and 13 days ago plus a second: both after the window's end 14 days ago.
        MetricResult vtr = metric(story.evaluate(AS_OF), Marketplace.FR, "VALID_TRACKING_RATE", Channel.MFN, 30);
        assertEquals(0, vtr.denominator());
        assertEquals(MetricStatus.NO_DATA, vtr.status());
    }

    /** {@code onTime} tracked orders delivered a day early, {@code late} delivered a second late. */
    private static Story otdr(int onTime, int late) {
        Story story = new Story();
        for (int i = 0; i < onTime + late; i++) {
            Instant purchase = OTDR_PURCHASE.plus(hours(i % 48));
            if (i < onTime) {
                story.cleanMfn(id(i), Marketplace.FR, purchase);
            } else {
                OrderPlaced order = Events.mfnPlaced(id(i), Marketplace.FR, purchase);
                story.add(order, new OrderShipped(purchase.plus(hours(2)), id(i), "DPD", "D" + i),
                        new CarrierScanned(purchase.plus(hours(4)), id(i)),
                        new OrderDelivered(order.latestDeliveryAt().orElseThrow().plusSeconds(1), id(i)));
            }
        }
        return story;
    }

    @Test
    void ninetySevenOnTimeOfAHundredIsExactlyTheTargetAndABreach() {
        MetricResult otdr = metric(otdr(97, 3).evaluate(AS_OF), Marketplace.FR, "ON_TIME_DELIVERY_RATE", Channel.MFN, 14);
        assertEquals(97, otdr.numerator());
        assertEquals(100, otdr.denominator());
        assertEquals(MetricStatus.BREACH, otdr.status());
        assertEquals(AS_OF.minus(days(21)), otdr.window().from());
        assertEquals(AS_OF.minus(days(7)), otdr.window().to());
    }

    @Test
    void onTimeDeliveryWarnsWithinTheMarginAndIsOkAboveIt() {
        // 195 / 200 = 97.5 %, at or under 97 % + 0.2 x 3 % = 97.6 %: a warning; 98 % is OK.
        assertEquals(MetricStatus.WARNING, metric(otdr(195, 5).evaluate(AS_OF), Marketplace.FR,
                "ON_TIME_DELIVERY_RATE", Channel.MFN, 14).status());
        assertEquals(MetricStatus.OK, metric(otdr(98, 2).evaluate(AS_OF), Marketplace.FR,
                "ON_TIME_DELIVERY_RATE", Channel.MFN, 14).status());
    }

    @Test
    void deliveredExactlyOnThePromisedDateIsOnTimeButUndeliveredShippedLateOrUntrackedIsNot() {
        Story story = new Story();
        OrderPlaced exact = Events.mfnPlaced(id(1), Marketplace.FR, OTDR_PURCHASE);
        Instant promised = exact.latestDeliveryAt().orElseThrow();
        story.add(exact, new OrderShipped(OTDR_PURCHASE.plus(hours(1)), id(1), "DPD", "A"),
                new CarrierScanned(OTDR_PURCHASE.plus(hours(2)), id(1)), new OrderDelivered(promised, id(1)));
        story.add(Events.mfnPlaced(id(2), Marketplace.FR, OTDR_PURCHASE),
                new OrderShipped(OTDR_PURCHASE.plus(hours(1)), id(2), "DPD", "B"),
                new CarrierScanned(OTDR_PURCHASE.plus(hours(2)), id(2)));
        story.add(Events.mfnPlaced(id(3), Marketplace.FR, OTDR_PURCHASE),
                new OrderShipped(promised.plusSeconds(1), id(3), "DPD", "C"),
                new CarrierScanned(promised.plusSeconds(2), id(3)), new OrderDelivered(promised, id(3)));
        story.add(Events.mfnPlaced(id(4), Marketplace.FR, OTDR_PURCHASE),
                new OrderShipped(OTDR_PURCHASE.plus(hours(1)), id(4), "DPD", "D"),
                new OrderDelivered(promised.minus(days(1)), id(4)));
        MetricResult otdr = metric(story.evaluate(AS_OF), Marketplace.FR, "ON_TIME_DELIVERY_RATE", Channel.MFN, 14);
        // Order 4 was never scanned: not in the denominator of on-time delivery.
        assertEquals(1, otdr.numerator());
        assertEquals(3, otdr.denominator());
        assertEquals(List.of(id(2), id(3)), otdr.orderIds());
    }
}
