package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Story.id;
import static dev.accounthealth.rules.Story.marketplace;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invoice defect rate = shipped business orders whose invoice is missing or late / shipped
 * business orders, by purchase date over 7 days ending 7 days ago; due 23:59 (marketplace time)
 * of the first business day after ship confirmation.
 */
class InvoiceDefectRateTest {
    /** Window: purchase dates in (2026-11-06T00:00Z, 2026-11-13T00:00Z]. */
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final Instant PURCHASED = at("2026-11-06T10:00:00Z");
    /** Friday 6 November 2026, 18:00 in Paris (CET, UTC+1). */
    private static final Instant FRIDAY_EVENING = at("2026-11-06T17:00:00Z");
    /** Monday 9 November 2026, 23:59:59 in Paris: the deadline of a Friday or weekend shipment. */
    private static final Instant MONDAY_DEADLINE = at("2026-11-09T22:59:59Z");

    private static Story fiveBusinessOrders(Marketplace marketplace) {
        Story story = new Story();
        story.cleanBusinessMfn(id(1), marketplace, PURCHASED, FRIDAY_EVENING);
        story.add(new InvoiceUploaded(MONDAY_DEADLINE, id(1)));
        story.cleanBusinessMfn(id(2), marketplace, PURCHASED, FRIDAY_EVENING);
        story.add(new InvoiceUploaded(MONDAY_DEADLINE.plusSeconds(1), id(2)));
        story.cleanBusinessMfn(id(3), marketplace, PURCHASED, FRIDAY_EVENING);
        story.cleanBusinessMfn(id(4), marketplace, PURCHASED, at("2026-11-07T11:00:00Z"));
        story.add(new InvoiceUploaded(at("2026-11-09T20:00:00Z"), id(4)));
        // Shipped Thursday 19 November: due Friday 20 November 23:59 Paris, after asOf. Not yet a defect.
        story.cleanBusinessMfn(id(5), marketplace, PURCHASED, at("2026-11-19T10:00:00Z"));
        // A consumer order is not measured.
        story.cleanMfn(id(6), marketplace, PURCHASED);
        return story;
    }

    @Test
    void aFridayShipmentInParisIsDueMondayAt2359AndMissingOrLateInvoicesAreDefects() {
        AccountHealthReport report = fiveBusinessOrders(Marketplace.FR).evaluate(AS_OF);
        MetricResult rate = metric(report, Marketplace.FR, "INVOICE_DEFECT_RATE", Channel.MFN, 7);
        assertEquals(2, rate.numerator());
        assertEquals(5, rate.denominator());
        assertEquals(List.of(id(2), id(3)), rate.orderIds());
        assertEquals(7, rate.window().lagDays());
        assertEquals(Enforcement.ENFORCED, rate.enforcement());
        assertEquals(MetricStatus.BREACH, rate.status());
        // 40 % is at least twice the 5 % target.
        assertEquals(HealthStatus.CRITICAL, marketplace(report, Marketplace.FR).status());
    }

    @Test
    void theSameInvoicesInTheUkAreAnAdvisoryBreach() {
        AccountHealthReport report = fiveBusinessOrders(Marketplace.UK).evaluate(AS_OF);
        MetricResult rate = metric(report, Marketplace.UK, "INVOICE_DEFECT_RATE", Channel.MFN, 7);
        // London is an hour behind Paris, so the Monday deadline is 23:59:59Z: every upload above is on time there.
        assertEquals(1, rate.numerator());
        assertEquals(List.of(id(3)), rate.orderIds());
        assertEquals(Enforcement.ADVISORY, rate.enforcement());
        assertEquals(HealthStatus.HEALTHY, report.status());
    }

    @Test
    void theMetricDoesNotApplyOutsideTheEuropeanMarketplaces() {
        AccountHealthReport report = fiveBusinessOrders(Marketplace.US).evaluate(AS_OF);
        assertTrue(marketplace(report, Marketplace.US).metrics("INVOICE_DEFECT_RATE").isEmpty());
        assertTrue(marketplace(report, Marketplace.US).metric("ORDER_DEFECT_RATE", Channel.MFN, 60).isPresent());
    }
}
