package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Late response = messages not answered within 24 h / messages needing a response, 30 days, &lt; 10 %. */
class LateResponseRateTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final Instant RECEIVED = AS_OF.minus(days(5));

    @Test
    void messagesAnsweredAfterTwentyFourHoursOrWaitingPastThemAreLate() {
        Story story = new Story();
        story.cleanMfn(id(1), Marketplace.FR, AS_OF.minus(days(10)));
        story.afn(id(2), Marketplace.FR, AS_OF.minus(days(10)));
        story.add(
                BuyerMessageReceived.aboutOrder(RECEIVED, "M1", id(1)),
                new BuyerMessageAnswered(RECEIVED.plus(hours(24)), "M1"),
                BuyerMessageReceived.aboutOrder(RECEIVED, "M2", id(1)),
                new BuyerMessageAnswered(RECEIVED.plus(hours(24)).plusSeconds(1), "M2"),
                BuyerMessageReceived.aboutOrder(AS_OF.minus(hours(25)), "M3", id(2)),
                BuyerMessageReceived.inMarketplace(AS_OF.minus(hours(23)), "M4", Marketplace.FR),
                new BuyerMessageReceived(RECEIVED, "M5", Optional.of(id(1)), Optional.empty(), true),
                BuyerMessageReceived.inMarketplace(RECEIVED, "M6", Marketplace.FR),
                new BuyerMessageAnswered(RECEIVED.plus(hours(1)), "M6"));
        AccountHealthReport report = story.evaluate(AS_OF);
        MetricResult rate = metric(report, Marketplace.FR, "LATE_RESPONSE_RATE", Channel.ALL, 30);
        // M5 needs no response; M4 has waited 23 hours only.
        assertEquals(2, rate.numerator());
        assertEquals(5, rate.denominator());
        assertEquals(List.of("M2", "M3"), rate.itemIds());
        assertEquals(List.of(id(1), id(2)), rate.orderIds());
        assertEquals(MetricStatus.BREACH, rate.status());
        assertEquals(HealthStatus.HEALTHY, report.status());
    }

    @Test
    void aMessageOutsideAnyOrderBringsItsMarketplaceIntoTheReport() {
        Story story = new Story().add(BuyerMessageReceived.inMarketplace(RECEIVED, "M1", Marketplace.DE),
                new BuyerMessageAnswered(RECEIVED.plus(hours(2)), "M1"));
        MetricResult rate = metric(story.evaluate(AS_OF), Marketplace.DE, "LATE_RESPONSE_RATE", Channel.ALL, 30);
        assertEquals(0, rate.numerator());
        assertEquals(1, rate.denominator());
        assertEquals(MetricStatus.OK, rate.status());
    }
}
