package dev.accounthealth.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's wording, on histories worked by hand: seller-fulfilled FR orders due over the
 * last ten days, the most recent ones shipped an hour late, the others an hour early.
 */
class TextDashboardTest {
    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
    /** 61 orders, order i due 2 + 3i hours before asOf, the 16 most recent late. */
    private static String breach;
    /** 120 orders, order i due 1 + 2i hours before asOf, the 4 most recent late. */
    private static String warning;

    @BeforeAll
    static void evaluate(@TempDir Path dir) throws IOException {
        breach = dashboard(dir.resolve("breach.jsonl"), 61, 16, 2, 3);
        warning = dashboard(dir.resolve("warning.jsonl"), 120, 4, 1, 2);
    }

    private static String dashboard(Path file, int orders, int late, int firstDueHours, int spacingHours)
            throws IOException {
        List<SellerEvent> events = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            String orderId = String.format("406-4307814-%07d", i);
            Instant due = AS_OF.minus(Duration.ofHours(firstDueHours + (long) spacingHours * i));
            events.add(OrderPlaced.builder().at(due.minus(Duration.ofDays(2))).orderId(orderId)
                    .marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN).latestShipAt(due)
                    .latestDeliveryAt(due.plus(Duration.ofDays(5))).build());
            events.add(new OrderShipped(due.plus(Duration.ofHours(i < late ? 1 : -1)), orderId, "Colissimo", "6A" + i));
        }
        try (Writer out = Files.newBufferedWriter(file)) {
            EventWriter.write(events, out);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AccountHealthCli.run(new PrintWriter(out), new PrintWriter(err), "evaluate", "--events",
                file.toString(), "--as-of", AS_OF.toString());
        assertEquals(0, status, err.toString());
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void theHeaderIsInUtc() {
        assertTrue(breach.startsWith("Account health as of 2026-11-20T00:00:00Z: CRITICAL"), breach);
    }

    /**
     * 16 late of 61 against "under 4 %": ⌊16 / 0.04⌋ + 1 − 61 = 340 good orders bring it under
     * target. The last late order was due at 2026-11-19T22:00Z; it leaves the 10-day window 10
     * days later, 2026-11-29T22:00Z, 23:00 in Paris (UTC+1 in November), and the 30-day window
     * on 2026-12-19 at the same hour.
     */
    @Test
    void aBreachSaysHowManyGoodItemsBringItBackAndWhenItsBadItemsLeaveTheWindow() {
        assertTrue(breach.contains("""
                  BREACH   LATE_SHIPMENT_RATE           MFN  10 d                   16 / 61   26.23 %  < 4 %     ENFORCED
                           -> 340 more good items and no new bad one bring it back on target
                           -> the last of its 16 bad items leaves the window on 2026-11-29 23:00:00 Europe/Paris
                """), breach);
        assertTrue(breach.contains("""
                  BREACH   LATE_SHIPMENT_RATE           MFN  30 d                   16 / 61   26.23 %  < 4 %     ENFORCED
                           -> 340 more good items and no new bad one bring it back on target
                           -> the last of its 16 bad items leaves the window on 2026-12-19 23:00:00 Europe/Paris
                """), breach);
    }

    /**
     * 4 late of 120 is 3.33 %, at or above 80 % of 4 % (3.2 %) and under 4 %: a warning. The least
     * x with (4 + x) / (120 + x) ≥ 0.04 is 1 (0.96 x ≥ 0.8). The last late order was due at
     * 2026-11-19T23:00Z: it leaves the 10-day window on 2026-11-29T23:00Z, midnight in Paris.
     */
    @Test
    void aWarningSaysHowManyBadItemsWouldBreachIt() {
        assertTrue(warning.contains("""
                  WARNING  LATE_SHIPMENT_RATE           MFN  10 d                   4 / 120    3.33 %  < 4 %     ENFORCED
                           -> 1 more bad item breaches the target
                           -> the last of its 4 bad items leaves the window on 2026-11-30 00:00:00 Europe/Paris
                """), warning);
    }

    /** A marketplace at risk owes a plan of action 48 hours after asOf: 2026-11-22T00:00Z, 01:00 in Paris. */
    @Test
    void deadlinesAreInTheMarketplacesLocalTimeAndNameTheirZone() {
        assertTrue(breach.contains("\nDeadlines (local time where the obligation applies)\n"
                + "           2026-11-22 01:00:00 Europe/Paris  PLAN_OF_ACTION         FR (FR)\n"), breach);
    }

    @Test
    void theOldUnexplainedPhrasesAreGone() {
        for (String phrase : List.of("good ones", "more to breach", "today's items")) {
            assertFalse(breach.contains(phrase) || warning.contains(phrase), phrase);
        }
    }
}
