package dev.accounthealth.amazon;

import static dev.accounthealth.amazon.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.json.EventFormatException;
import dev.accounthealth.report.Channel;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerformanceReportTest {

    @Test
    void bothSpellingsUnknownKeysAndUnknownStatusesAreRead() throws IOException {
        // performance.json: the schema example's spellings (prefulfillmentCancelRate, warningState,
        // documentRequest, ahrStatus), a status outside the enum, keys the schema does not have.
        PerformanceReport report = PerformanceReport.read(Fixtures.path("performance.json"));
        assertEquals(List.of(new PerformanceReport.AccountStatus("ATVPDKIKX0DER", Optional.of(Marketplace.US),
                "SUSPENDED")), report.accountStatuses());
        PerformanceReport.MarketplaceFigures us = report.marketplaces().get(0);
        assertEquals(Optional.of("GREAT"), us.accountHealthRating());
        assertEquals(Map.of("spammingSellerMessaging", "GOOD"), us.warningStates());
        assertEquals(List.of("orderDefectRate.mfn", "orderDefectRate.mfn.claims", "orderDefectRate.mfn.chargebacks",
                "orderDefectRate.mfn.negativeFeedback", "lateShipmentRate", "prefulfillmentCancelRate",
                "unitOnTimeDeliveryRate", "listingPolicyViolations…documentRequests"),
                us.metrics().stream().map(PerformanceReport.Figure::field).toList());
        PerformanceReport.Figure cancel = us.metrics().get(5);
        assertEquals(new PerformanceReport.Figure("prefulfillmentCancelRate", Optional.of("PRE_FULFILLMENT_CANCEL_RATE"),
                Channel.MFN, at("2026-05-12T00:00:00Z"), at("2026-05-18T23:59:59Z"), 3, Optional.of(120L),
                Optional.of(new BigDecimal("0.025")), "BAD", Optional.of(new BigDecimal("0.025")),
                Optional.of("LESS_THAN")), cancel);
        PerformanceReport.Figure policy = us.metrics().get(7);
        assertEquals(2, policy.numerator());
        assertEquals("BAD", policy.status());
        assertEquals(Optional.empty(), us.metrics().get(6).metric());
    }

    @Test
    void aFigureWithoutItsCountIsAnErrorNamingTheField() {
        EventFormatException e = assertThrows(EventFormatException.class, () -> PerformanceReport.read(
                new java.io.StringReader("{\"accountStatuses\":[],\"performanceMetrics\":[{\"marketplaceId\":\"X\","
                        + "\"lateShipmentRate\":{\"reportingDateRange\":{\"reportingDateFrom\":\"2026-04-20T00:00:00Z\","
                        + "\"reportingDateTo\":\"2026-05-19T23:59:59Z\"},\"orderCount\":10,\"status\":\"GOOD\"}}]}"),
                "p.json"));
        assertEquals("p.json:1: performanceMetrics[0].lateShipmentRate.lateShipmentCount: required", e.getMessage());
    }
}
