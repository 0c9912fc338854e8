package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.amazon.PerformanceReport;
import dev.accounthealth.amazon.Reconciler;
import dev.accounthealth.amazon.Reconciliation;
import dev.accounthealth.amazon.Reconciliation.Cause;
import dev.accounthealth.amazon.ReconciliationWriter;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.report.HealthStatus;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A hand-made seller held against hand-made Amazon reports: one that agrees, one whose window is
 * two days earlier than ours, one that counts orders our inputs lack, one with another target.
 */
class ReconciliationTest {
    /** Amazon's windows end at 23:59:59 of the report day; "today" is that instant. */
    private static final Instant DAY = at("2026-05-19T23:59:59Z");

    /**
     * 40 seller-fulfilled orders due over the 28 days before {@link #DAY}: 38 shipped an hour
     * early, two an hour late (due 30 h and 300 h before). Late shipment rate over 30 days: 2 / 40.
     */
    private static Story seller() {
        Story story = new Story();
        for (int i = 0; i < 38; i++) {
            Instant due = DAY.minus(hours(1 + 18L * i));
            story.add(Events.mfnDue(id(i), Marketplace.US, due), new OrderShipped(due.minus(hours(1)), id(i)));
        }
        for (long before : new long[] {30, 300}) {
            Instant due = DAY.minus(hours(before));
            String id = id(100 + (int) before);
            story.add(Events.mfnDue(id, Marketplace.US, due), new OrderShipped(due.plus(hours(1)), id));
        }
        return story;
    }

    private static PerformanceReport amazon(String status, String from, String to, int orders, int late, String rate,
                                            String lsrStatus, String target) throws IOException {
        return PerformanceReport.read(new StringReader("""
                {"accountStatuses":[{"marketplaceId":"ATVPDKIKX0DER","status":"%s"}],
                 "performanceMetrics":[{"marketplaceId":"ATVPDKIKX0DER","someNewMetric":{"x":1},
                  "lateShipmentRate":{"reportingDateRange":{"reportingDateFrom":"%s","reportingDateTo":"%s"},
                   "orderCount":%d,"lateShipmentCount":%d,"status":"%s","rate":%s,"targetValue":%s,
                   "targetCondition":"LESS_THAN"}}]}
                """.formatted(status, from, to, orders, late, lsrStatus, rate, target)), "amazon.json");
    }

    private static Reconciliation reconcile(PerformanceReport amazon) {
        assertEquals(DAY, Reconciler.reportDay(amazon));
        return reconcile(amazon, DAY);
    }

    private static Reconciliation reconcile(PerformanceReport amazon, Instant today) {
        return Reconciler.of(Story.DEFAULT_EVALUATOR).reconcile(seller().events(), Optional.empty(), amazon, today);
    }

    private static Reconciliation.MetricLine lsr(Reconciliation reconciliation) {
        return reconciliation.marketplaces().get(0).metrics().get(0);
    }

    @Test
    void inputsThatAgreeWithAmazonsReportReconcileWithNoDifference() throws IOException {
        Reconciliation r = reconcile(amazon("AT_RISK", "2026-04-20T00:00:00Z", "2026-05-19T23:59:59Z", 40, 2, "0.05",
                "BAD", "0.04"));
        Reconciliation.MetricLine lsr = lsr(r);
        assertEquals("LATE_SHIPMENT_RATE", lsr.metric());
        assertEquals(30, lsr.amazon().days());
        assertEquals(2, lsr.inAmazonWindow().orElseThrow().numerator());
        assertEquals(Optional.of(40L), lsr.inAmazonWindow().orElseThrow().denominator());
        assertEquals(List.of(), lsr.explanations());
        assertTrue(lsr.agrees());
        assertEquals(Optional.of(HealthStatus.AT_RISK), r.marketplaces().get(0).ourStatus());
        assertTrue(r.marketplaces().get(0).statusAgrees());
        assertTrue(r.agrees());
        assertTrue(ReconciliationWriter.toJson(r, List.of()).contains("\"agrees\": true"));
    }

    @Test
    void aWindowTwoDaysEarlierAgreesOverAmazonsWindowAndExplainsTodaysFigure() throws IOException {
        // Amazon's window ends 48 h before ours: it leaves out the orders due 1 h, 19 h, 30 h (late)
        // and 37 h before today, and nothing else (none is due more than 30 days before its start).
        Reconciliation r = reconcile(amazon("NORMAL", "2026-04-18T00:00:00Z", "2026-05-17T23:59:59Z", 36, 1, "0.0278",
                "GOOD", "0.04"), DAY);
        Reconciliation.MetricLine lsr = lsr(r);
        assertEquals(1, lsr.inAmazonWindow().orElseThrow().numerator());
        assertEquals(Optional.of(36L), lsr.inAmazonWindow().orElseThrow().denominator());
        assertTrue(lsr.agrees());
        assertEquals(2, lsr.today().orElseThrow().numerator());
        assertEquals(List.of(Cause.WINDOW_OFFSET, Cause.OUTSIDE_AMAZON_WINDOW),
                lsr.explanations().stream().map(Reconciliation.Explanation::cause).toList());
        assertEquals("4 of the items we count today are outside Amazon's window", lsr.explanations().get(1).text());
        // Amazon judged its own, earlier window: NORMAL then, at risk by ours today.
        assertFalse(r.marketplaces().get(0).statusAgrees());
    }

    @Test
    void ordersAmazonCountsAndTheInputsLackAreExplainedAsMissing() throws IOException {
        Reconciliation r = reconcile(amazon("AT_RISK", "2026-04-20T00:00:00Z", "2026-05-19T23:59:59Z", 45, 2,
                "0.0444", "BAD", "0.04"));
        Reconciliation.MetricLine lsr = lsr(r);
        assertFalse(lsr.agrees());
        assertEquals(List.of(new Reconciliation.Explanation(Cause.MISSING_FROM_INPUTS, "Amazon counts 45 in its "
                + "window, our inputs hold 40: 5 missing from the inputs (an export that starts later, a page not "
                + "saved, another marketplace or channel)")), lsr.explanations());
    }

    @Test
    void anotherTargetIsExplainedAsSuch() throws IOException {
        Reconciliation r = reconcile(amazon("NORMAL", "2026-04-20T00:00:00Z", "2026-05-19T23:59:59Z", 40, 2, "0.05",
                "GOOD", "0.1"));
        Reconciliation.MetricLine lsr = lsr(r);
        assertFalse(lsr.agrees());
        assertEquals(List.of(new Reconciliation.Explanation(Cause.TARGET_DIFFERS,
                "Amazon's target is under 0.1, our rules' under 0.04")), lsr.explanations());
        String text = ReconciliationWriter.toText(r);
        assertTrue(text.contains("-> target differs: Amazon's target is under 0.1, our rules' under 0.04"), text);
        assertTrue(ReconciliationWriter.toMarkdown(r).contains("| LATE_SHIPMENT_RATE | MFN | Amazon |"));
    }

    @Test
    void ourMetricsAmazonsReportLacksAreOursAlone() throws IOException {
        Reconciliation r = reconcile(amazon("AT_RISK", "2026-04-20T00:00:00Z", "2026-05-19T23:59:59Z", 40, 2, "0.05",
                "BAD", "0.04"));
        List<String> alone = r.marketplaces().get(0).oursAlone();
        assertTrue(alone.stream().anyMatch(a -> a.startsWith("RETURN_DISSATISFACTION_RATE MFN")), alone.toString());
        assertTrue(alone.stream().anyMatch(a -> a.startsWith("LATE_RESPONSE_RATE")), alone.toString());
    }
}
