package dev.accounthealth.json;

import static dev.accounthealth.json.SampleEvents.ORDER;
import static dev.accounthealth.json.SampleEvents.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.Money;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.event.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventReaderTest {
    private static final String SCAN = "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A\"}";
    private static final String DELIVERED = "{\"type\":\"OrderDelivered\",\"at\":\"2026-10-08T11:30:00Z\",\"orderId\":\"A\"}";
    private static final String MFN_ORDER = "{\"type\":\"OrderPlaced\",\"at\":\"2026-10-02T09:15:00Z\",\"orderId\":\"A\","
            + "\"marketplace\":\"FR\",\"channel\":\"MFN\",\"latestShipAt\":\"2026-10-04T23:59:59Z\","
            + "\"latestDeliveryAt\":\"2026-10-09T23:59:59Z\"";

    private static List<SellerEvent> readStrict(String text) {
        try (Stream<SellerEvent> events = EventReader.strict().events(new StringReader(text), "test.jsonl")) {
            return events.toList();
        }
    }

    private static SellerEvent readOne(String line) {
        List<SellerEvent> events = readStrict(line);
        assertEquals(1, events.size());
        return events.get(0);
    }

    @Test
    void readsTheSpecExample() {
        String text = """
                {"type":"OrderPlaced","at":"2026-10-02T09:15:00Z","orderId":"406-4307814-8186723","marketplace":"FR","channel":"MFN","latestShipAt":"2026-10-04T23:59:59Z","latestDeliveryAt":"2026-10-09T23:59:59Z","businessOrder":false,"skus":["EKOBO-DIFF-01"]}
                {"type":"OrderShipped","at":"2026-10-05T14:02:00Z","orderId":"406-4307814-8186723","carrier":"Colissimo","trackingId":"6A12345678901"}
                """;

        assertEquals(List.of(
                OrderPlaced.builder().at(at("2026-10-02T09:15:00Z")).orderId(ORDER).marketplace(Marketplace.FR)
                        .channel(FulfillmentChannel.MFN).latestShipAt(at("2026-10-04T23:59:59Z"))
                        .latestDeliveryAt(at("2026-10-09T23:59:59Z")).skus(List.of("EKOBO-DIFF-01")).build(),
                new OrderShipped(at("2026-10-05T14:02:00Z"), ORDER, "Colissimo", "6A12345678901")),
                readStrict(text));
    }

    @Test
    void absentFieldsTakeTheirDefaults() {
        OrderPlaced order = (OrderPlaced) readOne(
                "{\"type\":\"OrderPlaced\",\"at\":\"2026-10-02T09:15:00Z\",\"orderId\":\"A\",\"marketplace\":\"FR\",\"channel\":\"AFN\"}");
        ClaimFiled claim = (ClaimFiled) readOne(
                "{\"type\":\"ClaimFiled\",\"at\":\"2026-10-20T08:00:00Z\",\"orderId\":\"A\",\"claimId\":\"C\"}");
        ReturnRequested request = (ReturnRequested) readOne(
                "{\"type\":\"ReturnRequested\",\"at\":\"2026-10-15T08:00:00Z\",\"orderId\":\"A\",\"returnId\":\"R\"}");
        BuyerMessageReceived message = (BuyerMessageReceived) readOne(
                "{\"type\":\"BuyerMessageReceived\",\"at\":\"2026-10-06T08:00:00Z\",\"messageId\":\"M\",\"orderId\":\"A\"}");
        PolicyViolationReported notice = (PolicyViolationReported) readOne(
                "{\"type\":\"PolicyViolationReported\",\"at\":\"2026-10-07T08:00:00Z\",\"violationId\":\"V\","
                        + "\"marketplace\":\"FR\",\"category\":\"OTHER\"}");

        assertEquals(false, order.businessOrder());
        assertEquals(List.of(), order.skus());
        assertEquals(Optional.empty(), order.latestShipAt());
        assertEquals(Optional.empty(), order.orderTotal());
        assertEquals(false, claim.buyShippingOnTime());
        assertEquals(Optional.empty(), claim.amount());
        assertEquals(true, request.inPolicy());
        assertEquals(false, message.noResponseNeeded());
        assertEquals(Optional.empty(), message.marketplace());
        assertEquals(Severity.MEDIUM, notice.severity());
        assertEquals(Optional.empty(), notice.asin());
    }

    @Test
    void ignoresUnknownFieldsAndReadsNullAsAbsent() {
        assertEquals(new OrderShipped(at("2026-10-05T14:02:00Z"), "A"), readOne(
                "{\"type\":\"OrderShipped\",\"at\":\"2026-10-05T14:02:00Z\",\"orderId\":\"A\",\"carrier\":null,"
                        + "\"warehouse\":{\"name\":\"Lyon\"},\"seenBy\":[1,2]}"));
    }

    @Test
    void readsMarketplacesInAnyCaseAndBySpApiId() {
        for (String code : List.of("FR", "fr", "Fr", "A13V1IB3VIYZZH", "a13v1ib3viyzzh")) {
            PolicyViolationReported notice = (PolicyViolationReported) readOne(
                    "{\"type\":\"PolicyViolationReported\",\"at\":\"2026-10-07T08:00:00Z\",\"violationId\":\"V\","
                            + "\"marketplace\":\"" + code + "\",\"category\":\"OTHER\"}");
            assertEquals(Marketplace.FR, notice.marketplace(), code);
        }
    }

    @Test
    void keepsAmountsExactWhetherStringOrNumber() {
        for (String amount : List.of("\"12.90\"", "12.90")) {
            ClaimFiled claim = (ClaimFiled) readOne("{\"type\":\"ClaimFiled\",\"at\":\"2026-10-20T08:00:00Z\","
                    + "\"orderId\":\"A\",\"claimId\":\"C\",\"amount\":{\"amount\":" + amount + ",\"currency\":\"EUR\"}}");
            assertEquals(Optional.of(new Money(new BigDecimal("12.90"), "EUR")), claim.amount(), amount);
        }
        // The largest amount Money allows: 21 significant digits, more than a double keeps.
        ClaimFiled large = (ClaimFiled) readOne("{\"type\":\"ClaimFiled\",\"at\":\"2026-10-20T08:00:00Z\","
                + "\"orderId\":\"A\",\"claimId\":\"C\",\"amount\":{\"amount\":999999999999999.999999,\"currency\":\"JPY\"}}");
        assertEquals(new BigDecimal("999999999999999.999999"), large.amount().orElseThrow().amount());
    }

    @Test
    void readsInstantsWithAnOffsetAsUtc() {
        assertEquals(new CarrierScanned(at("2026-10-05T16:00:00Z"), "A"), readOne(
                "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00+02:00\",\"orderId\":\"A\"}"));
    }

    @Test
    void skipsBlankAndCommentLinesAndCountsThemInLineNumbers() {
        String text = "# exported 2026-11-20\n\n   \n" + SCAN + "\r\n  # indented comment\r\n\t\n"
                + "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"\"}\n";

        EventFormatException e = assertThrows(EventFormatException.class, () -> readStrict(text));

        assertEquals("test.jsonl:7: orderId: must not be blank", e.getMessage());
    }

    @Test
    void skipsAByteOrderMarkBeforeTheFirstLine() {
        assertEquals(1, readStrict("\uFEFF" + SCAN + "\n").size());
    }

    /** Each bad line with the field and reason it is rejected for. */
    static Stream<Arguments> malformedLines() {
        return Stream.of(
                Arguments.of("bad JSON", "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":",
                        "(json)", "Unexpected end-of-input within/between Object entries at column 64"),
                Arguments.of("bad JSON: unquoted name", "{type:\"CarrierScanned\"}",
                        "(json)", "Unexpected character ('t' (code 116)): was expecting double-quote to start field name at column 2"),
                Arguments.of("not an object", "[\"CarrierScanned\"]",
                        "(json)", "expected a JSON object, was an array"),
                Arguments.of("two objects on a line", SCAN + " " + DELIVERED,
                        "(json)", "more than one JSON value on the line, the next at column 69"),
                Arguments.of("field given twice", "{\"type\":\"CarrierScanned\",\"orderId\":\"A\",\"orderId\":\"B\"}",
                        "(json)", "Duplicate field 'orderId' at column 49"),
                Arguments.of("no type", "{\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A\"}",
                        "type", "required"),
                Arguments.of("unknown type", "{\"type\":\"OrderTeleported\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A\"}",
                        "type", "unknown event type 'OrderTeleported': expected one of OrderPlaced, OrderShipped, "
                                + "CarrierScanned, OrderDelivered, OrderCancelled, FeedbackReceived, FeedbackRemoved, "
                                + "ClaimFiled, ClaimResolved, ClaimInfoRequested, ChargebackFiled, ChargebackResolved, "
                                + "ReturnRequested, ReturnAnswered, ReturnRejectionOverturned, ReturnFeedbackReceived, "
                                + "InvoiceUploaded, BuyerMessageReceived, BuyerMessageAnswered, PolicyViolationReported, "
                                + "PolicyViolationResolved"),
                Arguments.of("missing required id", "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\"}",
                        "orderId", "required"),
                Arguments.of("missing at", "{\"type\":\"CarrierScanned\",\"orderId\":\"A\"}",
                        "at", "required"),
                Arguments.of("missing required number", "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\","
                        + "\"orderId\":\"A\",\"feedbackId\":\"F\"}", "rating", "required"),
                Arguments.of("missing required flag", "{\"type\":\"ReturnFeedbackReceived\",\"at\":\"2026-10-19T08:00:00Z\","
                        + "\"returnId\":\"R\"}", "negative", "required"),
                Arguments.of("bad instant", "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-32T09:00:00Z\",\"orderId\":\"A\"}",
                        "at", "expected an ISO-8601 instant such as 2026-10-02T09:15:00Z, was '2026-10-32T09:00:00Z'"),
                Arguments.of("date without time", "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05\",\"orderId\":\"A\"}",
                        "at", "expected an ISO-8601 instant such as 2026-10-02T09:15:00Z, was '2026-10-05'"),
                Arguments.of("bad enum value", "{\"type\":\"OrderPlaced\",\"at\":\"2026-10-02T09:15:00Z\",\"orderId\":\"A\","
                        + "\"marketplace\":\"FR\",\"channel\":\"FBA\"}", "channel", "expected one of MFN, AFN, was 'FBA'"),
                Arguments.of("enum in lower case", "{\"type\":\"ClaimResolved\",\"at\":\"2026-10-25T08:00:00Z\","
                        + "\"claimId\":\"C\",\"outcome\":\"denied\"}", "outcome",
                        "expected one of GRANTED_SELLER_FUNDED, GRANTED_AMAZON_FUNDED, DENIED, WITHDRAWN, was 'denied'"),
                Arguments.of("unknown marketplace", "{\"type\":\"PolicyViolationReported\",\"at\":\"2026-10-07T08:00:00Z\","
                        + "\"violationId\":\"V\",\"marketplace\":\"XX\",\"category\":\"OTHER\"}", "marketplace",
                        "unknown marketplace 'XX': expected one of [FR, DE, UK, ES, IT, NL, SE, PL, BE, IE, TR, US, CA, "
                                + "MX, BR, JP, AU, IN, SG, AE, SA, EG] or an SP-API marketplace id"),
                Arguments.of("impossible rating", "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\","
                        + "\"orderId\":\"A\",\"feedbackId\":\"F\",\"rating\":7}", "rating", "must be between 1 and 5, was 7"),
                Arguments.of("MFN order without latestShipAt", "{\"type\":\"OrderPlaced\",\"at\":\"2026-10-02T09:15:00Z\","
                        + "\"orderId\":\"A\",\"marketplace\":\"FR\",\"channel\":\"MFN\",\"latestDeliveryAt\":\"2026-10-09T23:59:59Z\"}",
                        "latestShipAt", "required when channel is MFN"),
                Arguments.of("message with neither order nor marketplace", "{\"type\":\"BuyerMessageReceived\","
                        + "\"at\":\"2026-10-06T08:00:00Z\",\"messageId\":\"M\"}", "marketplace", "required when orderId is absent"),
                Arguments.of("rating as a word", "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\","
                        + "\"orderId\":\"A\",\"feedbackId\":\"F\",\"rating\":\"five\"}", "rating",
                        "expected an integer, was a string \"five\""),
                Arguments.of("rating with a fraction", "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\","
                        + "\"orderId\":\"A\",\"feedbackId\":\"F\",\"rating\":4.5}", "rating", "expected an integer, was a number 4.5"),
                Arguments.of("id as a number", "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":42}",
                        "orderId", "expected a string, was a number 42"),
                Arguments.of("flag as a string", MFN_ORDER + ",\"businessOrder\":\"yes\"}",
                        "businessOrder", "expected true or false, was a string \"yes\""),
                Arguments.of("skus not a list", MFN_ORDER + ",\"skus\":\"EKOBO-DIFF-01\"}",
                        "skus", "expected an array of strings, was a string \"EKOBO-DIFF-01\""),
                Arguments.of("sku not a string", MFN_ORDER + ",\"skus\":[\"EKOBO\",7]}",
                        "skus[1]", "expected a string, was a number 7"),
                Arguments.of("money not an object", MFN_ORDER + ",\"orderTotal\":12.90}", "orderTotal",
                        "expected an object such as {\"amount\":\"12.90\",\"currency\":\"EUR\"}, was a number 12.90"),
                Arguments.of("amount not a number", MFN_ORDER + ",\"orderTotal\":{\"amount\":\"12,90\",\"currency\":\"EUR\"}}",
                        "orderTotal.amount", "expected a decimal number, was '12,90'"),
                Arguments.of("negative amount", MFN_ORDER + ",\"orderTotal\":{\"amount\":-1,\"currency\":\"EUR\"}}",
                        "orderTotal.amount", "must not be negative, was -1"),
                Arguments.of("no currency", MFN_ORDER + ",\"orderTotal\":{\"amount\":\"1.00\"}}",
                        "orderTotal.currency", "expected a three-letter ISO 4217 code, was null"));
    }

    private static String withBadLine(String bad) {
        return SCAN + "\n# the next line is bad\n" + bad + "\n" + DELIVERED + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLines")
    void strictStopsAtABadLineNamingSourceLineFieldAndReason(String name, String bad, String field, String reason) {
        List<SellerEvent> before = new ArrayList<>();
        EventFormatException e;
        try (Stream<SellerEvent> events = EventReader.strict().events(new StringReader(withBadLine(bad)), "bad.jsonl")) {
            e = assertThrows(EventFormatException.class, () -> events.forEach(before::add));
        }

        assertEquals("bad.jsonl:3: " + field + ": " + reason, e.getMessage());
        assertEquals(field, e.field());
        assertEquals(reason, e.reason());
        assertEquals(1, before.size(), "the event before the bad line is given");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLines")
    void lenientSetsABadLineAsideAndGoesOn(String name, String bad, String field, String reason) {
        List<RejectedLine> rejected = new ArrayList<>();
        List<SellerEvent> events;
        try (Stream<SellerEvent> read = EventReader.lenient(rejected::add).events(new StringReader(withBadLine(bad)), "bad.jsonl")) {
            events = read.toList();
        }

        assertEquals(List.of(new RejectedLine("bad.jsonl", 3, field, reason, bad)), rejected);
        assertEquals(List.of("CarrierScanned", "OrderDelivered"), events.stream().map(SellerEvent::type).toList());
    }

    @Test
    void lenientAccountsForEveryLineThatIsNeitherBlankNorAComment() {
        List<String> bad = malformedLines().map(arguments -> (String) arguments.get()[1]).toList();
        StringBuilder text = new StringBuilder("# mixed\n");
        for (int i = 0; i < bad.size(); i++) {
            text.append(bad.get(i)).append('\n').append(i % 3 == 0 ? "\n" : "").append(SCAN).append('\n');
        }
        long content = text.toString().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).count();
        List<RejectedLine> rejected = new ArrayList<>();

        long events;
        try (Stream<SellerEvent> read = EventReader.lenient(rejected::add).events(new StringReader(text.toString()), "mixed")) {
            events = read.count();
        }

        assertEquals(bad.size(), rejected.size());
        assertEquals(bad.size(), events);
        assertEquals(content, events + rejected.size());
    }

    @Test
    void streamsWithoutReadingAheadOfTheEventsAskedFor() {
        int total = 200_000;
        GeneratedLines input = new GeneratedLines(total);
        long[] count = {0};
        long[] linesMadeAtFirstEvent = {-1};

        try (Stream<SellerEvent> events = EventReader.strict().events(input, "generated")) {
            events.forEach(event -> {
                if (count[0]++ == 0) {
                    linesMadeAtFirstEvent[0] = input.linesMade;
                }
            });
        }

        assertEquals(total, count[0]);
        assertTrue(linesMadeAtFirstEvent[0] < 1_000, "lines made before the first event: " + linesMadeAtFirstEvent[0]);
    }

    @Test
    void readsAFileNamingItInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("orders.jsonl");
        Files.writeString(file, SCAN + "\n" + "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\","
                + "\"orderId\":\"A\",\"feedbackId\":\"F\",\"rating\":7}\n");

        EventFormatException e;
        try (Stream<SellerEvent> events = EventReader.strict().events(file)) {
            Iterator<SellerEvent> read = events.iterator();
            assertEquals(new CarrierScanned(at("2026-10-05T18:00:00Z"), "A"), read.next());
            e = assertThrows(EventFormatException.class, read::hasNext);
        }

        assertEquals(file + ":2: rating: must be between 1 and 5, was 7", e.getMessage());
        assertEquals(file.toString(), e.source());
        assertEquals(2, e.line());
    }

    @Test
    void readsUtf8BytesAndRefusesBytesThatAreNot() {
        String line = "{\"type\":\"OrderShipped\",\"at\":\"2026-10-05T14:02:00Z\",\"orderId\":\"A\",\"shipFrom\":\"Entrepôt\"}\n";
        try (Stream<SellerEvent> events = EventReader.strict().events(
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "utf8")) {
            assertEquals(Optional.of("Entrepôt"), ((OrderShipped) events.findFirst().orElseThrow()).shipFrom());
        }

        // ô in ISO-8859-1 is the single byte F4, which opens a four-byte sequence in UTF-8; the
        // 't' after it cannot continue one. "Entrep" ends at byte 83 of the line.
        byte[] latin1 = line.getBytes(StandardCharsets.ISO_8859_1);
        List<RejectedLine> rejected = new ArrayList<>();
        try (Stream<SellerEvent> events = EventReader.lenient(rejected::add).events(new ByteArrayInputStream(latin1), "latin1")) {
            assertEquals(0, events.count());
        }
        assertEquals(List.of(new RejectedLine("latin1", 1, "shipFrom", "not valid UTF-8: byte F4 at byte 84 of the line",
                line.strip().replace("ô", "\uFFFD"))), rejected);
    }

    @Test
    void aLenientReaderNeedsSomewhereToPutRejectedLines() {
        assertThrows(NullPointerException.class, () -> EventReader.lenient(null));
    }

    @Test
    void readsPolicyNoticesWithEveryField() {
        assertEquals(new PolicyViolationReported(at("2026-10-07T08:00:00Z"), "V", Marketplace.US,
                PolicyCategory.IP_COMPLAINT, Severity.HIGH, Optional.of("B0")), readOne(
                "{\"type\":\"PolicyViolationReported\",\"at\":\"2026-10-07T08:00:00Z\",\"violationId\":\"V\","
                        + "\"marketplace\":\"ATVPDKIKX0DER\",\"category\":\"IP_COMPLAINT\",\"severity\":\"HIGH\",\"asin\":\"B0\"}"));
    }

    /** Makes CarrierScanned lines only as they are read, and counts how many it made. */
    private static final class GeneratedLines extends Reader {
        private final int total;
        private int linesMade;
        private String current = "";
        private int position;

        GeneratedLines(int total) {
            this.total = total;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                if (linesMade == total) {
                    return -1;
                }
                current = "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"O-" + linesMade + "\"}\n";
                linesMade++;
                position = 0;
            }
            int n = Math.min(length, current.length() - position);
            current.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
