package dev.accounthealth.json;

import static dev.accounthealth.json.SampleEvents.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.Money;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.SellerEvent;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the events docs decide where the events spec is silent: a claim's amount is money written
 * as an order total is, and an order cannot be due to ship before it was bought.
 */
class ReadingDecisionsTest {

    private static List<SellerEvent> read(String line) {
        try (Stream<SellerEvent> events = EventReader.strict().events(new StringReader(line), "decisions.jsonl")) {
            return events.toList();
        }
    }

    @Test
    void aClaimAmountIsMoneyAsAnOrderTotalIs() {
        List<SellerEvent> events = read("{\"type\":\"ClaimFiled\",\"at\":\"2026-10-12T08:00:00Z\",\"orderId\":\"A\","
                + "\"claimId\":\"C1\",\"reason\":\"NOT_RECEIVED\",\"amount\":{\"amount\":\"24.90\",\"currency\":\"EUR\"}}");
        assertEquals(List.of(new ClaimFiled(at("2026-10-12T08:00:00Z"), "A", "C1", Optional.of("NOT_RECEIVED"),
                Optional.of(Money.of("24.90", "EUR")), false)), events);
    }

    @Test
    void aClaimAmountWrittenAsABareNumberIsRefusedWithItsField() {
        EventFormatException e = assertThrows(EventFormatException.class, () -> read(
                "{\"type\":\"ClaimFiled\",\"at\":\"2026-10-12T08:00:00Z\",\"orderId\":\"A\",\"claimId\":\"C1\","
                        + "\"amount\":24.90}"));
        assertEquals("decisions.jsonl", e.source());
        assertEquals(1, e.line());
        assertEquals("amount", e.field());
    }

    @Test
    void anOrderDueToShipAtItsPurchaseInstantIsValidAndOneDueBeforeItIsNot() {
        String due = "{\"type\":\"OrderPlaced\",\"at\":\"2026-10-02T09:15:00Z\",\"orderId\":\"A\",\"marketplace\":\"FR\","
                + "\"channel\":\"MFN\",\"latestShipAt\":\"%s\",\"latestDeliveryAt\":\"2026-10-09T23:59:59Z\"}";
        OrderPlaced sameInstant = (OrderPlaced) read(due.formatted("2026-10-02T09:15:00Z")).get(0);
        assertEquals(Optional.of(at("2026-10-02T09:15:00Z")), sameInstant.latestShipAt());

        EventFormatException e = assertThrows(EventFormatException.class,
                () -> read(due.formatted("2026-10-02T09:14:59Z")));
        assertEquals("latestShipAt", e.field());
        assertEquals(1, e.line());
    }
}
