package dev.accounthealth.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCommandTest {
    private static final String SAMPLE = "data/sample-seller.jsonl";
    private static final String AS_OF = "2026-11-20T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theLastDayOfTheHistoryIsTheEvaluationAsOfItsInstant() throws IOException {
        CliRun history = CliRun.of("history", "--events", SAMPLE, "--as-of", AS_OF, "--days", "7", "--format", "json");
        assertEquals(0, history.status(), history.err());
        JsonNode snapshots = JSON.readTree(history.out()).get("snapshots");
        assertEquals(7, snapshots.size());
        // The sample seller sells in FR: its days are counted in Paris, at 01:00 as AS_OF is.
        assertEquals("2026-11-14T00:00:00Z", snapshots.get(0).get("at").asText());
        JsonNode last = snapshots.get(6);
        assertEquals(AS_OF, last.get("at").asText());

        JsonNode report = JSON.readTree(CliRun.of("evaluate", "--events", SAMPLE, "--as-of", AS_OF, "--format", "json")
                .out());
        assertEquals(report.get("status"), last.get("status"));
        assertEquals(figures(report), figures(last));
    }

    @Test
    void theTextIsOneLineADayWithWhatIsInBreachOrWarning() {
        CliRun run = CliRun.of("history", "--events", SAMPLE, "--as-of", AS_OF, "--days", "3", "--zone", "UTC");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("Account health, 3 days to " + AS_OF), lines.get(0));
        assertTrue(lines.get(1).startsWith("2026-11-18T00:00:00Z  "), lines.get(1));
        assertTrue(lines.get(3).startsWith(AS_OF + "  AT_RISK "), lines.get(3));
        assertTrue(lines.get(3).contains("  FR AT_RISK (") && lines.get(3).contains("BREACH"), lines.get(3));
        assertTrue(lines.get(3).contains("  DE HEALTHY"), lines.get(3));
    }

    @Test
    void aHistoryOfNoDaysIsAUsageError() {
        CliRun run = CliRun.of("history", "--events", SAMPLE, "--as-of", AS_OF, "--days", "0");
        assertEquals(AccountHealthCli.BAD_INPUT, run.status());
        assertTrue(run.err().contains("--days takes at least 1, was 0"), run.err());
    }

    /** Per marketplace and metric: numerator, denominator, status. */
    private static List<String> figures(JsonNode at) {
        List<String> figures = new ArrayList<>();
        for (JsonNode marketplace : at.get("marketplaces")) {
            figures.add(marketplace.get("marketplace").asText() + " " + marketplace.get("status").asText());
            for (JsonNode m : marketplace.get("metrics")) {
                figures.add(m.get("metric").asText() + " " + m.get("channel").asText() + " "
                        + m.get("window").get("days").asText() + " " + m.get("window").get("from").asText() + " "
                        + m.get("numerator").asText() + "/" + m.get("denominator").asText() + " "
                        + m.path("rate").asText() + " " + m.get("status").asText());
            }
        }
        return figures;
    }
}
