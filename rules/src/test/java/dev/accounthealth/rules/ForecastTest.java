package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricAtRisk;
import dev.accounthealth.report.MetricFigures;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.ProjectedStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The forecast, worked by hand: the roll-off path (nothing new, every open deadline met at its due
 * instant, parcels on their way delivered as promised) and the deadline risk (a batch of deadlines
 * missed, looked at one nanosecond after the last of them, against the roll-off path).
 */
class ForecastTest {
    /** Friday 20 November 2026, midnight UTC; 01:00 in Paris. */
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final Marketplace FR = Marketplace.FR;

    /** An order due to ship at an instant, confirmed {@code lateBy} after it (negative: before), tracked, scanned, delivered a day early. */
    private static void shipped(Story story, String orderId, Instant due, java.time.Duration lateBy) {
        OrderPlaced order = Events.mfnDue(orderId, FR, due);
        Instant confirmed = due.plus(lateBy);
        story.add(order, new OrderShipped(confirmed, orderId, "Colissimo", "TRK-" + orderId),
                new CarrierScanned(confirmed.plus(hours(2)), orderId),
                new OrderDelivered(order.latestDeliveryAt().orElseThrow().minus(days(1)), orderId));
    }

    private static MetricFigures figures(long numerator, long denominator, String rate, MetricStatus status) {
        return new MetricFigures(numerator, denominator, Optional.ofNullable(rate).map(BigDecimal::new), status);
    }

    private static ProjectedStatus projected(Instant at, long numerator, long denominator, String rate,
                                             MetricStatus status) {
        return new ProjectedStatus(at, numerator, denominator, Optional.ofNullable(rate).map(BigDecimal::new), status);
    }

    /**
     * One late order L due 11-11, 29 on time due 11-18, and 4 orders P due at 12:00 today, not yet
     * confirmed: 1 / 30 = 3.33 % over 10 and 30 days, a warning (from 3.2 %).
     */
    private static Story fourOrdersDueToday() {
        Story story = new Story();
        shipped(story, "L", at("2026-11-11T00:00:00Z"), hours(1));
        for (int i = 0; i < 29; i++) {
            shipped(story, id(i), at("2026-11-18T00:00:00Z"), hours(-1));
        }
        for (int i = 1; i <= 4; i++) {
            story.add(Events.mfnDue("P" + i, FR, at("2026-11-20T12:00:00Z")));
        }
        return story;
    }

    @Test
    void onTheRollOffPathPendingOrdersAreConfirmedOnTimeSoTheWarningClears() {
        AccountHealthReport report = fourOrdersDueToday().evaluate(AS_OF);
        assertEquals(MetricStatus.WARNING, metric(report, FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10).status());
        assertEquals(HealthStatus.HEALTHY, report.status());

        // L leaves the 10-day window on 11-21 and the 30-day one on 12-11.
        Instant d21 = at("2026-11-21T00:00:00Z");
        Instant d11 = at("2026-12-11T00:00:00Z");
        TreeMap<Marketplace, HealthStatus> healthy = new TreeMap<>(Map.of(FR, HealthStatus.HEALTHY));
        assertEquals(List.of(new Outlook(d21, HealthStatus.HEALTHY, healthy), new Outlook(d11, HealthStatus.HEALTHY,
                healthy)), report.outlook());
        // The 4 orders P were confirmed at 12:00 on 11-20, on time: 33 orders due in the 10-day window
        // on 11-21, none late; then none due. Left unconfirmed, as "nothing new happens" once read,
        // they would have made it 4 / 33, a breach at twice the target.
        assertEquals(List.of(projected(d21, 0, 33, "0E-8", MetricStatus.OK), projected(d11, 0, 0, null,
                        MetricStatus.NO_DATA)),
                metric(report, FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10).recovery().projection());
        // Over 30 days: L, the 29 and the 4 make 1 / 34 = 2.94 %, under the warning; then L leaves.
        assertEquals(List.of(projected(d21, 1, 34, "0.02941176", MetricStatus.OK), projected(d11, 0, 33, "0E-8",
                        MetricStatus.OK)),
                metric(report, FR, "LATE_SHIPMENT_RATE", Channel.MFN, 30).recovery().projection());
        // On 12-11 the on-time delivery window (11-20, 12-04] holds the 29 (delivered 11-22) and the
        // 4 P, on their way on the path and delivered on 11-25 12:00 as promised: 33 of 33.
        assertEquals(projected(d11, 33, 33, "1.00000000", MetricStatus.OK),
                metric(report, FR, "ON_TIME_DELIVERY_RATE", Channel.MFN, 14).recovery().projection().get(1));
    }

