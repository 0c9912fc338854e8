package dev.accounthealth.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines a hostile or broken export holds, each read strictly and leniently: the reader names the
 * source, line, field and reason, a lenient reader sets the line aside and goes on, and every
 * line that is not blank or a comment ends up as an event or a rejected line.
 */
class HostileLinesTest {
    /** 67 bytes: {"type":"CarrierScanned","at":"2026-10-05T18:00:00Z","orderId":"A"}. */
    private static final String SCAN = "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A\"}";
    private static final String DELIVERED = "{\"type\":\"OrderDelivered\",\"at\":\"2026-10-08T11:30:00Z\",\"orderId\":\"A\"}";
    private static final String ORDER = "{\"type\":\"OrderPlaced\",\"at\":\"2026-10-02T09:15:00Z\",\"orderId\":\"A\","
            + "\"marketplace\":\"FR\",\"channel\":\"AFN\"";
    private static final String CLAIM = "{\"type\":\"ClaimFiled\",\"at\":\"2026-10-20T08:00:00Z\",\"orderId\":\"A\","
            + "\"claimId\":\"C\"";

    /** What a lenient read of some bytes gave. */
    record Read(List<SellerEvent> events, List<RejectedLine> rejected) {
    }

    private static Read lenient(byte[] bytes) {
        List<RejectedLine> rejected = new ArrayList<>();
        try (Stream<SellerEvent> events = EventReader.lenient(rejected::add)
                .events(new ByteArrayInputStream(bytes), "hostile.jsonl")) {
            return new Read(events.toList(), rejected);
        }
    }

