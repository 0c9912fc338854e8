package dev.accounthealth.json;

import static dev.accounthealth.json.SampleEvents.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthHistory;
import dev.accounthealth.report.HealthSnapshot;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceSnapshot;
import dev.accounthealth.report.MetricSnapshot;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import dev.accounthealth.report.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryWriterTest {
    private static final MetricSnapshot HALF_LATE = new MetricSnapshot("LATE_SHIPMENT_RATE", Channel.MFN,
            new Window(10, 0, at("2026-11-09T00:00:00Z"), at("2026-11-19T00:00:00Z")), 1, 2,
            Optional.of(new BigDecimal("0.50000000")), TargetCondition.LESS_THAN, new BigDecimal("0.04"),
            MetricStatus.BREACH, Enforcement.ENFORCED);
    private static final MetricSnapshot NOTHING_DUE = new MetricSnapshot("LATE_SHIPMENT_RATE", Channel.MFN,
            new Window(10, 0, at("2026-11-08T00:00:00Z"), at("2026-11-18T00:00:00Z")), 0, 0, Optional.empty(),
            TargetCondition.LESS_THAN, new BigDecimal("0.04"), MetricStatus.NO_DATA, Enforcement.ENFORCED);
    private static final HealthHistory HISTORY = new HealthHistory(HealthHistory.SCHEMA_VERSION,
            at("2026-11-19T00:00:00Z"), "0.1.0", List.of(
                    new HealthSnapshot(at("2026-11-18T00:00:00Z"), HealthStatus.HEALTHY,
                            List.of(new MarketplaceSnapshot(Marketplace.FR, HealthStatus.HEALTHY, List.of(NOTHING_DUE)))),
                    new HealthSnapshot(at("2026-11-19T00:00:00Z"), HealthStatus.CRITICAL,
                            List.of(new MarketplaceSnapshot(Marketplace.FR, HealthStatus.CRITICAL, List.of(HALF_LATE))))));

    @Test
    void eachSnapshotIsWrittenWithItsStatusesAndEveryMetricAsTheReportWritesIt() throws IOException {
        String json = ReportWriter.toJson(HISTORY);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals(1, tree.get("schemaVersion").asInt());
        assertEquals("2026-11-19T00:00:00Z", tree.get("asOf").asText());
        assertEquals("0.1.0", tree.get("rulesVersion").asText());
        JsonNode second = tree.get("snapshots").get(1);
        assertEquals("2026-11-19T00:00:00Z", second.get("at").asText());
        assertEquals("CRITICAL", second.get("status").asText());
        JsonNode fr = second.get("marketplaces").get(0);
        assertEquals("FR", fr.get("marketplace").asText());
        assertEquals("CRITICAL", fr.get("status").asText());
        JsonNode lsr = fr.get("metrics").get(0);
        assertEquals(List.of("metric", "channel", "window", "numerator", "denominator", "rate", "targetCondition",
                "targetValue", "status", "enforcement"), fieldNames(lsr));
        assertEquals("2026-11-09T00:00:00Z", lsr.get("window").get("from").asText());
        assertTrue(json.contains("\"rate\": 0.50000000,"), json);
        assertTrue(json.contains("\"targetValue\": 0.04,"), json);
        JsonNode nothingDue = tree.get("snapshots").get(0).get("marketplaces").get(0).get("metrics").get(0);
        assertFalse(nothingDue.has("rate"), "no rate without a denominator");
        assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
    }

    @Test
    void equalHistoriesAreTheSameText() {
        HealthHistory copy = new HealthHistory(HISTORY.schemaVersion(), HISTORY.asOf(), HISTORY.rulesVersion(),
                List.copyOf(HISTORY.snapshots()));
        assertEquals(ReportWriter.toJson(HISTORY), ReportWriter.toJson(copy));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