    @Test
    void theDeadlineRiskShowsWhatMissingThemWouldDo() {
        AccountHealthReport report = fourOrdersDueToday().evaluate(AS_OF);
        // Just after 12:00 the 10-day window (11-10 12:00, 11-20 12:00] holds L, the 29 and the 4:
        // met, 1 / 34 = 2.94 %, OK; missed, 5 / 34 = 14.71 %, at least twice 4 %: critical.
        MetricFigures met = figures(1, 34, "0.02941176", MetricStatus.OK);
        MetricFigures missed = figures(5, 34, "0.14705882", MetricStatus.BREACH);
        assertEquals(List.of(new DeadlineRisk(FR, "SHIPMENT_CONFIRMATION", LocalDate.parse("2026-11-20"),
                        at("2026-11-20T12:00:00Z"), List.of("P1", "P2", "P3", "P4"), HealthStatus.HEALTHY,
                        HealthStatus.CRITICAL, List.of(
                                new MetricAtRisk("LATE_SHIPMENT_RATE", Channel.MFN, 10, met, missed),
                                new MetricAtRisk("LATE_SHIPMENT_RATE", Channel.MFN, 30, met, missed)))),
                report.deadlineRisk());
    }

    @Test
    void theMarkdownAndTheJsonLabelTheTwoPathsApart() {
        AccountHealthReport report = fourOrdersDueToday().evaluate(AS_OF);
        String markdown = Story.DEFAULT_EVALUATOR.toMarkdown(report);
        assertTrue(markdown.contains("## Outlook: the roll-off path\n\nIf nothing new happens and every open deadline"
                + " is met on time"), markdown);
        assertTrue(markdown.contains("## Deadline risk: if what falls due is missed\n"), markdown);
        assertTrue(markdown.contains("- If the 4 orders due in FR by 2026-11-20 13:00 (Europe/Paris) are not confirmed"
                + " shipped by then, FR becomes CRITICAL (HEALTHY if the deadline is met):\n"
                + "  - Late shipment rate MFN 10 d reaches 14.71\u00a0% (5 / 34): BREACH (if the deadline is met:"
                + " 2.94\u00a0% (1 / 34), OK).\n"), markdown);
        String french = AccountHealthEvaluator.builder().locale(java.util.Locale.FRENCH).build().toMarkdown(report);
        assertTrue(french.contains("- Si les 4 commandes à expédier sur FR au plus tard le 2026-11-20 13:00"
                + " (Europe/Paris) ne sont pas confirmées expédiées d’ici là, FR passe à CRITICAL (HEALTHY si le délai"
                + " est tenu) :\n"), french);
        String json = dev.accounthealth.json.ReportWriter.toJson(report);
        assertTrue(json.contains("\"deadlineRisk\": [\n    {\n      \"marketplace\": \"FR\",\n"
                + "      \"kind\": \"SHIPMENT_CONFIRMATION\",\n      \"dueDate\": \"2026-11-20\",\n"
                + "      \"due\": \"2026-11-20T12:00:00Z\",\n"), json);
    }

    @Test
    void anInvoiceThatArisesOnThePathIsUploadedInTimeToo() {
        Story story = new Story();
        // L, due 11-19 12:00 and confirmed an hour late: 1 / 1 over 10 and 30 days, critical.
        shipped(story, "L", at("2026-11-19T12:00:00Z"), hours(1));
        // B, a business order placed 11-18 12:00, due to ship at 12:00 today (Friday).
        story.add(OrderPlaced.builder().orderId("B").marketplace(FR).channel(FulfillmentChannel.MFN)
                .at(at("2026-11-18T12:00:00Z")).latestShipAt(at("2026-11-20T12:00:00Z"))
                .latestDeliveryAt(at("2026-11-25T12:00:00Z")).businessOrder(true).build());
        AccountHealthReport report = story.evaluate(AS_OF);
        assertEquals(HealthStatus.CRITICAL, report.status());

        Instant d29 = at("2026-11-29T12:00:00Z");
        Instant d19 = at("2026-12-19T12:00:00Z");
        assertEquals(List.of(d29, d19), report.outlook().stream().map(Outlook::at).toList());
        // Confirmed on Friday 13:00 in Paris on the path, B's invoice is due on Monday 23:59:59 and
        // uploaded then. On 11-29 12:00 the invoice window (11-15 12:00, 11-22 12:00] holds B: 0 / 1.
        // Had the invoice that arose on the path not been met, it would read 1 / 1, a breach.
        assertEquals(List.of(projected(d29, 0, 1, "0E-8", MetricStatus.OK), projected(d19, 0, 0, null,
                        MetricStatus.NO_DATA)),
                metric(report, FR, "INVOICE_DEFECT_RATE", Channel.MFN, 7).recovery().projection());
        // Over 30 days L and B make 1 / 2 on 11-29: still critical; on 12-19 only B is left, on time.
        assertEquals(List.of(HealthStatus.CRITICAL, HealthStatus.HEALTHY),
                report.outlook().stream().map(Outlook::status).toList());
        assertEquals(List.of(projected(d29, 1, 2, "0.50000000", MetricStatus.BREACH), projected(d19, 0, 1, "0E-8",
                        MetricStatus.OK)),
                metric(report, FR, "LATE_SHIPMENT_RATE", Channel.MFN, 30).recovery().projection());
    }

