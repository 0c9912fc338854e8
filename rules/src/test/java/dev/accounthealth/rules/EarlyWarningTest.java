package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.EarlyWarning;
import dev.accounthealth.report.MetricStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rate that rose by more than 0.2 points in 7 days warns, even within its target. */
class EarlyWarningTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    /**
     * {@code past} on-time orders due 8 days before asOf (in the 10-day window both then and now),
     * {@code recent} on-time orders due 2 days before, and one order due a day before shipped late.
     */
    private static AccountHealthReport evaluate(int past, int recent) {
        Story story = new Story();
        for (int i = 0; i < past; i++) {
            Instant due = AS_OF.minus(days(8)).minus(hours(i % 30));
            story.add(Events.mfnDue(id(i), Marketplace.FR, due), new OrderShipped(due.minus(hours(1)), id(i)));
        }
        for (int i = 0; i < recent; i++) {
            Instant due = AS_OF.minus(days(2)).minus(hours(i % 24));
            story.add(Events.mfnDue(id(1000 + i), Marketplace.FR, due),
                    new OrderShipped(due.minus(hours(1)), id(1000 + i)));
        }
        Instant due = AS_OF.minus(days(1));
        story.add(Events.mfnDue(id(9999), Marketplace.FR, due), new OrderShipped(due.plus(hours(1)), id(9999)));
        return story.evaluate(AS_OF);
    }

    @Test
    void aLateShipmentRateRisingFromZeroWarnsWhileStillWithinTarget() {
        // A week ago: 0 / 30 in both windows. Now: 1 / 61 = 1.64 %, OK, but up 1.64 points.
        AccountHealthReport report = evaluate(30, 30);
        assertEquals(List.of(
                new EarlyWarning(Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10, 7,
                        new BigDecimal("0E-8"), new BigDecimal("0.01639344"), new BigDecimal("0.002"), MetricStatus.OK),
                new EarlyWarning(Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 30, 7,
                        new BigDecimal("0E-8"), new BigDecimal("0.01639344"), new BigDecimal("0.002"), MetricStatus.OK)),
                report.earlyWarnings());
        assertTrue(report.breaches().isEmpty());
    }

    @Test
    void aRiseOfExactlyTheMarginIsNotMoreThanIt() {
        // 1 / 500 = 0.2 points exactly over a week-ago 0 / 10.
        assertTrue(evaluate(10, 489).earlyWarnings().isEmpty());
        // 1 / 499 is a little more.
        assertEquals(2, evaluate(10, 488).earlyWarnings().size());
    }

    @Test
    void nothingToCompareWithIsNoWarning() {
        // A week ago no order was due: no rate to compare with.
        assertTrue(evaluate(0, 30).earlyWarnings().isEmpty());
    }
}
