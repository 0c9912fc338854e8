package dev.accounthealth.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.json.ReportWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/**
 * Every bad record goes to the rejected topic with why, its topic, partition and offset; the
 * stream goes on with the next record.
 */
class RejectedRecordTest {
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachBadRecordIsRejectedWithItsReasonAndTheNextGoodOneIsProcessed() throws Exception {
        OrderPlaced order = OrderPlaced.builder().at(AT).orderId("171-0000001-0000001").marketplace(Marketplace.FR)
                .channel(FulfillmentChannel.AFN).build();
        String good = dev.accounthealth.json.EventWriter.toJsonLine(order);
        try (Pipeline pipeline = new Pipeline(Pipeline.stateDir(), AT.minusSeconds(86_400), true)) {
            pipeline.send("A1SELLER", "{\"type\":\"OrderPlaced\",", AT);
            pipeline.send("A1SELLER", "{\"type\":\"OrderTeleported\",\"at\":\"2026-11-02T09:00:00Z\"}", AT);
            pipeline.send("A1SELLER", "{\"type\":\"OrderShipped\",\"at\":\"2026-11-02T09:00:00Z\"}", AT);
            pipeline.send(null, good, AT);
            pipeline.send("not a seller id", good, AT);
            pipeline.send("A1SELLER", "", AT);
            pipeline.events.pipeInput("A1SELLER".getBytes(StandardCharsets.UTF_8),
                    new byte[] {'{', (byte) 0xC3, '}'}, AT);
            pipeline.send("A1SELLER", (String) null, AT);
            pipeline.send("A1SELLER", good, AT);

            List<KeyValue<String, String>> rejected = pipeline.rejected.readKeyValuesToList();
            assertEquals(8, rejected.size());
            // The events spec: a missing required field, an unknown type and malformed JSON are
            // errors naming the field; the key is the seller id.
            expect(rejected.get(0), 0, "(json)", null);
            expect(rejected.get(1), 1, "type", "OrderTeleported");
            expect(rejected.get(2), 2, "orderId", null);
            expect(rejected.get(3), 3, "key", "no key");
            expect(rejected.get(4), 4, "key", "not a seller id");
            expect(rejected.get(5), 5, "(json)", "no event");
            expect(rejected.get(6), 6, "(json)", "not UTF-8");
            expect(rejected.get(7), 7, "(json)", "no value");
            assertEquals("A1SELLER", rejected.get(0).key);
            assertEquals("{\"type\":\"OrderPlaced\",", JSON.readTree(rejected.get(0).value).get("value").asText());

            pipeline.afterDebounce();
            assertEquals(ReportWriter.toJson(Pipeline.EVALUATOR.evaluate(List.of(order), AT)),
                    pipeline.latestReports().get("A1SELLER"));
        }
    }

    private static void expect(KeyValue<String, String> record, long offset, String field, String inReason)
            throws Exception {
        JsonNode rejected = JSON.readTree(record.value);
        assertEquals("seller-events", rejected.get("topic").asText());
        assertEquals(0, rejected.get("partition").asInt());
        assertEquals(offset, rejected.get("offset").asLong());
        assertEquals(field, rejected.get("field").asText(), record.value);
        String reason = rejected.get("reason").asText();
        assertTrue(!reason.isBlank(), record.value);
        if (inReason != null) {
            assertTrue(reason.contains(inReason), reason);
        }
    }
}
