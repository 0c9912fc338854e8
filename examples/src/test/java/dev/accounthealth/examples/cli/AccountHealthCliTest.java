package dev.accounthealth.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accounthealth.RuleSet;
import dev.accounthealth.examples.generator.SellerHistoryGenerator;
import dev.accounthealth.json.EventWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountHealthCliTest {
    private static final Path SAMPLE = Path.of("data/sample-seller.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
        StringWriter expected = new StringWriter();
        EventWriter.write(SellerHistoryGenerator.sampleSeller(Instant.parse("2026-11-20T00:00:00Z")).events(), expected);
        assertEquals(expected.toString(), Files.readString(SAMPLE));
    }

    @Test
    void theSampleSellersDashboardShowsFranceAtRiskBreachesFirstAndGermanyHealthy() {
        CliRun run = CliRun.of("evaluate", "--events", SAMPLE.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Account health as of "), run.out());
        assertTrue(run.out().contains("\nFR  AT_RISK\n"), run.out());
        assertTrue(run.out().contains("\nDE  HEALTHY\n"), run.out());
        String france = run.out().substring(run.out().indexOf("FR  AT_RISK"), run.out().indexOf("DE  HEALTHY"));
        assertTrue(france.indexOf("BREACH") < france.indexOf("OK "), france);
        assertTrue(france.contains("LATE_SHIPMENT_RATE"), france);
    }

    @Test
    void asOfDefaultsToTheLatestEventInTheFile() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "json").out());
        Instant latest = Files.readAllLines(SAMPLE).stream()
                .map(line -> Instant.parse(readTree(line).get("at").asText())).max(Instant::compareTo).orElseThrow();
        assertEquals(latest.toString(), report.get("asOf").asText());
    }

    private static JsonNode readTree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theJsonReportHasEveryFieldTheReportSpecRequires() throws IOException {
        CliRun run = CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "json", "--as-of", "2026-11-20T00:00:00Z");
        assertEquals(0, run.status(), run.err());
        JsonNode report = JSON.readTree(run.out());
        for (String field : List.of("schemaVersion", "asOf", "status", "marketplaces", "breaches", "warnings")) {
            assertTrue(report.has(field), field);
        }
        assertEquals(1, report.get("schemaVersion").asInt());
        assertEquals("2026-11-20T00:00:00Z", report.get("asOf").asText());
        assertTrue(Set.of("HEALTHY", "AT_RISK", "CRITICAL").contains(report.get("status").asText()));
        assertTrue(report.get("marketplaces").size() >= 2);
        for (JsonNode marketplace : report.get("marketplaces")) {
            for (JsonNode metric : marketplace.get("metrics")) {
                for (String field : List.of("metric", "channel", "numerator", "denominator", "targetCondition",
                        "targetValue", "status", "enforcement", "orderIds")) {
                    assertTrue(metric.has(field), field + " in " + metric);
                }
                assertTrue(metric.get("window").has("days") && metric.get("window").has("lagDays"), metric.toString());
                assertTrue(Set.of("MFN", "AFN", "ALL").contains(metric.get("channel").asText()));
                assertTrue(Set.of("OK", "WARNING", "BREACH", "NO_DATA").contains(metric.get("status").asText()));
                boolean hasRate = metric.get("denominator").asLong() > 0
                        && !metric.get("targetCondition").asText().equals("AT_MOST");
                assertEquals(hasRate, metric.has("rate"), metric.toString());
                if (hasRate) {
                    double rate = metric.get("rate").asDouble();
                    assertTrue(rate >= 0 && rate <= 1, metric.toString());
                }
            }
        }
        for (String list : List.of("breaches", "warnings")) {
            assertFalse(report.get(list).isEmpty(), list);
            for (JsonNode finding : report.get(list)) {
                for (String field : List.of("marketplace", "metric", "channel", "windowDays", "targetValue", "status")) {
                    assertTrue(finding.has(field), field + " in " + finding);
                }
            }
        }
    }

    @Test
    void theSameEventsInAnotherOrderGiveByteIdenticalJson(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        Collections.shuffle(lines, new Random(3));
        Path shuffled = dir.resolve("shuffled.jsonl");
        Files.write(shuffled, lines);
        String original = CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "json").out();
        assertEquals(original, CliRun.of("evaluate", "--events", shuffled.toString(), "--format", "json").out());
    }

    @Test
    void failOnMakesTheExitStatusOneAtThatStatusOrWorse() {
        assertEquals(1, CliRun.of("evaluate", "--events", SAMPLE.toString(), "--fail-on", "AT_RISK").status());
        assertEquals(0, CliRun.of("evaluate", "--events", SAMPLE.toString(), "--fail-on", "CRITICAL").status());
        assertEquals(2, CliRun.of("evaluate", "--events", SAMPLE.toString(), "--fail-on", "HEALTHY").status());
    }

    private static Path malformed(Path dir) throws IOException {
        Path file = dir.resolve("orders.jsonl");
        Files.writeString(file, String.join("\n",
                "# a seller export",
                "{\"type\":\"OrderPlaced\",\"at\":\"2026-11-10T09:15:00Z\",\"orderId\":\"A\",\"marketplace\":\"FR\","
                        + "\"channel\":\"MFN\",\"latestShipAt\":\"2026-11-12T23:59:59Z\","
                        + "\"latestDeliveryAt\":\"2026-11-15T23:59:59Z\"}",
                "{\"type\":\"FeedbackReceived\",\"at\":\"2026-11-16T10:00:00Z\",\"orderId\":\"A\",\"feedbackId\":\"F\","
                        + "\"rating\":7}",
                "{\"type\":\"OrderShipped\",\"at\":\"2026-11-11T10:00:00Z\",\"orderId\":\"A\"}",
                "not json",
                ""));
        return file;
    }

    @Test
    void strictModeStopsAtTheFirstBadLineNamingFileLineFieldAndReason(@TempDir Path dir) throws IOException {
        Path file = malformed(dir);
        CliRun run = CliRun.of("evaluate", "--events", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains(file + ":3: rating: must be between 1 and 5, was 7"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void lenientModeSetsBadLinesAsideListsThemAndEvaluatesTheRest(@TempDir Path dir) throws IOException {
        Path file = malformed(dir);
        CliRun text = CliRun.of("evaluate", "--events", file.toString(), "--lenient");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("2 rejected lines"), text.out());
        assertTrue(text.out().contains("rejected " + file + ":3: rating:"), text.out());
        JsonNode report = JSON.readTree(CliRun.of("evaluate", "--events", file.toString(), "--lenient", "--format", "json",
                "--as-of", "2026-11-20T00:00:00Z").out());
        assertEquals(2, report.get("rejected").size());
        assertEquals(5, report.get("rejected").get(1).get("line").asInt());
        JsonNode lsr = report.get("marketplaces").get(0).get("metrics").findParents("metric").stream()
                .filter(m -> m.get("metric").asText().equals("LATE_SHIPMENT_RATE")).findFirst().orElseThrow();
        assertEquals(1, lsr.get("denominator").asInt());
    }

    @Test
    void aDashReadsTheEventsFromStandardInput() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(SAMPLE)));
            CliRun fromStdin = CliRun.of("evaluate", "--events", "-", "--format", "json");
            assertEquals(0, fromStdin.status(), fromStdin.err());
            assertEquals(CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "json").out(), fromStdin.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aRulesDirectoryReplacesTheDefaultRules(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve("dev/accounthealth/rules/shipping.drl");
        Files.writeString(shipping, Files.readString(shipping).replace("lessThan(\"0.04\")", "lessThan(\"0.5\")"));
        CliRun run = CliRun.of("evaluate", "--events", SAMPLE.toString(), "--rules", dir.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertTrue(report.get("rulesVersion").asText().startsWith("sha256:"));
        assertTrue(report.get("breaches").findValuesAsText("metric").stream()
                .noneMatch(m -> m.equals("LATE_SHIPMENT_RATE")), report.get("breaches").toString());
    }

    @Test
    void usageAndInputErrorsExitWithTwo(@TempDir Path dir) {
        assertEquals(2, CliRun.of("evaluate").status());
        assertEquals(2, CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "xml").status());
        assertEquals(2, CliRun.of("evaluate", "--events", SAMPLE.toString(), "--as-of", "yesterday").status());
        CliRun missing = CliRun.of("evaluate", "--events", dir.resolve("none.jsonl").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("none.jsonl"), missing.err());
        CliRun badRules = CliRun.of("evaluate", "--events", SAMPLE.toString(), "--rules", dir.toString());
        assertEquals(2, badRules.status());
        assertTrue(badRules.err().contains("no .drl file"), badRules.err());
    }

    @Test
    void theCommittedPlansOfActionAreWhatTheToolWrites() throws IOException {
        assertEquals(Files.readString(Path.of("data/sample-seller-plan.md")),
                CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "markdown").out());
        assertEquals(Files.readString(Path.of("data/sample-seller-plan_fr.md")),
                CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "markdown", "--locale", "fr").out());
    }

    @Test
    void theMarkdownPlanIsInTheChosenLanguage() {
        CliRun english = CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "markdown");
        assertEquals(0, english.status(), english.err());
        assertTrue(english.out().contains("## Plan of action"), english.out());
        assertTrue(english.out().contains("**Corrective actions taken**"), english.out());
        CliRun french = CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "markdown", "--locale", "fr");
        assertTrue(french.out().contains("## Plan d’action"), french.out());
        assertTrue(french.out().contains("**Mesures préventives**"), french.out());
        assertEquals(2, CliRun.of("evaluate", "--events", SAMPLE.toString(), "--locale", "de").status());
    }

    @Test
    void theJsonReportCarriesThePlanDeadlinesAndRecovery() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "json",
                "--locale", "fr").out());
        JsonNode plan = report.get("planOfAction").get(0);
        assertEquals("fr", plan.get("language").asText());
        for (String field : List.of("rootCauses", "correctiveActions", "preventiveMeasures")) {
            assertFalse(plan.get(field).isEmpty(), field);
        }
        assertFalse(report.get("deadlines").isEmpty());
        JsonNode breach = report.get("marketplaces").get(0).get("metrics").findParents("metric").stream()
                .filter(m -> m.get("status").asText().equals("BREACH")).findFirst().orElseThrow();
        assertTrue(breach.get("recovery").has("allClearAt"), breach.toString());
    }

    @Test
    void theSampleSellersOutlookMeetsEveryPendingDeadlineAndItsRiskShowsWhatMissingThemWouldDo() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("evaluate", "--events", SAMPLE.toString(), "--format", "json").out());
        // The 4 DE and 5 FR orders due on 2026-11-20 by 23:59 local (22:59:59Z) are confirmed on the
        // roll-off path: neither marketplace changes status, where reading "nothing new happens" as
        // "never shipped" once made both critical at that instant.
        for (JsonNode then : report.get("outlook")) {
            assertEquals("AT_RISK", then.get("marketplaces").get("FR").asText(), then.toString());
            assertEquals("HEALTHY", then.get("marketplaces").get("DE").asText(), then.toString());
        }
        JsonNode germany = null;
        for (JsonNode risk : report.get("deadlineRisk")) {
            if (risk.get("marketplace").asText().equals("DE") && risk.get("due").asText().equals("2026-11-20T22:59:59Z")
                    && risk.get("kind").asText().equals("SHIPMENT_CONFIRMATION")) {
                germany = risk;
            }
        }
        assertTrue(germany != null, report.get("deadlineRisk").toString());
        assertEquals(4, germany.get("count").asInt());
        assertEquals("HEALTHY", germany.get("statusIfMet").asText());
        assertEquals("CRITICAL", germany.get("statusIfMissed").asText());
        // Counted from the file: just after 22:59:59Z the 10-day window holds 55 DE orders due, 50
        // confirmed on time, 1 late and the 4: 1 / 55 if they are confirmed, 5 / 55 = 9.09 % if not.
        JsonNode tenDays = germany.get("metrics").get(0);
        assertEquals("LATE_SHIPMENT_RATE 10", tenDays.get("metric").asText() + " " + tenDays.get("windowDays").asInt());
        assertEquals("1 55 OK", figures(tenDays.get("ifMet")));
        assertEquals("5 55 BREACH", figures(tenDays.get("ifMissed")));

        String text = CliRun.of("evaluate", "--events", SAMPLE.toString()).out();
        assertTrue(text.contains("\nOutlook, roll-off path (nothing new, every open deadline met on time)\n"), text);
        assertTrue(text.contains("  2026-11-20T22:59:59Z DE  4 x SHIPMENT_CONFIRMATION: CRITICAL if missed, HEALTHY"
                + " if met\n      LATE_SHIPMENT_RATE MFN 10 d: 9.09 % (5 / 55) BREACH if missed, 1.82 % (1 / 55) OK"
                + " if met\n"), text);
    }

    private static String figures(JsonNode figures) {
        return figures.get("numerator").asLong() + " " + figures.get("denominator").asLong() + " "
                + figures.get("status").asText();
    }

    @Test
    void theTextDashboardShowsRecoveryDeadlinesAndEarlyWarnings() {
        CliRun run = CliRun.of("evaluate", "--events", SAMPLE.toString());
        assertTrue(run.out().contains("more good items and no new bad one bring it back on target"), run.out());
        assertTrue(run.out().contains("\nDeadlines (local time where the obligation applies)\n"), run.out());
        assertTrue(run.out().contains("\nEarly warnings\n"), run.out());
    }

    @Test
    void helpAndVersionExitWithZero() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("evaluate"), help.out());
        CliRun evaluateHelp = CliRun.of("evaluate", "--help");
        assertTrue(evaluateHelp.out().contains("--fail-on"), evaluateHelp.out());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("account-health " + RuleSet.defaults().version()), version.out());
    }

    @Test
    void generateWritesJsonLinesThatEvaluateReads(@TempDir Path dir) {
        Path out = dir.resolve("seller.jsonl");
        assertEquals(0, CliRun.of("generate", "--size", "2000", "--seed", "9", "--out", out.toString()).status());
        CliRun run = CliRun.of("evaluate", "--events", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("FR  "), run.out());
        assertEquals(2, CliRun.of("generate").status());
    }
}
