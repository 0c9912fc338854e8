package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.marketplace;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ChargebackOutcome;
import dev.accounthealth.event.ChargebackResolved;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FeedbackRemoval;
import dev.accounthealth.event.FeedbackRemoved;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ODR = orders with at least one defect / orders, by purchase date over 60 days, target &lt; 1 %. */
class OrderDefectRateTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    /** {@code count} clean seller-fulfilled FR orders purchased over the last 50 days. */
    private static Story cleanOrders(int count) {
        Story story = new Story();
        for (int i = 0; i < count; i++) {
            story.cleanMfn(id(i), Marketplace.FR, AS_OF.minus(days(50)).plusSeconds(i * 3600L));
        }
        return story;
    }

    private static MetricResult odr(AccountHealthReport report) {
        return metric(report, Marketplace.FR, "ORDER_DEFECT_RATE", Channel.MFN, 60);
    }

    private static Instant feedbackTime() {
        return AS_OF.minus(days(10));
    }

    @Test
    void oneDefectInAHundredOrdersBreachesTheOnePercentTarget() {
        Story story = cleanOrders(100).add(new FeedbackReceived(feedbackTime(), id(7), "F1", 1));
        AccountHealthReport report = story.evaluate(AS_OF);
        MetricResult odr = odr(report);
        assertEquals(1, odr.numerator());
        assertEquals(100, odr.denominator());
        assertEquals(MetricStatus.BREACH, odr.status());
        assertEquals(List.of(id(7)), odr.orderIds());
        // 1 % is under twice the target: at risk, not critical.
        assertEquals(HealthStatus.AT_RISK, marketplace(report, Marketplace.FR).status());
    }

    @Test
    void oneDefectInAHundredAndOneOrdersIsAWarning() {
        MetricResult odr = odr(cleanOrders(101).add(new FeedbackReceived(feedbackTime(), id(7), "F1", 2))
                .evaluate(AS_OF));
        // 1 / 101 = 0.99 %: under 1 %, at or over 0.8 %.
        assertEquals(MetricStatus.WARNING, odr.status());
    }

    @Test
    void twoDefectsInAHundredOrdersMakeTheAccountCritical() {
        AccountHealthReport report = cleanOrders(100)
                .add(new FeedbackReceived(feedbackTime(), id(1), "F1", 1),
                        new ClaimFiled(feedbackTime(), id(2), "C1", "NOT_AS_DESCRIBED"))
                .evaluate(AS_OF);
        assertEquals(2, odr(report).numerator());
        assertEquals(HealthStatus.CRITICAL, report.status());
    }

    @Test
    void anOrderWithSeveralDefectsCountsOnceInTheRateAndOnceInEachComponent() {
        AccountHealthReport report = cleanOrders(200)
                .add(new FeedbackReceived(feedbackTime(), id(3), "F1", 1),
                        new ClaimFiled(feedbackTime(), id(3), "C1", "NOT_RECEIVED"),
                        new ChargebackFiled(feedbackTime(), id(3), "CB1", ChargebackKind.SERVICE))
                .evaluate(AS_OF);
        assertEquals(1, odr(report).numerator());
        for (String component : List.of("NEGATIVE_FEEDBACK_RATE", "A_TO_Z_CLAIM_RATE", "CHARGEBACK_RATE")) {
            MetricResult result = metric(report, Marketplace.FR, component, Channel.MFN, 60);
            assertEquals(1, result.numerator(), component);
            assertEquals(200, result.denominator(), component);
            assertEquals(Enforcement.INFO, result.enforcement(), component);
        }
    }

    @Test
    void onlyStandingFeedbackRatedOneOrTwoIsNegative() {
        AccountHealthReport report = cleanOrders(100)
                .add(new FeedbackReceived(feedbackTime(), id(1), "F1", 3),
                        new FeedbackReceived(feedbackTime(), id(2), "F2", 2),
                        new FeedbackRemoved(feedbackTime().plus(days(1)), "F2", FeedbackRemoval.STRUCK_THROUGH),
                        new FeedbackReceived(feedbackTime(), id(3), "F3", 1),
                        new FeedbackRemoved(feedbackTime().plus(days(1)), "F3", FeedbackRemoval.REMOVED),
                        new FeedbackReceived(feedbackTime(), id(4), "F4", 5))
                .evaluate(AS_OF);
        assertEquals(0, odr(report).numerator());
    }

    @Test
    void aRemovalAfterAsOfHasNotHappenedYet() {
        Story story = cleanOrders(100).add(new FeedbackReceived(feedbackTime(), id(2), "F2", 2),
                new FeedbackRemoved(AS_OF.plusSeconds(1), "F2", FeedbackRemoval.REMOVED));
        assertEquals(1, odr(story.evaluate(AS_OF)).numerator());
        assertEquals(0, odr(story.evaluate(AS_OF.plusSeconds(1))).numerator());
    }

    @Test
    void claimsCountUnlessDeniedWithdrawnOrCoveredByBuyShipping() {
        Instant t = feedbackTime();
        List<SellerEvent> claims = List.of(
                new ClaimFiled(t, id(1), "C1", "NOT_RECEIVED"),
                new ClaimResolved(t.plus(days(2)), "C1", ClaimOutcome.DENIED),
                new ClaimFiled(t, id(2), "C2", "NOT_RECEIVED"),
                new ClaimResolved(t.plus(days(2)), "C2", ClaimOutcome.WITHDRAWN),
                new ClaimFiled(t, id(3), "C3", Optional.of("NOT_RECEIVED"), Optional.empty(), true),
                new ClaimFiled(t, id(4), "C4", Optional.of("NOT_AS_DESCRIBED"), Optional.empty(), true),
                new ClaimFiled(t, id(5), "C5", "NOT_RECEIVED"),
                new ClaimResolved(t.plus(days(2)), "C5", ClaimOutcome.GRANTED_AMAZON_FUNDED),
                new ClaimFiled(t, id(6), "C6", "NOT_RECEIVED"),
                new ClaimResolved(t.plus(days(2)), "C6", ClaimOutcome.GRANTED_SELLER_FUNDED),
                new ClaimFiled(t, id(7), "C7", "LATE_DELIVERY"));
        AccountHealthReport report = cleanOrders(500).add(claims.toArray(SellerEvent[]::new)).evaluate(AS_OF);
        MetricResult claimRate = metric(report, Marketplace.FR, "A_TO_Z_CLAIM_RATE", Channel.MFN, 60);
        // C1 denied, C2 withdrawn, C3 a delivery claim covered by Buy Shipping: they do not count.
        // C4 (not a delivery claim), C5, C6 (granted) and C7 (pending) count.
        assertEquals(List.of(id(4), id(5), id(6), id(7)), claimRate.orderIds());
        assertEquals(4, odr(report).numerator());
    }

    @Test
    void onlyServiceChargebacksNotDecidedForTheSellerCount() {
        Instant t = feedbackTime();
        AccountHealthReport report = cleanOrders(500).add(
                new ChargebackFiled(t, id(1), "CB1", ChargebackKind.FRAUD),
                new ChargebackFiled(t, id(2), "CB2", ChargebackKind.SERVICE),
                new ChargebackResolved(t.plus(days(3)), "CB2", ChargebackOutcome.SELLER_FAVOUR),
                new ChargebackFiled(t, id(3), "CB3", ChargebackKind.SERVICE),
                new ChargebackResolved(t.plus(days(3)), "CB3", ChargebackOutcome.WITHDRAWN),
                new ChargebackFiled(t, id(4), "CB4", ChargebackKind.SERVICE),
                new ChargebackResolved(t.plus(days(3)), "CB4", ChargebackOutcome.BUYER_FAVOUR),
                new ChargebackFiled(t, id(5), "CB5", ChargebackKind.SERVICE)).evaluate(AS_OF);
        assertEquals(List.of(id(4), id(5)), metric(report, Marketplace.FR, "CHARGEBACK_RATE", Channel.MFN, 60).orderIds());
    }

    @Test
    void aDefectCountsByItsOrdersPurchaseDateNotByWhenItArrived() {
        Story story = new Story();
        story.cleanMfn(id(1), Marketplace.FR, AS_OF.minus(days(61)));
        story.cleanMfn(id(2), Marketplace.FR, AS_OF.minus(days(59)));
        story.add(new FeedbackReceived(AS_OF.minus(days(1)), id(1), "F1", 1));
        MetricResult odr = odr(story.evaluate(AS_OF));
        assertEquals(0, odr.numerator());
        assertEquals(1, odr.denominator());
    }

    @Test
    void amazonFulfilledOrdersHaveTheirOwnRate() {
        Story story = cleanOrders(10);
        for (int i = 0; i < 50; i++) {
            story.afn(id(1000 + i), Marketplace.FR, AS_OF.minus(days(20)).plusSeconds(i));
        }
        story.add(new FeedbackReceived(feedbackTime(), id(1000), "F1", 1));
        AccountHealthReport report = story.evaluate(AS_OF);
        MetricResult afn = metric(report, Marketplace.FR, "ORDER_DEFECT_RATE", Channel.AFN, 60);
        assertEquals(1, afn.numerator());
        assertEquals(50, afn.denominator());
        assertEquals(MetricStatus.BREACH, afn.status());
        assertEquals(0, odr(report).numerator());
        assertEquals(10, odr(report).denominator());
    }
}
