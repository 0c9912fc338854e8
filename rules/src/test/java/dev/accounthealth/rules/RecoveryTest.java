package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.ProjectedStatus;
import dev.accounthealth.report.Recovery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Recovery figures, roll-offs and projections, worked by hand from the window definition. */
class RecoveryTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    private static Story lateShipments(Instant... lateDue) {
        Story story = new Story();
        for (int i = 0; i < lateDue.length; i++) {
            story.add(Events.mfnDue(id(i), Marketplace.FR, lateDue[i]),
                    new OrderShipped(lateDue[i].plus(hours(1)), id(i)));
        }
        return story;
    }

    @Test
    void theDashboardCaseNeedsThreeHundredFortyCleanOrdersAndClearsAsItsLateOrdersRollOff() {
        Story story = new Story();
        for (int i = 0; i < 61; i++) {
            Instant due = AS_OF.minus(hours(2 + i * 3L));
            story.add(Events.mfnDue(id(i), Marketplace.FR, due),
                    new OrderShipped(i < 16 ? due.plus(hours(1)) : due.minus(hours(1)), id(i)));
        }
        Recovery recovery = metric(story.evaluate(AS_OF), Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10)
                .recovery();
        assertEquals(OptionalLong.of(340), recovery.cleanOrdersNeeded());
        assertEquals(OptionalLong.empty(), recovery.defectsToBreach());
        // The late orders were due 2, 5, …, 47 hours before asOf: they leave 10 days after.
        assertEquals(Optional.of(AS_OF.minus(hours(47)).plus(days(10))), recovery.nextRollOff());
        assertEquals(Optional.of(AS_OF.minus(hours(2)).plus(days(10))), recovery.allClearAt());
    }

    @Test
    void aMetricUnderItsTargetSaysHowManyDefectsWouldBreachIt() {
        Story story = new Story();
        for (int i = 0; i < 61; i++) {
            Instant due = AS_OF.minus(hours(2 + i * 3L));
            story.add(Events.mfnDue(id(i), Marketplace.FR, due),
                    new OrderShipped(i < 2 ? due.plus(hours(1)) : due.minus(hours(1)), id(i)));
        }
        MetricResult lsr = metric(story.evaluate(AS_OF), Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(MetricStatus.WARNING, lsr.status());
        assertEquals(OptionalLong.of(1), lsr.recovery().defectsToBreach());
        assertEquals(OptionalLong.empty(), lsr.recovery().cleanOrdersNeeded());
    }

    @Test
    void anItemLeavesItsWindowExactlyLengthPlusLagAfterItsAnchor() {
        Instant due = AS_OF.minus(days(3));
        Story story = lateShipments(due);
        Instant rollOff = due.plus(days(10));
        assertEquals(Optional.of(rollOff), metric(story.evaluate(AS_OF), Marketplace.FR, "LATE_SHIPMENT_RATE",
                Channel.MFN, 10).recovery().nextRollOff());
        assertEquals(1, metric(story.evaluate(rollOff.minusNanos(1)), Marketplace.FR, "LATE_SHIPMENT_RATE",
                Channel.MFN, 10).numerator());
        assertEquals(0, metric(story.evaluate(rollOff), Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10)
                .denominator());
    }

    @Test
    void theProjectionFollowsSeveralRollOffsWithoutAnythingNew() {
        // Late orders due 9, 8 and 2 days before asOf, and 22 on-time orders due a day before it:
        // 3 / 25 = 12 % over 10 days, and over 30.
        Story story = lateShipments(AS_OF.minus(days(9)), AS_OF.minus(days(8)), AS_OF.minus(days(2)));
        for (int i = 10; i < 32; i++) {
            Instant due = AS_OF.minus(days(1));
            story.add(Events.mfnDue(id(i), Marketplace.FR, due), new OrderShipped(due.minus(hours(1)), id(i)));
        }
        AccountHealthReport report = story.evaluate(AS_OF);
        MetricResult ten = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        MetricResult thirty = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 30);
        assertEquals(3, ten.numerator());
        assertEquals(25, ten.denominator());

        // Roll-offs of the late orders: +1, +2 and +8 days out of the 10-day window; +21, +22, +28
        // days out of the 30-day one. The report projects to the first four.
        Instant d1 = AS_OF.plus(days(1));
        Instant d2 = AS_OF.plus(days(2));
        Instant d8 = AS_OF.plus(days(8));
        Instant d21 = AS_OF.plus(days(21));
        assertEquals(List.of(d1, d2, d8, d21), report.outlook().stream().map(Outlook::at).toList());
        assertEquals(List.of(
                        // The 10-day window then holds the 2 later late orders of the 22 + 2 still due in it.
                        new ProjectedStatus(d1, 2, 24, Optional.of(new java.math.BigDecimal("0.08333333")),
                                MetricStatus.BREACH),
                        new ProjectedStatus(d2, 1, 23, Optional.of(new java.math.BigDecimal("0.04347826")),
                                MetricStatus.BREACH),
                        new ProjectedStatus(d8, 0, 22, Optional.of(new java.math.BigDecimal("0E-8")), MetricStatus.OK),
                        // The on-time orders left at +9 days: nothing to count.
                        new ProjectedStatus(d21, 0, 0, Optional.empty(), MetricStatus.NO_DATA)),
                ten.recovery().projection());
        assertEquals(List.of(MetricStatus.BREACH, MetricStatus.BREACH, MetricStatus.BREACH, MetricStatus.BREACH),
                thirty.recovery().projection().stream().map(ProjectedStatus::status).toList());
        assertEquals(2, thirty.recovery().projection().get(3).numerator());
        assertEquals(Optional.of(AS_OF.plus(days(1))), ten.recovery().nextRollOff());
        assertEquals(Optional.of(AS_OF.plus(days(8))), ten.recovery().allClearAt());
        assertEquals(Optional.of(AS_OF.plus(days(28))), thirty.recovery().allClearAt());
        // The 30-day rate is 12 %, then 8.33 % at +21 days: at least twice 4 % all along.
        assertTrue(report.outlook().stream().allMatch(o -> o.status() == HealthStatus.CRITICAL));
        assertEquals(new TreeMap<>(java.util.Map.of(Marketplace.FR, HealthStatus.CRITICAL)),
                report.outlook().get(0).marketplaces());
    }

    @Test
    void metricsWithNothingWrongAreNotProjected() {
        Story story = new Story();
        story.cleanMfn(id(1), Marketplace.DE, AS_OF.minus(days(3)));
        AccountHealthReport report = story.evaluate(AS_OF);
        assertTrue(report.outlook().isEmpty());
        assertTrue(report.marketplaces().get(0).metrics().stream().allMatch(m -> m.recovery().projection().isEmpty()));
    }
}
