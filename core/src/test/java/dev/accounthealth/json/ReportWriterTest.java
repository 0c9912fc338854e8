package dev.accounthealth.json;

import static dev.accounthealth.json.SampleEvents.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Conflict;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.EarlyWarning;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.Finding;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricAtRisk;
import dev.accounthealth.report.MetricFigures;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.Orphan;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.PlanOfAction;
import dev.accounthealth.report.ProjectedStatus;
import dev.accounthealth.report.Recovery;
import dev.accounthealth.report.RootCause;
import dev.accounthealth.report.RefKind;
import dev.accounthealth.report.TargetCondition;
import dev.accounthealth.report.Window;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LATE_COUNT = "Late shipment rate counts orders confirmed after their expected ship date or not at all";

    private static final java.time.Instant ROLL_OFF = at("2026-11-24T10:00:00Z");

    /** A metric with no item behind it, one defect away from a breach. */
    private static Recovery nothingToRecover() {
        return new Recovery(OptionalLong.empty(), OptionalLong.of(1), Optional.empty(), Optional.empty(), List.of());
    }

    private static MetricResult lateShipment(BigDecimal target) {
        return new MetricResult("LATE_SHIPMENT_RATE", Channel.MFN,
                new Window(10, 0, at("2026-11-10T00:00:00Z"), at("2026-11-20T00:00:00Z")),
                1, 4, Optional.of(new BigDecimal("0.25000000")), TargetCondition.LESS_THAN, target,
                MetricStatus.BREACH, Enforcement.ENFORCED, List.of("406-0000001-0000001"), List.of(), LATE_COUNT,
                List.of(LATE_COUNT, "Late shipment rate targets"),
                new Recovery(OptionalLong.of(22), OptionalLong.empty(), Optional.of(ROLL_OFF), Optional.of(ROLL_OFF),
                        List.of(new ProjectedStatus(ROLL_OFF, 0, 3, Optional.of(new BigDecimal("0E-8")),
                                MetricStatus.OK))),
                List.of(new RootCause("CARRIER", "Colissimo", 1, 1, 2, 4)));
    }

    private static MetricResult orderDefectsWithNoData() {
        return new MetricResult("ORDER_DEFECT_RATE", Channel.AFN,
                new Window(60, 14, at("2026-09-07T00:00:00Z"), at("2026-11-06T00:00:00Z")),
                0, 0, Optional.empty(), TargetCondition.LESS_THAN, new BigDecimal("0.01"),
                MetricStatus.NO_DATA, Enforcement.ENFORCED, List.of(), List.of(), "Order defect rate counts", List.of(),
                nothingToRecover(), List.of());
    }

    private static MetricResult cancellationsAtZero(BigDecimal zero) {
        return new MetricResult("PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN,
                new Window(7, 0, at("2026-11-13T00:00:00Z"), at("2026-11-20T00:00:00Z")),
                0, 4, Optional.of(zero), TargetCondition.LESS_THAN, new BigDecimal("0.025"),
                MetricStatus.OK, Enforcement.ENFORCED, List.of(), List.of(), "Pre-fulfilment cancel rate counts",
                List.of("Pre-fulfilment cancel rate counts"), nothingToRecover(), List.of());
    }

    /** A small report, built by hand, with something in every part. */
    private static AccountHealthReport report(BigDecimal target, BigDecimal zeroRate) {
        MetricResult late = lateShipment(target);
        MarketplaceHealth fr = new MarketplaceHealth(Marketplace.FR, HealthStatus.AT_RISK,
                List.of(late, orderDefectsWithNoData(), cancellationsAtZero(zeroRate)),
                List.of("An enforced breach puts the marketplace at risk"));
        Map<String, Integer> firings = new TreeMap<>(Map.of("Late shipment rate targets", 1, LATE_COUNT, 4));
        return new AccountHealthReport(AccountHealthReport.SCHEMA_VERSION, at("2026-11-20T00:00:00Z"), "0.1.0",
                HealthStatus.AT_RISK, List.of(fr), List.of(Finding.of(Marketplace.FR, late)), List.of(),
                List.of(new Orphan(new CarrierScanned(at("2026-11-12T08:00:00Z"), "406-9999999-9999999"),
                        RefKind.ORDER, "406-9999999-9999999")),
                List.of(new Conflict(new OrderShipped(at("2026-11-15T10:00:00Z"), "406-0000002-0000002"),
                        new OrderShipped(at("2026-11-16T10:00:00Z"), "406-0000002-0000002", "Colissimo", "6A1"),
                        "shipped twice at different instants")),
                new TreeMap<>(firings),
                List.of(new Outlook(ROLL_OFF, HealthStatus.HEALTHY, new TreeMap<>(Map.of(Marketplace.FR,
                        HealthStatus.HEALTHY)))),
                List.of(new DeadlineRisk(Marketplace.FR, "SHIPMENT_CONFIRMATION", LocalDate.parse("2026-11-20"),
                        at("2026-11-20T22:59:59Z"), List.of("406-0000004-0000004", "406-0000005-0000005"),
                        HealthStatus.AT_RISK, HealthStatus.CRITICAL,
                        List.of(new MetricAtRisk("LATE_SHIPMENT_RATE", Channel.MFN, 10,
                                new MetricFigures(1, 6, Optional.of(new BigDecimal("0.16666667")), MetricStatus.BREACH),
                                new MetricFigures(3, 6, Optional.of(new BigDecimal("0.50000000")),
                                        MetricStatus.BREACH))))),
                List.of(new EarlyWarning(Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10, 7,
                        new BigDecimal("0.00000000"), new BigDecimal("0.25000000"), new BigDecimal("0.002"),
                        MetricStatus.BREACH)),
                List.of(new Deadline("INVOICE_UPLOAD", "406-0000003-0000003", Marketplace.FR,
                        Optional.of("406-0000003-0000003"), at("2026-11-09T22:59:59Z"), true, "Invoice rule")),
                List.of(new PlanOfAction(Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, MetricStatus.BREACH,
                        List.of(10), "Late shipment rate", List.of("Late shipment rate in FR: 25 %."),
                        List.of("22 more orders."), List.of("1 of the 1 late orders went with Colissimo."),
                        List.of("Confirmed every shipment."), List.of("We confirm shipments daily."))),
                "en");
    }

    private static AccountHealthReport report() {
        return report(new BigDecimal("0.04"), new BigDecimal("0.00000000"));
    }

    private static final List<RejectedLine> REJECTED = List.of(new RejectedLine("orders.jsonl", 12, "rating",
            "must be between 1 and 5, was 7", "{\"type\":\"FeedbackReceived\",\"rating\":7}"));

    @Test
    void writesTheReportOfTheSpec() {
        assertEquals("""
                {
                  "schemaVersion": 1,
                  "asOf": "2026-11-20T00:00:00Z",
                  "rulesVersion": "0.1.0",
                  "status": "AT_RISK",
                  "marketplaces": [
                    {
                      "marketplace": "FR",
                      "status": "AT_RISK",
                      "metrics": [
                        {
                          "metric": "LATE_SHIPMENT_RATE",
                          "channel": "MFN",
                          "window": {
                            "days": 10,
                            "lagDays": 0,
                            "from": "2026-11-10T00:00:00Z",
                            "to": "2026-11-20T00:00:00Z"
                          },
                          "numerator": 1,
                          "denominator": 4,
                          "rate": 0.25000000,
                          "targetCondition": "LESS_THAN",
                          "targetValue": 0.04,
                          "status": "BREACH",
                          "enforcement": "ENFORCED",
                          "orderIds": [
                            "406-0000001-0000001"
                          ],
                          "itemIds": [],
                          "rule": "Late shipment rate counts orders confirmed after their expected ship date or not at all",
                          "firedRules": [
                            "Late shipment rate counts orders confirmed after their expected ship date or not at all",
                            "Late shipment rate targets"
                          ],
                          "recovery": {
                            "cleanOrdersNeeded": 22,
                            "nextRollOff": "2026-11-24T10:00:00Z",
                            "allClearAt": "2026-11-24T10:00:00Z",
                            "projection": [
                              {
                                "at": "2026-11-24T10:00:00Z",
                                "numerator": 0,
                                "denominator": 3,
                                "rate": 0.00000000,
                                "status": "OK"
                              }
                            ]
                          },
                          "rootCauses": [
                            {
                              "dimension": "CARRIER",
                              "value": "Colissimo",
                              "count": 1,
                              "of": 1,
                              "populationCount": 2,
                              "population": 4
                            }
                          ]
                        },
                        {
                          "metric": "ORDER_DEFECT_RATE",
                          "channel": "AFN",
                          "window": {
                            "days": 60,
                            "lagDays": 14,
                            "from": "2026-09-07T00:00:00Z",
                            "to": "2026-11-06T00:00:00Z"
                          },
                          "numerator": 0,
                          "denominator": 0,
                          "targetCondition": "LESS_THAN",
                          "targetValue": 0.01,
                          "status": "NO_DATA",
                          "enforcement": "ENFORCED",
                          "orderIds": [],
                          "itemIds": [],
                          "rule": "Order defect rate counts",
                          "firedRules": [],
                          "recovery": {
                            "defectsToBreach": 1,
                            "projection": []
                          },
                          "rootCauses": []
                        },
                        {
                          "metric": "PRE_FULFILLMENT_CANCEL_RATE",
                          "channel": "MFN",
                          "window": {
                            "days": 7,
                            "lagDays": 0,
                            "from": "2026-11-13T00:00:00Z",
                            "to": "2026-11-20T00:00:00Z"
                          },
                          "numerator": 0,
                          "denominator": 4,
                          "rate": 0.00000000,
                          "targetCondition": "LESS_THAN",
                          "targetValue": 0.025,
                          "status": "OK",
                          "enforcement": "ENFORCED",
                          "orderIds": [],
                          "itemIds": [],
                          "rule": "Pre-fulfilment cancel rate counts",
                          "firedRules": [
                            "Pre-fulfilment cancel rate counts"
                          ],
                          "recovery": {
                            "defectsToBreach": 1,
                            "projection": []
                          },
                          "rootCauses": []
                        }
                      ],
                      "statusRules": [
                        "An enforced breach puts the marketplace at risk"
                      ]
                    }
                  ],
                  "breaches": [
                    {
                      "marketplace": "FR",
                      "metric": "LATE_SHIPMENT_RATE",
                      "channel": "MFN",
                      "windowDays": 10,
                      "rate": 0.25000000,
                      "targetValue": 0.04,
                      "status": "BREACH",
                      "enforcement": "ENFORCED",
                      "numerator": 1,
                      "denominator": 4,
                      "orderIds": [
                        "406-0000001-0000001"
                      ]
                    }
                  ],
                  "warnings": [],
                  "outlook": [
                    {
                      "at": "2026-11-24T10:00:00Z",
                      "status": "HEALTHY",
                      "marketplaces": {
                        "FR": "HEALTHY"
                      }
                    }
                  ],
                  "deadlineRisk": [
                    {
                      "marketplace": "FR",
                      "kind": "SHIPMENT_CONFIRMATION",
                      "dueDate": "2026-11-20",
                      "due": "2026-11-20T22:59:59Z",
                      "dueLocal": "2026-11-20T23:59:59+01:00",
                      "zone": "Europe/Paris",
                      "count": 2,
                      "refs": [
                        "406-0000004-0000004",
                        "406-0000005-0000005"
                      ],
                      "statusIfMet": "AT_RISK",
                      "statusIfMissed": "CRITICAL",
                      "metrics": [
                        {
                          "metric": "LATE_SHIPMENT_RATE",
                          "channel": "MFN",
                          "windowDays": 10,
                          "ifMet": {
                            "numerator": 1,
                            "denominator": 6,
                            "rate": 0.16666667,
                            "status": "BREACH"
                          },
                          "ifMissed": {
                            "numerator": 3,
                            "denominator": 6,
                            "rate": 0.50000000,
                            "status": "BREACH"
                          }
                        }
                      ]
                    }
                  ],
                  "earlyWarnings": [
                    {
                      "marketplace": "FR",
                      "metric": "LATE_SHIPMENT_RATE",
                      "channel": "MFN",
                      "windowDays": 10,
                      "lookbackDays": 7,
                      "rateThen": 0.00000000,
                      "rateNow": 0.25000000,
                      "riseMargin": 0.002,
                      "status": "BREACH"
                    }
                  ],
                  "deadlines": [
                    {
                      "kind": "INVOICE_UPLOAD",
                      "ref": "406-0000003-0000003",
                      "marketplace": "FR",
                      "orderId": "406-0000003-0000003",
                      "due": "2026-11-09T22:59:59Z",
                      "dueLocal": "2026-11-09T23:59:59+01:00",
                      "zone": "Europe/Paris",
                      "overdue": true,
                      "rule": "Invoice rule"
                    }
                  ],
                  "planOfAction": [
                    {
                      "marketplace": "FR",
                      "metric": "LATE_SHIPMENT_RATE",
                      "channel": "MFN",
                      "status": "BREACH",
                      "windowDays": [
                        10
                      ],
                      "language": "en",
                      "title": "Late shipment rate",
                      "summary": [
                        "Late shipment rate in FR: 25 %."
                      ],
                      "recovery": [
                        "22 more orders."
                      ],
                      "rootCauses": [
                        "1 of the 1 late orders went with Colissimo."
                      ],
                      "correctiveActions": [
                        "Confirmed every shipment."
                      ],
                      "preventiveMeasures": [
                        "We confirm shipments daily."
                      ]
                    }
                  ],
                  "rejected": [
                    {
                      "source": "orders.jsonl",
                      "line": 12,
                      "field": "rating",
                      "reason": "must be between 1 and 5, was 7"
                    }
                  ],
                  "orphans": [
                    {
                      "type": "CarrierScanned",
                      "at": "2026-11-12T08:00:00Z",
                      "refKind": "ORDER",
                      "ref": "406-9999999-9999999",
                      "event": {
                        "type": "CarrierScanned",
                        "at": "2026-11-12T08:00:00Z",
                        "orderId": "406-9999999-9999999"
                      }
                    }
                  ],
                  "conflicts": [
                    {
                      "kept": {
                        "type": "OrderShipped",
                        "at": "2026-11-15T10:00:00Z",
                        "orderId": "406-0000002-0000002"
                      },
                      "ignored": {
                        "type": "OrderShipped",
                        "at": "2026-11-16T10:00:00Z",
                        "orderId": "406-0000002-0000002",
                        "carrier": "Colissimo",
                        "trackingId": "6A1"
                      },
                      "reason": "shipped twice at different instants"
                    }
                  ],
                  "ruleFirings": {
                    "Late shipment rate counts orders confirmed after their expected ship date or not at all": 4,
                    "Late shipment rate targets": 1
                  }
                }
                """, ReportWriter.toJson(report(), REJECTED));
    }

    @Test
    void writesEveryFieldTheSpecRequires() throws IOException {
        JsonNode json = JSON.readTree(ReportWriter.toJson(report()));

        assertHas(json, "schemaVersion", "asOf", "status", "marketplaces", "breaches", "warnings");
        for (JsonNode marketplace : json.get("marketplaces")) {
            for (JsonNode metric : marketplace.get("metrics")) {
                assertHas(metric, "metric", "channel", "window", "numerator", "denominator", "targetCondition",
                        "targetValue", "status", "enforcement", "orderIds");
                assertHas(metric.get("window"), "days", "lagDays");
            }
        }
        for (JsonNode finding : json.get("breaches")) {
            assertHas(finding, "marketplace", "metric", "channel", "windowDays", "rate", "targetValue", "status");
        }
    }

    private static void assertHas(JsonNode object, String... fields) {
        for (String field : fields) {
            assertTrue(object.has(field), () -> "no " + field + " in " + object);
        }
    }

    @Test
    void leavesRateOutWhereTheReportHasNone() throws IOException {
        MetricResult noData = orderDefectsWithNoData();
        AccountHealthReport report = new AccountHealthReport(1, at("2026-11-20T00:00:00Z"), "0.1.0",
                HealthStatus.HEALTHY, List.of(new MarketplaceHealth(Marketplace.DE, HealthStatus.HEALTHY,
                        List.of(noData), List.of())), List.of(), List.of(Finding.of(Marketplace.DE, noData)),
                List.of(), List.of(), new TreeMap<>(), List.of(), List.of(), List.of(), List.of(), List.of(), "en");

        JsonNode json = JSON.readTree(ReportWriter.toJson(report));

        assertFalse(json.get("marketplaces").get(0).get("metrics").get(0).has("rate"));
        assertFalse(json.get("warnings").get(0).has("rate"));
    }

    @Test
    void writesDecimalsPlainNeverWithAnExponent() {
        String json = ReportWriter.toJson(report(new BigDecimal("4E-2"), new BigDecimal("0E-8")));

        assertTrue(json.contains("\"targetValue\": 0.04,"), json);
        assertTrue(json.contains("\"rate\": 0.00000000,"), json);
        assertFalse(json.matches("(?s).*\\d[eE][-+]?\\d.*"), json);
    }

    @Test
    void equalReportsGiveIdenticalText() throws IOException {
        StringWriter out = new StringWriter();
        ReportWriter.write(report(), REJECTED, out);

        assertEquals(report(), report());
        assertEquals(ReportWriter.toJson(report(), new ArrayList<>(REJECTED)), out.toString());
        assertEquals(ReportWriter.toJson(report()), ReportWriter.toJson(report(), List.of()));
    }

    @Test
    void endsLinesWithNewlinesOnlyAndTheTextWithOne() throws IOException {
        StringWriter out = new StringWriter();
        ReportWriter.write(report(), out);

        String json = out.toString();
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.endsWith("\n\n"));
        assertTrue(json.contains("\n  \"rejected\": [],\n"));
    }
}