    private static EventFormatException strict(byte[] bytes) {
        try (Stream<SellerEvent> events = EventReader.strict().events(new ByteArrayInputStream(bytes), "hostile.jsonl")) {
            return assertThrows(EventFormatException.class, events::count);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text with each {@code <XX>} replaced by the byte of that hexadecimal value. */
    private static byte[] withBytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                out.writeBytes(utf8(text.substring(i)));
                break;
            }
            out.writeBytes(utf8(text.substring(i, open)));
            out.write(HexFormat.fromHexDigits(text, open + 1, open + 3));
            i = open + 4;
        }
        return out.toByteArray();
    }

    // --- A carriage return: only LF and CRLF end a line ---

    @Test
    void aLoneCarriageReturnInsideALineIsWhiteSpaceNotALineBreak() {
        String shipped = "{\"type\":\"OrderShipped\",\"at\":\"2026-10-05T14:02:00Z\",\r\"orderId\":\"A\",\r  \"carrier\":\"DHL\"}";
        String text = SCAN + "\r\n" + shipped + "\n" + DELIVERED + "\r\n"
                + "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\",\"orderId\":\"A\",\"feedbackId\":\"F\",\"rating\":7}\n";

        EventFormatException e = strict(utf8(text));
        assertEquals("hostile.jsonl:4: rating: must be between 1 and 5, was 7", e.getMessage());

        Read read = lenient(utf8(text));
        assertEquals(List.of("CarrierScanned", "OrderShipped", "OrderDelivered"),
                read.events().stream().map(SellerEvent::type).toList());
        assertEquals(Optional.of("DHL"), ((OrderShipped) read.events().get(1)).carrier());
        assertEquals(1, read.rejected().size());
        assertEquals(4, read.rejected().get(0).line());
    }

    @Test
    void aLoneCarriageReturnSplitsNoLineWhenReadingTextEither() {
        String text = SCAN + "\r" + "\n" + "{\"type\":\"OrderDelivered\",\r\"at\":\"2026-10-08T11:30:00Z\",\"orderId\":\"A\"}\r"
                + "\n" + "{\"type\":\"CarrierScanned\",\"orderId\":\"A\"}\n";
        List<RejectedLine> rejected = new ArrayList<>();
        try (Stream<SellerEvent> events = EventReader.lenient(rejected::add).events(new StringReader(text), "text")) {
            assertEquals(2, events.count());
        }
        assertEquals(List.of(new RejectedLine("text", 3, "at", "required", "{\"type\":\"CarrierScanned\",\"orderId\":\"A\"}")),
                rejected);
    }

    @Test
    void aCarriageReturnInsideAStringIsAnUnescapedControlCharacter() {
        // Column 66 is the carriage return inside "A\rB", the value of orderId.
        byte[] bytes = utf8(SCAN + "\n{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A\rB\"}\n");

        EventFormatException e = strict(bytes);
        assertEquals(2, e.line());
        assertEquals("(json)", e.field());
        assertTrue(e.reason().startsWith("Illegal unquoted character ((CTRL-CHAR, code 13))"), e.reason());
        assertTrue(e.reason().endsWith(" at column 66"), e.reason());

        Read read = lenient(bytes);
        assertEquals(1, read.events().size());
        assertEquals(2, read.rejected().get(0).line());
    }

    // --- Bytes that are not UTF-8 ---

    /** A line with bad bytes, the field and the reason it is refused for, worked by hand. */
    static Stream<Arguments> notUtf8() {
        // '{"type":"CarrierScanned","at":"2026-10-05T18:00:00Z","orderId":"' is 64 bytes, ORDER 98.
        return Stream.of(
                Arguments.of("a stray byte in a value",
                        "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A<FF>B\"}",
                        "orderId", "not valid UTF-8: byte FF at byte 66 of the line"),
                Arguments.of("an overlong encoding of '/'",
                        "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"<C0><AF>\"}",
                        "orderId", "not valid UTF-8: byte C0 at byte 65 of the line"),
                Arguments.of("a three-byte sequence cut short",
                        "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A<E2><82>\"}",
                        "orderId", "not valid UTF-8: bytes E2 82 at byte 66 of the line"),
                Arguments.of("an encoded surrogate",
                        "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"<ED><A0><80>\"}",
                        "orderId", "not valid UTF-8: bytes ED A0 80 at byte 65 of the line"),
                Arguments.of("a bad byte in a nested value",
                        ORDER + ",\"orderTotal\":{\"amount\":\"1.00\",\"currency\":\"EU<85>\"}}",
                        "orderTotal.currency", "not valid UTF-8: byte 85 at byte 144 of the line"),
                Arguments.of("a bad byte in a list",
                        ORDER + ",\"skus\":[\"S1\",\"S<FE>\"]}",
                        "skus[1]", "not valid UTF-8: byte FE at byte 115 of the line"),
                Arguments.of("a bad byte outside any value",
                        "{\"type\":\"CarrierScanned\",<FF>\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A\"}",
                        "(json)", "not valid UTF-8: byte FF at byte 26 of the line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void strictNamesTheLineTheFieldAndTheBadBytes(String name, String line, String field, String reason) {
        EventFormatException e = strict(withBytes(SCAN + "\n" + line + "\n" + DELIVERED + "\n"));

        assertEquals("hostile.jsonl:2: " + field + ": " + reason, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void lenientSetsTheLineAsideAndReadsOn(String name, String line, String field, String reason) {
        Read read = lenient(withBytes(SCAN + "\n" + line + "\n" + DELIVERED + "\n"));

        assertEquals(List.of("CarrierScanned", "OrderDelivered"), read.events().stream().map(SellerEvent::type).toList());
        assertEquals(1, read.rejected().size());
        RejectedLine rejected = read.rejected().get(0);
        assertEquals(new RejectedLine("hostile.jsonl", 2, field, reason, rejected.text()), rejected);
        assertTrue(rejected.text().contains("\uFFFD"), rejected.text());
    }

    @Test
    void aGenuineReplacementCharacterIsValidUtf8() {
        Read read = lenient(utf8("{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A\uFFFD\"}\n"));

        assertEquals(List.of(), read.rejected());
        assertEquals(1, read.events().size());
    }

    @Test
    void aReaderThatRefusesBadBytesFailsTheReadAfterTheLastLineItGave() {
        InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(withBytes(SCAN + "\n" + SCAN + "<FF>\n")),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
        try (Stream<SellerEvent> events = EventReader.lenient(line -> { }).events(reader, "decoded")) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, events::count);
            // The reader decodes ahead: the bad byte is met before the first line is handed out.
            assertEquals("decoded: not valid UTF-8 after line 0", e.getMessage());
        }
    }

    // --- Numbers: bounded when read, so no value can grow when written ---

    /** A line with a number out of bounds, the field and the reason, worked from Money's bounds. */
    static Stream<Arguments> numbersOutOfBounds() {
        return Stream.of(
                Arguments.of("a billion-digit order total as a string",
                        ORDER + ",\"orderTotal\":{\"amount\":\"1e999999999\",\"currency\":\"EUR\"}}",
                        "orderTotal.amount", "must have at most 15 digits before the decimal point and 6 after, was 1E+999999999"),
                Arguments.of("a billion-digit claim amount as a number",
                        CLAIM + ",\"amount\":{\"amount\":1e999999999,\"currency\":\"EUR\"}}",
                        "amount.amount", "must have at most 15 digits before the decimal point and 6 after, was 1E+999999999"),
                Arguments.of("sixteen digits before the point",
                        CLAIM + ",\"amount\":{\"amount\":\"1000000000000000\",\"currency\":\"EUR\"}}",
                        "amount.amount", "must have at most 15 digits before the decimal point and 6 after, was 1000000000000000"),
                Arguments.of("seven after it",
                        CLAIM + ",\"amount\":{\"amount\":\"0.0000001\",\"currency\":\"EUR\"}}",
                        "amount.amount", "must have at most 15 digits before the decimal point and 6 after, was 0.0000001"),
                Arguments.of("a tiny exponent",
                        CLAIM + ",\"amount\":{\"amount\":1e-999999999,\"currency\":\"EUR\"}}",
                        "amount.amount", "must have at most 15 digits before the decimal point and 6 after, was 1E-999999999"),
                Arguments.of("an amount string of 101 characters",
                        CLAIM + ",\"amount\":{\"amount\":\"" + "0".repeat(100) + "1\",\"currency\":\"EUR\"}}",
                        "amount.amount", "expected a decimal number of at most 15 digits before the decimal point and 6 after, was '"
                                + "0".repeat(40) + "…(21 more characters)…" + "0".repeat(39) + "1'"),
                Arguments.of("a rating of a billion digits",
                        "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\",\"orderId\":\"A\",\"feedbackId\":\"F\","
                                + "\"rating\":1e999999999}",
                        "rating", "expected an integer, was a number 1E+999999999"),
                Arguments.of("a rating of 81 digits",
                        "{\"type\":\"FeedbackReceived\",\"at\":\"2026-10-10T08:00:00Z\",\"orderId\":\"A\",\"feedbackId\":\"F\","
                                + "\"rating\":" + "9".repeat(81) + "}",
                        "rating", "expected an integer, was a number " + "9".repeat(40) + "…(1 more characters)…" + "9".repeat(40)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersOutOfBounds")
    void strictRefusesANumberOutOfBoundsNamingLineAndField(String name, String line, String field, String reason) {
        EventFormatException e = strict(utf8(SCAN + "\n" + line + "\n"));

        assertEquals("hostile.jsonl:2: " + field + ": " + reason, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersOutOfBounds")
    void lenientSetsANumberOutOfBoundsAside(String name, String line, String field, String reason) {
        Read read = lenient(utf8(SCAN + "\n" + line + "\n" + DELIVERED + "\n"));

        assertEquals(List.of(new RejectedLine("hostile.jsonl", 2, field, reason, line)), read.rejected());
        assertEquals(2, read.events().size());
    }

    /** A JSON number over Jackson's 1000 characters, in a field the reader would ignore. */
    private static final String NUMBER_TOO_LONG = SCAN.replace("}", ",\"weight\":" + "1".repeat(1001) + "}");

    @Test
    void aNumberOfMoreThanAThousandCharactersIsRefusedWithoutNamingJacksonsSettings() {
        EventFormatException e = strict(utf8(SCAN + "\n" + NUMBER_TOO_LONG + "\n"));
        assertEquals(2, e.line());
        assertEquals("(json)", e.field());
        assertTrue(e.reason().startsWith("Number value length (1001) exceeds the maximum allowed (1000)"), e.reason());
        assertTrue(!e.reason().contains("StreamReadConstraints"), e.reason());

        Read read = lenient(utf8(SCAN + "\n" + NUMBER_TOO_LONG + "\n" + SCAN + "\n"));
        assertEquals(2, read.events().size());
        assertEquals(List.of(2L), read.rejected().stream().map(RejectedLine::line).toList());
    }

    @Test
    void amountsAtTheBoundsAreReadExactly() {
        Read read = lenient(utf8(CLAIM + ",\"amount\":{\"amount\":\"999999999999999.999999\",\"currency\":\"EUR\"}}\n"
                + ORDER + ",\"orderTotal\":{\"amount\":1.5E+3,\"currency\":\"EUR\"}}\n"
                + CLAIM.replace("\"C\"", "\"D\"") + ",\"amount\":{\"amount\":\"0.000001\",\"currency\":\"EUR\"}}\n"));

        assertEquals(List.of(), read.rejected());
        assertEquals(new BigDecimal("999999999999999.999999"), ((ClaimFiled) read.events().get(0)).amount().orElseThrow().amount());
        BigDecimal total = ((OrderPlaced) read.events().get(1)).orderTotal().orElseThrow().amount();
        assertEquals(new BigDecimal("1.5E+3"), total);
        assertEquals("1500", total.toPlainString());
        assertEquals(new BigDecimal("0.000001"), ((ClaimFiled) read.events().get(2)).amount().orElseThrow().amount());
    }

    // --- Long lines ---

    /** A line of exactly {@code length} bytes: a scan with an unknown field padded to size. */
    private static String scanOfLength(int length) {
        String head = "{\"type\":\"CarrierScanned\",\"at\":\"2026-10-05T18:00:00Z\",\"orderId\":\"A\",\"note\":\"";
        String tail = "\"}";
        return head + "x".repeat(length - head.length() - tail.length()) + tail;
    }

    @Test
    void aLineOfTheLimitIsReadAndItsLongUnknownFieldIgnored() {
        String atLimit = scanOfLength(EventReader.MAX_LINE_LENGTH);
        assertEquals(1_048_576, utf8(atLimit).length);

        Read read = lenient(utf8(atLimit + "\r\n" + DELIVERED + "\n"));

        assertEquals(List.of(), read.rejected());
        assertEquals(List.of("CarrierScanned", "OrderDelivered"), read.events().stream().map(SellerEvent::type).toList());
    }

    @Test
    void aLineOneByteOverTheLimitIsRefusedWithItsLength() {
        String over = scanOfLength(EventReader.MAX_LINE_LENGTH + 1);
        byte[] bytes = utf8(SCAN + "\n" + over + "\n" + DELIVERED + "\n");

        EventFormatException e = strict(bytes);
        assertEquals("hostile.jsonl:2: (line): the line has 1048577 bytes, more than the 1048576 a line may have",
                e.getMessage());

        Read read = lenient(bytes);
        assertEquals(2, read.events().size());
        RejectedLine rejected = read.rejected().get(0);
        assertEquals(2, rejected.line());
        assertEquals("(line)", rejected.field());
        assertEquals(over.substring(0, 200) + "…", rejected.text());
    }

    @Test
    void aFiftyMegabyteLineIsRefusedAndTheLinesAfterItKeepTheirNumbers() {
        long size = 50L * 1024 * 1024;
        InputStream input = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(utf8(SCAN + "\n{\"type\":\"CarrierScanned\",\"note\":\"")),
                new RepeatedByte('x', size),
                new ByteArrayInputStream(utf8("\"}\n" + DELIVERED + "\n{\"type\":\"OrderDelivered\"}\n")))));
        // The long line: 33 bytes before the padding, 2 after.
        List<RejectedLine> rejected = new ArrayList<>();
        long events;
        try (Stream<SellerEvent> read = EventReader.lenient(rejected::add).events(input, "big.jsonl")) {
            events = read.count();
        }

        assertEquals(2, events);
        assertEquals(List.of("the line has " + (size + 35) + " bytes, more than the 1048576 a line may have",
                "required"), rejected.stream().map(RejectedLine::reason).toList());
        assertEquals(List.of(2L, 4L), rejected.stream().map(RejectedLine::line).toList());
    }

    @Test
    void aTextLineOverTheLimitIsRefusedInCharacters() {
        String over = scanOfLength(EventReader.MAX_LINE_LENGTH + 1);
        List<RejectedLine> rejected = new ArrayList<>();
        try (Stream<SellerEvent> events = EventReader.lenient(rejected::add).events(new StringReader(over + "\n" + SCAN), "text")) {
            assertEquals(1, events.count());
        }
        assertEquals("the line has 1048577 characters, more than the 1048576 a line may have", rejected.get(0).reason());
    }

    @Test
    void aCommentIsSkippedWhateverItsLength() {
        String comment = "# " + "x".repeat(EventReader.MAX_LINE_LENGTH);
        Read read = lenient(utf8(comment + "\n" + SCAN + "\n"));

        assertEquals(List.of(), read.rejected());
        assertEquals(1, read.events().size());
    }

    // --- Every line accounted for ---

    @Test
    void everyHostileLineIsAnEventOrARejectedLine() {
        List<String> bad = new ArrayList<>();
        notUtf8().map(arguments -> (String) arguments.get()[1]).forEach(bad::add);
        numbersOutOfBounds().map(arguments -> (String) arguments.get()[1]).forEach(bad::add);
        bad.add(NUMBER_TOO_LONG);
        bad.add(scanOfLength(EventReader.MAX_LINE_LENGTH + 1));
        bad.add("{\"type\":\"OrderShipped\",\r\"orderId\":\"A\"}");
        StringBuilder text = new StringBuilder("# hostile\n");
        for (String line : bad) {
            text.append(line).append(line.length() % 2 == 0 ? "\n" : "\r\n").append(SCAN).append("\r\n\n");
        }
        // 7 lines not UTF-8, 9 numbers, 1 long line, 1 shipment without at = 18, each before a scan.
        Read read = lenient(withBytes(text.toString()));

        assertEquals(18, bad.size());
        assertEquals(18, read.rejected().size());
        assertEquals(18, read.events().size());
        assertEquals(2 * 18, read.events().size() + read.rejected().size());
        for (int i = 0; i < 18; i++) {
            // Line 1 is the comment; each bad line and its scan and a blank line take three.
            assertEquals(2 + 3L * i, read.rejected().get(i).line(), read.rejected().get(i).toString());
        }
    }

    /** {@code count} times the same byte, made as it is read. */
    private static final class RepeatedByte extends InputStream {
        private final byte value;
        private long left;

        RepeatedByte(char value, long count) {
            this.value = (byte) value;
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, value);
            left -= n;
            return n;
        }
    }
}
