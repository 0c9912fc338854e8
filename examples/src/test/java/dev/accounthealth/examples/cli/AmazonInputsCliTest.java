package dev.accounthealth.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed example inputs under {@code data/amazon}, built in the documented shapes: a US
 * seller's All Orders report, searchOrders pages, feedback, returns and finances, and Amazon's
 * report for the same day. Figures worked by hand from the files: 28 orders due to ship in the
 * 30 days to 2026-05-19, 3 shipped late; 30 seller-fulfilled orders in the 60 days, 2 with a defect
 * (a 1-star feedback, a granted claim); no carrier scans, so no valid tracking rate.
 */
class AmazonInputsCliTest {
    private static final Path DATA = Path.of("data/amazon");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2026-05-19T23:59:59Z";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static List<String> inputs(String... names) {
        List<String> args = new ArrayList<>();
        args.add("--input");
        for (String name : names) {
            args.add(DATA.resolve(name).toString());
        }
        return args;
    }

    private static String[] args(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all.toArray(String[]::new);
    }

    private static final List<String> ALL = inputs("all-orders.txt", "search-orders.json", "feedback.txt",
            "finances.json", "returns.txt");

    private static JsonNode metric(JsonNode report, String metric, String channel, int days) {
        for (JsonNode m : report.get("marketplaces").get(0).get("metrics")) {
            if (m.get("metric").asText().equals(metric) && m.get("channel").asText().equals(channel)
                    && m.get("window").get("days").asInt() == days) {
                return m;
            }
        }
        throw new AssertionError(metric + " not in the report");
    }

    @Test
    void theExampleInputsEvaluateToTheFiguresWorkedByHand() throws IOException {
        CliRun run = run(args(List.of("evaluate", "--marketplace", "US", "--as-of", DAY, "--format", "json"), ALL));
        assertEquals(0, run.status(), run.err());
        JsonNode report = JSON.readTree(run.out());
        JsonNode lsr = metric(report, "LATE_SHIPMENT_RATE", "MFN", 30);
        assertEquals(3, lsr.get("numerator").asInt());
        assertEquals(28, lsr.get("denominator").asInt());
        assertEquals("BREACH", lsr.get("status").asText());
        JsonNode odr = metric(report, "ORDER_DEFECT_RATE", "MFN", 60);
        assertEquals(2, odr.get("numerator").asInt());
        assertEquals(30, odr.get("denominator").asInt());
        assertEquals("NO_DATA", metric(report, "VALID_TRACKING_RATE", "MFN", 30).get("status").asText());
        assertEquals("NO_DATA", metric(report, "RETURN_DISSATISFACTION_RATE", "MFN", 60).get("status").asText());
        JsonNode vtr = null;
        for (JsonNode m : report.get("inputs").get("metrics")) {
            if (m.get("metric").asText().equals("VALID_TRACKING_RATE")) {
                vtr = m;
            }
        }
        assertEquals("NOT_MEASURABLE", vtr.get("status").asText());
        assertEquals("[\"CARRIER_SCANS\"]", vtr.get("lacking").toString());
        assertEquals(5, report.get("inputs").get("sources").size());
        assertEquals("[]", report.get("rejected").toString());

        CliRun text = run(args(List.of("evaluate", "--marketplace", "US", "--as-of", DAY), ALL));
        assertTrue(text.out().contains("-> not measurable: the inputs have no carrier scans; add JSON Lines "
                + "CarrierScanned events from your shipping system"), text.out());
    }

    @Test
    void theReportAlonePlusTheApiGiveTheSameOrdersAsTheApiAlone() throws IOException {
        CliRun both = run(args(List.of("evaluate", "--as-of", DAY, "--format", "json"),
                inputs("all-orders.txt", "search-orders.json")));
        CliRun api = run(args(List.of("evaluate", "--as-of", DAY, "--format", "json"), inputs("search-orders.json")));
        assertEquals(JSON.readTree(api.out()).get("marketplaces"), JSON.readTree(both.out()).get("marketplaces"));
        assertEquals("[]", JSON.readTree(both.out()).get("conflicts").toString());
    }

    @Test
    void theExampleReconcilesWithAmazonsReportOverAmazonsWindows() throws IOException {
        CliRun run = run(args(List.of("reconcile", "--amazon-report", DATA.resolve("performance.json").toString(),
                "--marketplace", "US", "--format", "json"), ALL));
        assertEquals(0, run.status(), run.err());
        JsonNode us = JSON.readTree(run.out()).get("reconciliation").get("marketplaces").get(0);
        assertTrue(us.get("statusAgrees").asBoolean(), us.toString());
        for (JsonNode line : us.get("metrics")) {
            String metric = line.get("metric").asText();
            if (metric.equals("VALID_TRACKING_RATE")) {
                assertEquals("NOT_MEASURABLE", line.get("explanations").get(0).get("cause").asText());
            } else {
                assertTrue(line.get("agrees").asBoolean(), line.toString());
            }
        }
        CliRun text = run(args(List.of("reconcile", "--amazon-report", DATA.resolve("performance.json").toString(),
                "--marketplace", "US"), ALL));
        assertTrue(text.out().contains("LATE_SHIPMENT_RATE"), text.out());
        assertTrue(text.out().contains("           -> not measurable: the inputs have no carrier scans; add "),
                text.out());
        assertFalse(text.out().contains("NOT_MEASURABLE"), text.out());
    }

    @Test
    void aFileOfNoKindWeReadIsAnErrorListingTheKinds(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "order,date\n1,2026-05-01\n");
        CliRun run = run("evaluate", "--input", csv.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains(csv + ": not an input we read; we read JSON Lines events, All Orders report, "),
                run.err());
        CliRun undated = run("evaluate", "--input", DATA.resolve("feedback.txt").toString());
        assertEquals(2, undated.status());
        assertTrue(undated.err().contains("whose dates have no time zone: say which marketplace it is from with "
                + "--marketplace"), undated.err());
    }

    @Test
    void aBadRowStopsAStrictReadAndIsListedByALenientOne(@TempDir Path dir) throws IOException {
        Path orders = dir.resolve("all-orders.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(DATA.resolve("all-orders.txt")));
        lines.set(3, lines.get(3).replace("Merchant", "Seller"));
        Files.write(orders, lines);
        CliRun strict = run("evaluate", "--input", orders.toString());
        assertEquals(2, strict.status());
        assertTrue(strict.err().contains(orders + ":4: fulfillment-channel: unknown value 'Seller'"), strict.err());
        CliRun lenient = run("evaluate", "--input", orders.toString(), "--lenient");
        assertEquals(0, lenient.status(), lenient.err());
        assertTrue(lenient.out().contains("1 rejected line"), lenient.out());
    }
}
