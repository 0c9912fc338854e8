package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Return dissatisfaction = dissatisfied in-policy requests / in-policy requests, 60 days, &lt; 10 %. */
class ReturnDissatisfactionRateTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final Instant REQUESTED = AS_OF.minus(days(20));

    @Test
    void eachWayOfBeingDissatisfiedCountsOnceAndOnlyInPolicyRequestsOnSellerFulfilledOrdersAreMeasured() {
        Story story = new Story();
        for (int i = 0; i < 12; i++) {
            story.cleanMfn(id(i), Marketplace.FR, AS_OF.minus(days(30)));
        }
        story.afn(id(20), Marketplace.FR, AS_OF.minus(days(30)));
        story.add(
                // R1 answered exactly 48 hours after the request: in time.
                new ReturnRequested(REQUESTED, id(1), "R1"),
                new ReturnAnswered(REQUESTED.plus(hours(48)), "R1", ReturnDecision.AUTHORIZED),
                // R2 answered a second later: dissatisfied.
                new ReturnRequested(REQUESTED, id(2), "R2"),
                new ReturnAnswered(REQUESTED.plus(hours(48)).plusSeconds(1), "R2", ReturnDecision.AUTHORIZED),
                // R3 never answered, requested long ago: dissatisfied.
                new ReturnRequested(REQUESTED, id(3), "R3"),
                // R4 answered in time, then rated negative: dissatisfied.
                new ReturnRequested(REQUESTED, id(4), "R4"),
                new ReturnAnswered(REQUESTED.plus(hours(1)), "R4", ReturnDecision.REFUNDED),
                new ReturnFeedbackReceived(REQUESTED.plus(days(5)), "R4", true),
                // R5 rated positive: satisfied.
                new ReturnRequested(REQUESTED, id(5), "R5"),
                new ReturnAnswered(REQUESTED.plus(hours(1)), "R5", ReturnDecision.REFUNDED),
                new ReturnFeedbackReceived(REQUESTED.plus(days(5)), "R5", false),
                // R6 rejected in time, rejection overturned: dissatisfied.
                new ReturnRequested(REQUESTED, id(6), "R6"),
                new ReturnAnswered(REQUESTED.plus(hours(2)), "R6", ReturnDecision.REJECTED),
                new ReturnRejectionOverturned(REQUESTED.plus(days(3)), "R6"),
                // R7 out of policy and never answered: not measured.
                new ReturnRequested(REQUESTED, id(7), "R7", Optional.of("CHANGED_MIND"), false),
                // R8 on an Amazon-fulfilled order: not measured.
                new ReturnRequested(REQUESTED, id(20), "R8"),
                // R9 unanswered and requested exactly 48 hours before asOf: not late yet.
                new ReturnRequested(AS_OF.minus(hours(48)), id(8), "R9"),
                // R10 unanswered, requested 48 hours and a second before asOf: late.
                new ReturnRequested(AS_OF.minus(hours(48)).minusSeconds(1), id(9), "R10"));
        AccountHealthReport report = story.evaluate(AS_OF);
        MetricResult rate = metric(report, Marketplace.FR, "RETURN_DISSATISFACTION_RATE", Channel.MFN, 60);
        assertEquals(5, rate.numerator());
        assertEquals(8, rate.denominator());
        assertEquals(List.of("R10", "R2", "R3", "R4", "R6"), rate.itemIds());
        assertEquals(List.of(id(2), id(3), id(4), id(6), id(9)), rate.orderIds());
        assertEquals(MetricStatus.BREACH, rate.status());
        // Advisory: the breach is reported and changes no status.
        assertEquals(HealthStatus.HEALTHY, report.status());
    }

    @Test
    void oneDissatisfiedRequestInElevenIsUnderTheTargetButAWarning() {
        Story story = new Story();
        for (int i = 0; i < 11; i++) {
            story.cleanMfn(id(i), Marketplace.DE, AS_OF.minus(days(30)));
            story.add(new ReturnRequested(REQUESTED, id(i), "R" + i),
                    new ReturnAnswered(REQUESTED.plus(hours(3)), "R" + i, ReturnDecision.AUTHORIZED));
        }
        story.add(new ReturnFeedbackReceived(REQUESTED.plus(days(4)), "R0", true));
        MetricResult rate = metric(story.evaluate(AS_OF), Marketplace.DE, "RETURN_DISSATISFACTION_RATE", Channel.MFN, 60);
        // 1 / 11 = 9.09 %: under 10 %, at or over 8 %.
        assertEquals(1, rate.numerator());
        assertEquals(11, rate.denominator());
        assertEquals(MetricStatus.WARNING, rate.status());
    }
}
