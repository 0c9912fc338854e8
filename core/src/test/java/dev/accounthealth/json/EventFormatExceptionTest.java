package dev.accounthealth.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventFormatExceptionTest {

    private static EventFormatException readStrict(String source, String text) {
        try (Stream<?> events = EventReader.strict().events(new StringReader(text), source)) {
            return assertThrows(EventFormatException.class, events::count);
        }
    }

    @Test
    void namesSourceLineFieldAndReason() {
        EventFormatException e = readStrict("exports/2026-11/orders.jsonl", "\n\n\n\n\n\n\n\n\n\n\n"
                + "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\",\"orderId\":\"A\",\"feedbackId\":\"F\",\"rating\":7}");

        assertEquals("exports/2026-11/orders.jsonl:12: rating: must be between 1 and 5, was 7", e.getMessage());
        assertEquals("exports/2026-11/orders.jsonl", e.source());
        assertEquals(12, e.line());
        assertEquals("rating", e.field());
        assertEquals("must be between 1 and 5, was 7", e.reason());
    }

    @Test
    void namesTheJsonItselfWhenTheLineIsNoJsonObject() {
        EventFormatException e = readStrict("stdin", "OrderPlaced,2026-10-02,FR");

        assertEquals("(json)", e.field());
        assertEquals("stdin:1: (json): " + e.reason(), e.getMessage());
    }

    @Test
    void namesTheTypeFieldWhenTheTypeIsUnknown() {
        EventFormatException e = readStrict("x.jsonl", "{\"type\":\"orderplaced\"}");

        assertEquals("type", e.field());
        assertEquals("x.jsonl:1: type: " + e.reason(), e.getMessage());
    }
}
