package dev.accounthealth.json;

import static dev.accounthealth.json.SampleEvents.ORDER;
import static dev.accounthealth.json.SampleEvents.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void samplesCoverEveryEventType() {
        Set<Class<?>> sampled = SampleEvents.full().stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(SellerEvent.class.getPermittedSubclasses()), sampled);
    }

    @Test
    void everyEventReadsBackEqual() throws IOException {
        List<SellerEvent> events = Stream.concat(SampleEvents.full().stream(), SampleEvents.lean().stream()).toList();
        StringWriter out = new StringWriter();

        EventWriter.write(events, out);

        try (Stream<SellerEvent> read = EventReader.strict().events(new StringReader(out.toString()), "written")) {
            assertEquals(events, read.toList());
        }
    }

    @Test
    void writesTheSpecExampleLinesExactly() {
        OrderPlaced placed = OrderPlaced.builder()
                .at(at("2026-10-02T09:15:00Z")).orderId(ORDER).marketplace(Marketplace.FR)
                .channel(FulfillmentChannel.MFN)
                .latestShipAt(at("2026-10-04T23:59:59Z")).latestDeliveryAt(at("2026-10-09T23:59:59Z"))
                .skus(List.of("EKOBO-DIFF-01"))
                .build();
        OrderShipped shipped = new OrderShipped(at("2026-10-05T14:02:00Z"), ORDER, "Colissimo", "6A12345678901");

        assertEquals("{\"type\":\"OrderPlaced\",\"at\":\"2026-10-02T09:15:00Z\",\"orderId\":\"406-4307814-8186723\","
                + "\"marketplace\":\"FR\",\"channel\":\"MFN\",\"latestShipAt\":\"2026-10-04T23:59:59Z\","
                + "\"latestDeliveryAt\":\"2026-10-09T23:59:59Z\",\"businessOrder\":false,\"skus\":[\"EKOBO-DIFF-01\"]}",
                EventWriter.toJsonLine(placed));
        assertEquals("{\"type\":\"OrderShipped\",\"at\":\"2026-10-05T14:02:00Z\",\"orderId\":\"406-4307814-8186723\","
                + "\"carrier\":\"Colissimo\",\"trackingId\":\"6A12345678901\"}", EventWriter.toJsonLine(shipped));
    }

    @Test
    void fieldsComeAsTypeThenTheRecordComponentsInOrder() throws IOException {
        for (SellerEvent event : SampleEvents.full()) {
            List<String> expected = new ArrayList<>(List.of("type"));
            Arrays.stream(event.getClass().getRecordComponents()).map(RecordComponent::getName).forEach(expected::add);

            List<String> written = new ArrayList<>();
            JSON.readTree(EventWriter.toJsonLine(event)).fieldNames().forEachRemaining(written::add);

            assertEquals(expected, written, event.type());
            assertEquals("at", expected.get(1), event.type());
        }
    }

    @Test
    void leavesOutEmptyOptionalsButWritesFlagsAndEmptyLists() throws IOException {
        OrderPlaced order = OrderPlaced.builder().at(at("2026-10-02T09:15:00Z")).orderId(ORDER)
                .marketplace(Marketplace.UK).channel(FulfillmentChannel.AFN).build();

        assertEquals("{\"type\":\"OrderPlaced\",\"at\":\"2026-10-02T09:15:00Z\",\"orderId\":\"406-4307814-8186723\","
                + "\"marketplace\":\"UK\",\"channel\":\"AFN\",\"businessOrder\":false,\"skus\":[]}",
                EventWriter.toJsonLine(order));
    }

    @Test
    void writesMoneyAsAStringAmountWithItsDecimals() throws IOException {
        JsonNode total = JSON.readTree(EventWriter.toJsonLine(SampleEvents.full().get(0))).get("orderTotal");

        assertEquals("{\"amount\":\"12.90\",\"currency\":\"EUR\"}", total.toString());
    }

    @Test
    void endsEveryLineWithANewlineAndLeavesTheWriterOpen() throws IOException {
        List<SellerEvent> events = SampleEvents.lean();
        ClosingWatch out = new ClosingWatch();

        EventWriter.write(events, out);

        String text = out.toString();
        assertTrue(text.endsWith("}\n"));
        assertEquals(events.size(), text.lines().count());
        assertEquals(events.size(), text.chars().filter(c -> c == '\n').count());
        assertFalse(out.closed);
    }

    /** A writer that remembers whether it was closed. */
    private static final class ClosingWatch extends Writer {
        private final StringBuilder text = new StringBuilder();
        private boolean closed;

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
