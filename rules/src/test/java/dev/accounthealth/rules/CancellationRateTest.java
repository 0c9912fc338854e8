package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cancel rate = orders cancelled by the seller or Amazon / orders, 7 days, target &lt; 2.5 %. */
class CancellationRateTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    /** 40 seller-fulfilled orders placed over the last 6 days; order 0 cancelled by {@code by}. */
    private static AccountHealthReport fortyOrdersOneCancelledBy(CancelledBy by) {
        Story story = new Story();
        for (int i = 1; i < 40; i++) {
            story.cleanMfn(id(i), Marketplace.FR, AS_OF.minus(days(6)).plus(hours(i)));
        }
        story.add(Events.mfnPlaced(id(0), Marketplace.FR, AS_OF.minus(days(5))),
                new OrderCancelled(AS_OF.minus(days(5)).plus(hours(2)), id(0), by));
        return story.evaluate(AS_OF);
    }

    @Test
    void oneSellerCancellationInFortyOrdersIsExactlyTheTargetAndABreach() {
        AccountHealthReport report = fortyOrdersOneCancelledBy(CancelledBy.SELLER);
        MetricResult rate = metric(report, Marketplace.FR, "PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7);
        assertEquals(1, rate.numerator());
        assertEquals(40, rate.denominator());
        assertEquals(MetricStatus.BREACH, rate.status());
        assertEquals(List.of(id(0)), rate.orderIds());
        assertEquals(HealthStatus.AT_RISK, report.status());
    }

    @Test
    void amazonCancellingAnUnconfirmedOrderCountsAgainstTheSeller() {
        MetricResult rate = metric(fortyOrdersOneCancelledBy(CancelledBy.AMAZON), Marketplace.FR,
                "PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7);
        assertEquals(1, rate.numerator());
        assertEquals(MetricStatus.BREACH, rate.status());
    }

    @Test
    void oneBuyerCancellationInFortyOrdersCountsOnlyInTheDenominator() {
        AccountHealthReport report = fortyOrdersOneCancelledBy(CancelledBy.BUYER);
        MetricResult rate = metric(report, Marketplace.FR, "PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7);
        assertEquals(0, rate.numerator());
        assertEquals(40, rate.denominator());
        assertEquals(MetricStatus.OK, rate.status());
        assertEquals(HealthStatus.HEALTHY, report.status());
    }

    @Test
    void ordersPlacedMoreThanSevenDaysAgoAreOutOfTheWindow() {
        Story story = new Story();
        story.add(Events.mfnPlaced(id(1), Marketplace.FR, AS_OF.minus(days(7))),
                new OrderCancelled(AS_OF.minus(days(6)), id(1), CancelledBy.SELLER));
        story.cleanMfn(id(2), Marketplace.FR, AS_OF.minus(days(7)).plusSeconds(1));
        MetricResult rate = metric(story.evaluate(AS_OF), Marketplace.FR, "PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7);
        // Purchased exactly 7 days before asOf: at the window's open start, so outside.
        assertEquals(0, rate.numerator());
        assertEquals(1, rate.denominator());
    }
}
