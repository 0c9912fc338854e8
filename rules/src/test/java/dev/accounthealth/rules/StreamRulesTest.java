package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Conflict;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.Orphan;
import dev.accounthealth.report.RefKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules of the stream in events.md: duplicates, conflicts, orphans, the future. */
class StreamRulesTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    @Test
    void theSameEventTwiceCountsOnce() {
        Instant due = AS_OF.minus(days(2));
        OrderPlaced order = Events.mfnDue(id(1), Marketplace.FR, due);
        OrderShipped late = new OrderShipped(due.plus(hours(3)), id(1));
        Story story = new Story().add(order, order, late, late);
        story.add(Events.mfnDue(id(2), Marketplace.FR, due), new OrderShipped(due.minus(hours(3)), id(2)));
        AccountHealthReport report = story.evaluate(AS_OF);
        MetricResult lsr = metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(1, lsr.numerator());
        assertEquals(2, lsr.denominator());
        assertTrue(report.conflicts().isEmpty());
    }

    @Test
    void ofTwoShipmentsOfOneOrderTheEarliestCountsAndBothAreReported() {
        Instant due = AS_OF.minus(days(2));
        OrderShipped early = new OrderShipped(due.minus(hours(1)), id(1));
        OrderShipped late = new OrderShipped(due.plus(hours(1)), id(1));
        AccountHealthReport report = new Story().add(Events.mfnDue(id(1), Marketplace.FR, due), late, early)
                .evaluate(AS_OF);
        assertEquals(0, metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10).numerator());
        assertEquals(1, report.conflicts().size());
        Conflict conflict = report.conflicts().get(0);
        assertEquals(early, conflict.kept());
        assertEquals(late, conflict.ignored());
    }

    @Test
    void anOrderCancelledBeforeItWasConfirmedShippedStaysCancelled() {
        Instant placed = AS_OF.minus(days(3));
        OrderCancelled cancel = new OrderCancelled(placed.plus(hours(2)), id(1), CancelledBy.SELLER);
        OrderShipped ship = new OrderShipped(placed.plus(hours(5)), id(1));
        AccountHealthReport report = new Story().add(Events.mfnPlaced(id(1), Marketplace.FR, placed), ship, cancel)
                .evaluate(AS_OF);
        assertEquals(1, metric(report, Marketplace.FR, "PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7).numerator());
        assertEquals(List.of(new Conflict(cancel, ship, report.conflicts().get(0).reason())), report.conflicts());
    }

    @Test
    void eventsAboutSomethingNeverIntroducedAreKeptAsOrphansAndCountNowhere() {
        Instant t = AS_OF.minus(days(3));
        SellerEvent shipped = new OrderShipped(t, "ghost-order");
        SellerEvent feedback = new FeedbackReceived(t, "ghost-order", "F1", 1);
        SellerEvent resolved = new ClaimResolved(t, "ghost-claim", ClaimOutcome.DENIED);
        SellerEvent answered = new BuyerMessageAnswered(t, "ghost-message");
        Story story = new Story();
        story.cleanMfn(id(1), Marketplace.FR, t);
        AccountHealthReport report = story.add(shipped, feedback, resolved, answered).evaluate(AS_OF);
        assertEquals(List.of(
                new Orphan(answered, RefKind.MESSAGE, "ghost-message"),
                new Orphan(resolved, RefKind.CLAIM, "ghost-claim"),
                new Orphan(feedback, RefKind.ORDER, "ghost-order"),
                new Orphan(shipped, RefKind.ORDER, "ghost-order")), report.orphans());
        assertEquals(0, metric(report, Marketplace.FR, "ORDER_DEFECT_RATE", Channel.MFN, 60).numerator());
        assertEquals(1, metric(report, Marketplace.FR, "ORDER_DEFECT_RATE", Channel.MFN, 60).denominator());
    }

    @Test
    void eventsAfterAsOfAreInTheFutureAndIgnored() {
        Instant due = AS_OF.minus(hours(5));
        Story story = new Story().add(Events.mfnDue(id(1), Marketplace.FR, due),
                new OrderShipped(due.minus(hours(1)), id(1)),
                Events.mfnPlaced(id(2), Marketplace.FR, AS_OF.plusSeconds(1)),
                new FeedbackReceived(AS_OF.plusSeconds(1), id(1), "F1", 1));
        AccountHealthReport report = story.evaluate(AS_OF);
        assertEquals(1, metric(report, Marketplace.FR, "PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7).denominator());
        assertEquals(0, metric(report, Marketplace.FR, "ORDER_DEFECT_RATE", Channel.MFN, 60).numerator());
        assertTrue(report.orphans().isEmpty());
    }

    @Test
    void theReportDoesNotDependOnTheOrderOfEvents() {
        Story story = new Story();
        for (int i = 0; i < 30; i++) {
            story.cleanMfn(id(i), Marketplace.FR, AS_OF.minus(days(i)));
        }
        Instant due = AS_OF.minus(days(1));
        story.add(Events.mfnDue(id(99), Marketplace.FR, due), new OrderShipped(due.plus(hours(1)), id(99)),
                new OrderShipped(due.plus(hours(2)), id(99)), new FeedbackReceived(due, id(3), "F1", 2));
        List<SellerEvent> shuffled = new ArrayList<>(story.events());
        Collections.shuffle(shuffled, new Random(42));
        assertEquals(story.evaluate(AS_OF), Story.DEFAULT_EVALUATOR.evaluate(shuffled, AS_OF));
    }
}
