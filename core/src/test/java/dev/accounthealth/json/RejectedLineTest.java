package dev.accounthealth.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RejectedLineTest {

    private static List<RejectedLine> readLeniently(String text) {
        List<RejectedLine> rejected = new ArrayList<>();
        try (Stream<?> events = EventReader.lenient(rejected::add).events(new StringReader(text), "in.jsonl")) {
            events.forEach(event -> { });
        }
        return rejected;
    }

    @Test
    void keepsTheLineAsReadWithoutItsLineBreak() {
        String bad = "  {\"type\":\"CarrierScanned\",\"at\":\"yesterday\",\"orderId\":\"A\"}\t";

        assertEquals(List.of(new RejectedLine("in.jsonl", 2, "at",
                "expected an ISO-8601 instant such as 2026-10-02T09:15:00Z, was 'yesterday'", bad)),
                readLeniently("# header\r\n" + bad + "\r\n"));
    }

    @Test
    void comesInLineOrderWithTheSameDetailsAStrictReaderGives() {
        List<RejectedLine> rejected = readLeniently("{}\nnot json\n\n{\"type\":\"Nope\"}\n");

        assertEquals(List.of(1L, 2L, 4L), rejected.stream().map(RejectedLine::line).toList());
        assertEquals(List.of("type", "(json)", "type"), rejected.stream().map(RejectedLine::field).toList());
        assertEquals("required", rejected.get(0).reason());
    }
}
