package dev.accounthealth.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/**
 * A status that changes with time alone is alerted by the punctuation, as of the instant it
 * changes. The instants expected are found by asking {@code evaluate} over the same events,
 * hour by hour and then second by second, when the account's status changes.
 */
class TimeDrivenAlertTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant PLACED = Instant.parse("2026-11-10T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-11T23:59:59Z");

    /** Ten orders shipped and delivered on time, then one placed and never confirmed shipped. */
    private static List<SellerEvent> unconfirmedOrder() {
        List<SellerEvent> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Instant placed = PLACED.minus(Duration.ofDays(14 - i));
            goodOrder(events, "171-0000000-00000" + (10 + i), placed);
        }
        events.add(order("171-0000000-0000099", PLACED, DUE));
        return events;
    }

    @Test
    void anUnconfirmedOrderPassingItsShipDateIsAlertedOnStreamTime() throws Exception {
        List<SellerEvent> events = unconfirmedOrder();
        try (Pipeline pipeline = new Pipeline(Pipeline.stateDir(), PLACED, false)) {
            events.stream().sorted(Comparator.comparing(SellerEvent::at)).forEach(e -> pipeline.send("A1LATE", e, e.at()));
            pipeline.afterDebounce();
            assertEquals(List.of(), pipeline.alerts.readKeyValuesToList(), "healthy until the ship date");
            Instant later = DUE.plus(Duration.ofHours(6));
            pipeline.send("B2OTHER", goodOrderPlaced("171-0000000-0000500", later), later);

            assertAlerts(changes(events, PLACED, later), pipeline.alerts.readKeyValuesToList(), "A1LATE");
        }
    }

    @Test
    void anUnconfirmedOrderPassingItsShipDateIsAlertedOnTheWallClock() throws Exception {
        List<SellerEvent> events = unconfirmedOrder();
        try (Pipeline pipeline = new Pipeline(Pipeline.stateDir(), PLACED, true)) {
            events.stream().sorted(Comparator.comparing(SellerEvent::at)).forEach(e -> pipeline.send("A1LATE", e, e.at()));
            pipeline.afterDebounce();
            Instant evaluated = PLACED.plus(pipeline.settings.debounce()).plusSeconds(1);
            assertEquals(List.of(), pipeline.alerts.readKeyValuesToList(), "healthy until the ship date");
            pipeline.driver.advanceWallClockTime(Duration.between(evaluated, DUE.plus(Duration.ofHours(6))));

            assertAlerts(changes(events, evaluated, DUE.plus(Duration.ofHours(6))),
                    pipeline.alerts.readKeyValuesToList(), "A1LATE");
        }
    }

    @Test
    void defectsRollingOffAreAlertedWhenTheyGo() throws Exception {
        Instant start = Instant.parse("2026-08-01T08:00:00Z");
        List<SellerEvent> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = "171-0000001-000000" + i;
            goodOrder(events, id, start);
            events.add(new ClaimFiled(start.plus(Duration.ofDays(8)), id, "CLAIM-" + i, "not as described"));
            events.add(new ClaimResolved(start.plus(Duration.ofDays(12)), "CLAIM-" + i,
                    ClaimOutcome.GRANTED_AMAZON_FUNDED));
        }
        for (int day = 1; day <= 30; day++) {
            goodOrder(events, "171-0000002-00000" + (10 + day), start.plus(Duration.ofDays(day)));
        }
        Instant lastEvent = events.stream().map(SellerEvent::at).max(Comparator.naturalOrder()).orElseThrow();
        try (Pipeline pipeline = new Pipeline(Pipeline.stateDir(), start, false)) {
            events.stream().sorted(Comparator.comparing(SellerEvent::at)).forEach(e -> pipeline.send("A3ROLL", e, e.at()));
            pipeline.afterDebounce();
            List<KeyValue<String, String>> first = pipeline.alerts.readKeyValuesToList();
            HealthStatus before = Pipeline.EVALUATOR.evaluate(events, lastEvent).status();
            assertFalse(before == HealthStatus.HEALTHY, "the claims put the account at risk");
            assertEquals(before.name(), JSON.readTree(first.get(0).value).get("to").asText());
            Instant later = start.plus(Duration.ofDays(100));
            pipeline.send("B2OTHER", goodOrderPlaced("171-0000000-0000500", later), later);

            List<Change> expected = changes(events, lastEvent, later);
            assertEquals(HealthStatus.HEALTHY, expected.get(expected.size() - 1).status(), "the defects roll off");
            assertAlerts(expected, pipeline.alerts.readKeyValuesToList(), "A3ROLL");
        }
    }

    record Change(Instant at, HealthStatus status) {
    }

    /** Each instant, to the second, at which evaluate says the account's status changes. */
    static List<Change> changes(List<SellerEvent> events, Instant from, Instant to) {
        List<Change> changes = new ArrayList<>();
        HealthStatus status = status(events, from);
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
            Instant end = hour.plus(Duration.ofHours(1)).isAfter(to) ? to : hour.plus(Duration.ofHours(1));
            HealthStatus atEnd = status(events, end);
            if (atEnd != status) {
                long low = hour.getEpochSecond();
                long high = end.getEpochSecond();
                while (high - low > 1) {
                    long mid = (low + high) / 2;
                    if (status(events, Instant.ofEpochSecond(mid)) == status) {
                        low = mid;
                    } else {
                        high = mid;
                    }
                }
                changes.add(new Change(Instant.ofEpochSecond(high), atEnd));
                status = atEnd;
            }
        }
        return changes;
    }

    private static HealthStatus status(List<SellerEvent> events, Instant asOf) {
        return Pipeline.EVALUATOR.evaluate(events, asOf).status();
    }

    private static void assertAlerts(List<Change> expected, List<KeyValue<String, String>> alerts, String seller)
            throws Exception {
        assertFalse(expected.isEmpty(), "time alone changes the status");
        List<Change> actual = new ArrayList<>();
        for (KeyValue<String, String> alert : alerts) {
            JsonNode json = JSON.readTree(alert.value);
            assertEquals(seller, alert.key);
            if (json.get("scope").asText().equals("ACCOUNT")) {
                actual.add(new Change(Instant.parse(json.get("at").asText()), HealthStatus.valueOf(json.get("to").asText())));
            }
        }
        assertEquals(expected, actual);
    }

    private static OrderPlaced order(String id, Instant placed, Instant shipBy) {
        return OrderPlaced.builder().at(placed).orderId(id).marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN)
                .latestShipAt(shipBy).latestDeliveryAt(shipBy.plus(Duration.ofDays(4))).build();
    }

    private static OrderPlaced goodOrderPlaced(String id, Instant placed) {
        return order(id, placed, placed.plus(Duration.ofDays(2)));
    }

    private static void goodOrder(List<SellerEvent> events, String id, Instant placed) {
        events.add(goodOrderPlaced(id, placed));
        events.add(new OrderShipped(placed.plus(Duration.ofHours(20)), id, Optional.of("Colissimo"),
                Optional.of("6A" + id.replace("-", "")), Optional.empty()));
        events.add(new OrderDelivered(placed.plus(Duration.ofDays(3)), id));
    }
}
