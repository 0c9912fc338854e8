package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.MetricResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second answer to a buyer message or a return request, a changed return decision and a
 * second invoice upload are follow-ups, not contradictions: the earliest decides whether the
 * seller was on time, and none is reported as a conflict. (Two shipments or two deliveries of
 * one order do contradict each other, and are.)
 */
class RepeatedAnswersTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final Instant RECEIVED = at("2026-11-10T09:00:00Z");

    private static MetricResult lateResponses(AccountHealthReport report) {
        return metric(report, Marketplace.FR, "LATE_RESPONSE_RATE", Channel.ALL, 30);
    }

    private static MetricResult dissatisfiedReturns(AccountHealthReport report) {
        return metric(report, Marketplace.FR, "RETURN_DISSATISFACTION_RATE", Channel.MFN, 60);
    }

    private static Story withOneOrder() {
        Story story = new Story();
        story.cleanMfn(id(1), Marketplace.FR, at("2026-11-01T10:00:00Z"));
        return story;
    }

    @Test
    void theFirstAnswerToAMessageDecidesItsResponseTime() {
        AccountHealthReport onTime = withOneOrder().add(BuyerMessageReceived.aboutOrder(RECEIVED, "M1", id(1)),
                new BuyerMessageAnswered(RECEIVED.plus(hours(30)), "M1"),
                new BuyerMessageAnswered(RECEIVED.plus(hours(2)), "M1")).evaluate(AS_OF);
        assertEquals(0, lateResponses(onTime).numerator());
        assertEquals(1, lateResponses(onTime).denominator());
        assertEquals(List.of(), onTime.conflicts());

        AccountHealthReport late = withOneOrder().add(BuyerMessageReceived.aboutOrder(RECEIVED, "M1", id(1)),
                new BuyerMessageAnswered(RECEIVED.plus(hours(40)), "M1"),
                new BuyerMessageAnswered(RECEIVED.plus(hours(25)), "M1")).evaluate(AS_OF);
        assertEquals(1, lateResponses(late).numerator());
        assertEquals(List.of(), late.conflicts());
    }

    @Test
    void theFirstAnswerToAReturnDecidesItsResponseTimeWhateverTheLaterDecision() {
        AccountHealthReport changedMind = withOneOrder().add(new ReturnRequested(RECEIVED, id(1), "R1"),
                new ReturnAnswered(RECEIVED.plus(hours(10)), "R1", ReturnDecision.REJECTED),
                new ReturnAnswered(RECEIVED.plus(hours(60)), "R1", ReturnDecision.AUTHORIZED)).evaluate(AS_OF);
        assertEquals(0, dissatisfiedReturns(changedMind).numerator());
        assertEquals(1, dissatisfiedReturns(changedMind).denominator());
        assertEquals(List.of(), changedMind.conflicts());

        // Answered first after 49 hours: late, however quickly the refund followed.
        AccountHealthReport late = withOneOrder().add(new ReturnRequested(RECEIVED, id(1), "R1"),
                new ReturnAnswered(RECEIVED.plus(hours(49)), "R1", ReturnDecision.AUTHORIZED),
                new ReturnAnswered(RECEIVED.plus(hours(50)), "R1", ReturnDecision.REFUNDED)).evaluate(AS_OF);
        assertEquals(1, dissatisfiedReturns(late).numerator());
        assertEquals(List.of(), late.conflicts());
    }

    @Test
    void theFirstInvoiceUploadDecidesWhetherItWasOnTime() {
        // Shipped Thursday 12 November 10:00 UTC: due Friday 13 November 23:59:59 in Paris (22:59:59Z).
        Story story = new Story();
        story.cleanBusinessMfn("B1", Marketplace.FR, at("2026-11-11T10:00:00Z"), at("2026-11-12T10:00:00Z"));
        story.add(new InvoiceUploaded(at("2026-11-16T08:00:00Z"), "B1"),
                new InvoiceUploaded(at("2026-11-13T22:59:59Z"), "B1"));
        AccountHealthReport report = story.evaluate(at("2026-11-20T00:00:00Z"));
        MetricResult rate = metric(report, Marketplace.FR, "INVOICE_DEFECT_RATE", Channel.MFN, 7);
        assertEquals(0, rate.numerator());
        assertEquals(1, rate.denominator());
        assertEquals(List.of(), report.conflicts());
    }
}