    @Test
    void aDeadlineAlreadyOverdueStaysMissedOnThePath() {
        Story story = new Story();
        for (int i = 0; i < 9; i++) {
            shipped(story, id(i), at("2026-11-18T00:00:00Z"), hours(-1));
        }
        // X was due at 12:00 yesterday and is still not confirmed: late, 1 / 10.
        story.add(Events.mfnDue("X", FR, at("2026-11-19T12:00:00Z")));
        AccountHealthReport report = story.evaluate(AS_OF);

        Instant d29 = at("2026-11-29T12:00:00Z");
        Instant d19 = at("2026-12-19T12:00:00Z");
        assertEquals(List.of(d29, d19), report.outlook().stream().map(Outlook::at).toList());
        assertEquals(List.of(projected(d29, 1, 10, "0.10000000", MetricStatus.BREACH), projected(d19, 0, 0, null,
                        MetricStatus.NO_DATA)),
                metric(report, FR, "LATE_SHIPMENT_RATE", Channel.MFN, 30).recovery().projection());
        assertEquals(List.of(HealthStatus.CRITICAL, HealthStatus.HEALTHY),
                report.outlook().stream().map(Outlook::status).toList());
        assertTrue(report.deadlineRisk().isEmpty(), report.deadlineRisk().toString());
    }

    @Test
    void messagesAndReturnsWaitingForAnAnswerAreAnsweredInTimeOnThePath() {
        Story story = new Story();
        story.cleanMfn(id(1), FR, at("2026-11-10T10:00:00Z"));
        Instant received = at("2026-11-15T10:00:00Z");
        for (int i = 1; i <= 4; i++) {
            story.add(BuyerMessageReceived.aboutOrder(received, "M" + i, id(1)),
                    new BuyerMessageAnswered(received.plus(hours(1)), "M" + i));
        }
        story.add(BuyerMessageReceived.aboutOrder(received, "M5", id(1)),
                new BuyerMessageAnswered(received.plus(hours(26)), "M5"),
                // Waiting, due an answer by 08:00 today; the return request by 06:00 tomorrow.
                BuyerMessageReceived.aboutOrder(at("2026-11-19T08:00:00Z"), "M6", id(1)),
                new ReturnRequested(at("2026-11-19T06:00:00Z"), id(1), "R1"));
        AccountHealthReport report = story.evaluate(AS_OF);
        // M5 late of the 6 needing a response: 16.67 %.
        assertEquals(1, metric(report, FR, "LATE_RESPONSE_RATE", Channel.ALL, 30).numerator());

        // M1 to M5 leave the window on 12-15 10:00; M6, answered at 08:00 on the path, is on time.
        Instant d15 = at("2026-12-15T10:00:00Z");
        assertEquals(List.of(d15), report.outlook().stream().map(Outlook::at).toList());
        assertEquals(List.of(projected(d15, 0, 1, "0E-8", MetricStatus.OK)),
                metric(report, FR, "LATE_RESPONSE_RATE", Channel.ALL, 30).recovery().projection());

        // Missed, M6 makes 2 / 6 and R1 1 / 1; both metrics advise only, so FR stays healthy.
        assertEquals(List.of(
                new DeadlineRisk(FR, "BUYER_MESSAGE_RESPONSE", LocalDate.parse("2026-11-20"),
                        at("2026-11-20T08:00:00Z"), List.of("M6"), HealthStatus.HEALTHY, HealthStatus.HEALTHY,
                        List.of(new MetricAtRisk("LATE_RESPONSE_RATE", Channel.ALL, 30,
                                figures(1, 6, "0.16666667", MetricStatus.BREACH),
                                figures(2, 6, "0.33333333", MetricStatus.BREACH)))),
                new DeadlineRisk(FR, "RETURN_RESPONSE", LocalDate.parse("2026-11-21"),
                        at("2026-11-21T06:00:00Z"), List.of("R1"), HealthStatus.HEALTHY, HealthStatus.HEALTHY,
                        List.of(new MetricAtRisk("RETURN_DISSATISFACTION_RATE", Channel.MFN, 60,
                                figures(0, 1, "0E-8", MetricStatus.OK),
                                figures(1, 1, "1.00000000", MetricStatus.BREACH))))),
                report.deadlineRisk());
    }

    @Test
    void theDeadlineRiskLooksFortyEightHoursAheadInBatchesByLocalDay() {
        Story story = new Story();
        for (int i = 0; i < 20; i++) {
            shipped(story, id(i), at("2026-11-19T12:00:00Z"), hours(-1));
        }
        // Due 23:59:59 on Saturday in Paris; 00:00 on Sunday; Sunday 01:00 (asOf + 48 h exactly,
        // the last instant weighed); and one nanosecond later, beyond the look-ahead.
        story.add(Events.mfnDue("P3", FR, at("2026-11-21T22:59:59Z")), Events.mfnDue("P4", FR,
                        at("2026-11-21T23:00:00Z")), Events.mfnDue("P1", FR, at("2026-11-22T00:00:00Z")),
                OrderPlaced.builder().orderId("P2").marketplace(FR).channel(FulfillmentChannel.MFN)
                        .at(at("2026-11-19T00:00:00Z")).latestShipAt(at("2026-11-22T00:00:00.000000001Z"))
                        .latestDeliveryAt(at("2026-11-27T00:00:00Z")).build());
        AccountHealthReport report = story.evaluate(AS_OF);
        assertTrue(report.outlook().isEmpty(), "nothing in breach or warning: " + report.outlook());

        // Saturday: the 20 and P3, 0 / 21 met, 1 / 21 = 4.76 % missed: at risk.
        // Sunday, just after 01:00: the 20, P3 and P4 met, P1 and P4 missed, and P2, due at that very
        // instant, met on the path: 2 / 24 = 8.33 %, twice the target: critical.
        assertEquals(List.of(
                new DeadlineRisk(FR, "SHIPMENT_CONFIRMATION", LocalDate.parse("2026-11-21"),
                        at("2026-11-21T22:59:59Z"), List.of("P3"), HealthStatus.HEALTHY, HealthStatus.AT_RISK,
                        List.of(new MetricAtRisk("LATE_SHIPMENT_RATE", Channel.MFN, 10,
                                        figures(0, 21, "0E-8", MetricStatus.OK),
                                        figures(1, 21, "0.04761905", MetricStatus.BREACH)),
                                new MetricAtRisk("LATE_SHIPMENT_RATE", Channel.MFN, 30,
                                        figures(0, 21, "0E-8", MetricStatus.OK),
                                        figures(1, 21, "0.04761905", MetricStatus.BREACH)))),
                new DeadlineRisk(FR, "SHIPMENT_CONFIRMATION", LocalDate.parse("2026-11-22"),
                        at("2026-11-22T00:00:00Z"), List.of("P1", "P4"), HealthStatus.HEALTHY,
                        HealthStatus.CRITICAL,
                        List.of(new MetricAtRisk("LATE_SHIPMENT_RATE", Channel.MFN, 10,
                                        figures(0, 24, "0E-8", MetricStatus.OK),
                                        figures(2, 24, "0.08333333", MetricStatus.BREACH)),
                                new MetricAtRisk("LATE_SHIPMENT_RATE", Channel.MFN, 30,
                                        figures(0, 24, "0E-8", MetricStatus.OK),
                                        figures(2, 24, "0.08333333", MetricStatus.BREACH))))),
                report.deadlineRisk());
    }

    @Test
    void deadlinesNoMetricCountsYetAreLeftOutOfTheRisk() {
        Story story = new Story();
        story.cleanMfn(id(1), FR, at("2026-11-10T10:00:00Z"));
        // Shipped yesterday: its invoice is due tonight, but the invoice window (11-06, 11-13] does
        // not hold its purchase (11-18) yet. A fraud chargeback's answer, due 11-21, is counted by
        // no metric.
        story.cleanBusinessMfn("B", FR, at("2026-11-18T10:00:00Z"), at("2026-11-19T10:00:00Z"));
        story.add(new ChargebackFiled(at("2026-11-14T00:00:00Z"), id(1), "CB", ChargebackKind.FRAUD));
        AccountHealthReport report = story.evaluate(AS_OF);
        assertEquals(List.of("INVOICE_UPLOAD", "CHARGEBACK_RESPONSE"),
                report.deadlines().stream().map(dev.accounthealth.report.Deadline::kind).toList());
        assertTrue(report.deadlineRisk().isEmpty(), report.deadlineRisk().toString());
    }

    @Test
    void theDeadlineRiskCanBeTurnedOffAlone() {
        AccountHealthReport report = AccountHealthEvaluator.builder().deadlineRisk(false).build()
                .evaluate(fourOrdersDueToday().events(), AS_OF);
        assertEquals(2, report.outlook().size());
        assertTrue(report.deadlineRisk().isEmpty());
    }

    @Test
    void noProjectedRollOffsTurnTheForecastOff() {
        AccountHealthReport report = AccountHealthEvaluator.builder().projectedRollOffs(0).build()
                .evaluate(fourOrdersDueToday().events(), AS_OF);
        assertTrue(report.outlook().isEmpty());
        assertTrue(report.deadlineRisk().isEmpty());
    }
}
