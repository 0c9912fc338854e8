package dev.accounthealth.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accounthealth.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line tool fed hostile input, as a user would feed it, strictly and with
 * {@code --lenient}: each mistake gets a message naming the file, line, field and reason, and
 * every line of a lenient run is either used or listed as rejected.
 */
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AS_OF = "2026-11-20T00:00:00Z";
    private static final Path SAMPLE = Path.of("data/sample-seller.jsonl");

    private static CliRun evaluate(Path file, boolean lenient, String... more) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--events", file.toString()));
        if (lenient) {
            args.add("--lenient");
        }
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /**
     * An MFN order in FR placed two days before {@link #AS_OF}: it counts in the 7-day
     * pre-fulfilment cancel rate's denominator, so that denominator counts the orders used.
     * The line is 61 bytes up to the order id.
     */
    private static String order(String id) {
        return "{\"type\":\"OrderPlaced\",\"at\":\"2026-11-18T09:00:00Z\",\"orderId\":\"" + id + "\",\"marketplace\":\"FR\","
                + "\"channel\":\"MFN\",\"latestShipAt\":\"2026-11-21T23:59:59Z\",\"latestDeliveryAt\":\"2026-11-25T23:59:59Z\"}";
    }

    /** The order with an unknown field padded so that the line has exactly {@code length} bytes. */
    private static String orderOfLength(String id, int length) {
        String line = order(id);
        String padded = line.substring(0, line.length() - 1) + ",\"raw\":\"\"}";
        return padded.substring(0, padded.length() - 2) + "x".repeat(length - padded.length()) + "\"}";
    }

    /** The text as UTF-8, with each {@code <XX>} replaced by the byte of that hexadecimal value. */
    private static byte[] withBytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                out.writeBytes(text.substring(i).getBytes(StandardCharsets.UTF_8));
                break;
            }
            out.writeBytes(text.substring(i, open).getBytes(StandardCharsets.UTF_8));
            out.write(HexFormat.fromHexDigits(text, open + 1, open + 3));
            i = open + 4;
        }
        return out.toByteArray();
    }

    /** A file of the text, written a line at a time: a long line is not copied whole. */
    private static Path file(Path dir, String text) throws IOException {
        Path file = dir.resolve("hostile.jsonl");
        String[] lines = text.split("\n", -1);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < lines.length; i++) {
                out.write(withBytes(lines[i]));
                if (i < lines.length - 1) {
                    out.write('\n');
                }
            }
        }
        return file;
    }

    private static JsonNode cancelRate(JsonNode report) {
        return report.get("marketplaces").get(0).get("metrics").findParents("metric").stream()
                .filter(m -> m.get("metric").asText().equals("PRE_FULFILLMENT_CANCEL_RATE")).findFirst().orElseThrow();
    }

    // --- One bad line between two good orders, strict and lenient ---

    /** A bad line, the field and the reason it is rejected for, worked by hand. */
    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("a stray byte", order("O-2<FF>"), "orderId", "not valid UTF-8: byte FF at byte 65 of the line"),
                Arguments.of("an overlong sequence", order("<C0><AF>"), "orderId", "not valid UTF-8: byte C0 at byte 62 of the line"),
                Arguments.of("a billion-digit order total", order("O-2").replace("}", ",\"orderTotal\":{\"amount\":\"1e999999999\","
                        + "\"currency\":\"EUR\"}}"), "orderTotal.amount",
                        "must have at most 15 digits before the decimal point and 6 after, was 1E+999999999"),
                Arguments.of("a billion-digit amount on an orphaned claim", "{\"type\":\"ClaimFiled\",\"at\":\"2026-11-18T10:00:00Z\","
                        + "\"orderId\":\"NONE\",\"claimId\":\"C-1\",\"amount\":{\"amount\":\"1e999999999\",\"currency\":\"EUR\"}}",
                        "amount.amount", "must have at most 15 digits before the decimal point and 6 after, was 1E+999999999"),
                Arguments.of("a line of 2 MiB", orderOfLength("O-2", 2 * 1024 * 1024), "(line)",
                        "the line has 2097152 bytes, more than the 1048576 a line may have"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void strictStopsNamingFileLineFieldAndReason(String name, String bad, String field, String reason,
            @TempDir Path dir) throws IOException {
        Path file = file(dir, order("O-1") + "\n" + bad + "\n" + order("O-3") + "\n");

        CliRun run = evaluate(file, false);

        assertEquals(2, run.status(), run.err());
        assertEquals("account-health: " + file + ":2: " + field + ": " + reason + "\n", run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void lenientListsTheLineAndEvaluatesTheRest(String name, String bad, String field, String reason,
            @TempDir Path dir) throws IOException {
        Path file = file(dir, order("O-1") + "\n" + bad + "\n" + order("O-3") + "\n");

        CliRun run = evaluate(file, true, "--format", "json", "--as-of", AS_OF);

        assertEquals(0, run.status(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(1, report.get("rejected").size());
        JsonNode rejected = report.get("rejected").get(0);
        assertEquals(List.of(file.toString(), "2", field, reason), List.of(rejected.get("source").asText(),
                rejected.get("line").asText(), rejected.get("field").asText(), rejected.get("reason").asText()));
        assertEquals(2, cancelRate(report).get("denominator").asInt());
        assertEquals(List.of(), report.get("orphans").findValuesAsText("ref"));
        // No value of the input grows in the output: the report of two orders stays small.
        assertTrue(run.out().length() < 40_000, "report of " + run.out().length() + " characters");
        assertFalse(run.out().contains("0".repeat(20)), "a long run of digits");
        CliRun text = evaluate(file, true, "--as-of", AS_OF);
        assertTrue(text.out().contains("\n  rejected " + file + ":2: " + field + ": " + reason + "\n"), text.out());
    }

    // --- A carriage return inside a line ---

    @ParameterizedTest(name = "lenient: {0}")
    @ValueSource(booleans = {false, true})
    void aLoneCarriageReturnInsideALineSplitsNothing(boolean lenient, @TempDir Path dir) throws IOException {
        String split = order("O-2").replace(",\"marketplace\"", ",\r\"marketplace\"").replace(",\"channel\"", ",\r \"channel\"");
        Path good = file(dir, order("O-1") + "\r\n" + split + "\n" + order("O-3") + "\r\n");

        CliRun run = evaluate(good, lenient, "--format", "json", "--as-of", AS_OF);

        assertEquals(0, run.status(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(3, cancelRate(report).get("denominator").asInt());
        assertEquals(0, report.get("rejected").size());

        // The line after one with carriage returns keeps its number: 4, not 5 or 6.
        Path bad = file(dir, order("O-1") + "\r\n" + split + "\n" + order("O-3") + "\r\n" + order("O-4").replace("MFN", "FBA") + "\n");
        CliRun badRun = evaluate(bad, lenient, "--as-of", AS_OF);
        String expected = bad + ":4: channel: expected one of MFN, AFN, was 'FBA'";
        assertTrue((lenient ? badRun.out() : badRun.err()).contains(expected), badRun.out() + badRun.err());
    }

    // --- Files that cannot be read, checked before the rules compile ---

    /** A rules directory that does not compile: a run that got to the rules would say so. */
    private static Path brokenRules(Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package dev.accounthealth.rules\nrule \"Unfinished\"\nwhen\n");
        return rules;
    }

    @ParameterizedTest(name = "lenient: {0}")
    @ValueSource(booleans = {false, true})
    void aMissingEventsFileIsNamedWithTheReasonBeforeAnyRuleCompiles(boolean lenient, @TempDir Path dir) throws IOException {
        Path missing = dir.resolve("none.jsonl");

        CliRun run = evaluate(missing, lenient, "--rules", brokenRules(dir).toString());

        assertEquals(2, run.status());
        assertEquals("account-health: cannot read --events " + missing + ": no such file\n", run.err());
    }

    @ParameterizedTest(name = "lenient: {0}")
    @ValueSource(booleans = {false, true})
    void aDirectoryGivenAsEventsIsNamedWithTheReason(boolean lenient, @TempDir Path dir) throws IOException {
        CliRun run = evaluate(dir, lenient, "--rules", brokenRules(dir).toString());

        assertEquals(2, run.status());
        assertEquals("account-health: cannot read --events " + dir + ": is a directory\n", run.err());
    }

    @ParameterizedTest(name = "lenient: {0}")
    @ValueSource(booleans = {false, true})
    void anUnreadableEventsFileSaysPermissionDenied(boolean lenient, @TempDir Path dir) throws IOException {
        Path locked = file(dir, order("O-1") + "\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "this user reads files whatever their permissions (root)");

        CliRun run = evaluate(locked, lenient, "--rules", brokenRules(dir).toString());

        assertEquals(2, run.status());
        assertEquals("account-health: cannot read --events " + locked + ": permission denied\n", run.err());
    }

    @Test
    void theReasonAFileCannotBeReadIsWordedAsAShellWouldWordIt() {
        assertEquals("no such file", InputError.reason(new NoSuchFileException("a.jsonl")));
        assertEquals("permission denied", InputError.reason(new AccessDeniedException("a.jsonl")));
        assertEquals("Read-only file system", InputError.reason(
                new java.nio.file.FileSystemException("a.jsonl", null, "Read-only file system")));
    }

    // --- An empty history ---

    @ParameterizedTest(name = "lenient: {0}")
    @ValueSource(booleans = {false, true})
    void anEmptyFileAsksForTheAsOfOption(boolean lenient, @TempDir Path dir) throws IOException {
        Path empty = file(dir, "# nothing yet\n\n");

        CliRun run = evaluate(empty, lenient, "--rules", brokenRules(dir).toString());

        assertEquals(2, run.status());
        assertEquals("account-health: nothing to evaluate: " + empty + " holds no event, so there is no latest event to "
                + "evaluate as of: give the instant with --as-of ISO-INSTANT, e.g. --as-of 2026-11-20T00:00:00Z\n", run.err());
        CliRun asOf = evaluate(empty, lenient, "--as-of", AS_OF, "--format", "json");
        assertEquals(0, asOf.status(), asOf.err());
        assertEquals("HEALTHY", JSON.readTree(asOf.out()).get("status").asText());
    }

    @Test
    void aLenientRunWhoseEveryLineIsRejectedListsThemWithTheAdvice(@TempDir Path dir) throws IOException {
        Path file = file(dir, order("O-1<FF>") + "\n" + order("O-2").replace("FR", "XX") + "\n");

        CliRun run = evaluate(file, true);

        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("account-health: nothing to evaluate: " + file + " holds no event (2 lines rejected, "
                + "listed below), so there is no latest event to evaluate as of: give the instant with --as-of"), run.err());
        assertTrue(run.err().contains("\n  rejected " + file + ":1: orderId: not valid UTF-8: byte FF at byte 65 of the line\n"
                + "  rejected " + file + ":2: marketplace: unknown marketplace 'XX'"), run.err());
    }

    // --- Errors in the rules ---

    @ParameterizedTest(name = "lenient: {0}")
    @ValueSource(booleans = {false, true})
    void anErrorInARuleActionIsPutAtItsLineAndColumn(boolean lenient, @TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path cancellation = dir.resolve("dev/accounthealth/rules/cancellation.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(cancellation));
        String counting = "    insertLogical($w.count($m.getMarketplace(), \"CANCELLED_BY_SELLER_OR_AMAZON\")"
                + ".among(\"ORDER\"));";
        int line = lines.indexOf(counting);
        assertTrue(line >= 0);
        lines.set(line, counting.replace("$m.getMarketplace()", "$mz.getMarketplace()"));
        Files.write(cancellation, lines);

        CliRun run = evaluate(SAMPLE, lenient, "--rules", dir.toString());

        assertEquals(2, run.status());
        // "    insertLogical($w.count(" is 27 characters.
        assertTrue(run.err().contains(cancellation + ":" + (line + 1) + ":28 Rule Compilation error in the action of rule "
                + "\"Pre-fulfilment cancel rate counts the orders cancelled by the seller or Amazon among the orders\": "
                + "$mz cannot be resolved"), run.err());
    }

    @ParameterizedTest(name = "lenient: {0}")
    @ValueSource(booleans = {false, true})
    void aRulesDirectoryOthersCanWriteToIsRefusedBeforeItIsRead(boolean lenient, @TempDir Path dir) throws IOException {
        Path rules = brokenRules(dir);
        Path drl = rules.resolve("broken.drl");
        Files.setPosixFilePermissions(drl, PosixFilePermissions.fromString("rw-r--rw-"));

        CliRun run = evaluate(SAMPLE, lenient, "--rules", rules.toString());

        assertEquals(2, run.status());
        assertEquals("account-health: refusing --rules " + rules + ": " + drl + " can be changed by every user (rw-r--rw-). "
                + "Rule files are code that runs with your rights, so only you may change them: chmod o-w " + drl + ".\n",
                run.err());

        Files.setPosixFilePermissions(drl, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(rules, PosixFilePermissions.fromString("rwxrwxrwx"));
        CliRun directory = evaluate(SAMPLE, lenient, "--rules", rules.toString());
        assertTrue(directory.err().contains(rules + " can be changed by every user (rwxrwxrwx)"), directory.err());

        Files.setPosixFilePermissions(rules, PosixFilePermissions.fromString("rwxr-xr-x"));
        CliRun trusted = evaluate(SAMPLE, lenient, "--rules", rules.toString());
        assertTrue(trusted.err().contains("the rules do not compile"), "a trusted directory is compiled: " + trusted.err());
    }

    @Test
    void aRulesDirectoryOwnedBySomeoneElseIsRefused(@TempDir Path dir) throws IOException {
        Path rules = brokenRules(dir);
        UserPrincipal owner = Files.getOwner(rules);
        UserPrincipal stranger = () -> "stranger";

        InputError e = org.junit.jupiter.api.Assertions.assertThrows(InputError.class,
                () -> RulesDirectory.check(rules, stranger));

        assertEquals("refusing --rules " + rules + ": " + rules + " is owned by " + owner.getName() + ", not by you "
                + "(stranger). Rule files are code that runs with your rights, so only you may change them: copy the rules "
                + "into a directory of your own.", e.getMessage());
        RulesDirectory.check(rules, owner);
    }

    @Test
    void aMissingRulesDirectoryIsNamed(@TempDir Path dir) {
        CliRun run = evaluate(SAMPLE, false, "--rules", dir.resolve("none").toString());

        assertEquals(2, run.status());
        assertEquals("account-health: cannot read --rules " + dir.resolve("none") + ": no such directory\n", run.err());
    }

    // --- Output is UTF-8 whatever the locale ---

    @Test
    void theReportIsUtf8UnderThePosixLocale(@TempDir Path dir) throws Exception {
        Path file = file(dir, order("Ä€日-1") + "\n");
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AccountHealthCli.class.getName(),
                "evaluate", "--events", file.toString(), "--as-of", AS_OF, "--format", "json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(dir.resolve("out").toFile());
        process.environment().put("LC_ALL", "C");
        process.environment().remove("JAVA_TOOL_OPTIONS");
        assertTrue(process.start().waitFor(120, TimeUnit.SECONDS));

        String out = strictUtf8(Files.readAllBytes(dir.resolve("out")));
        assertTrue(out.contains("Ä€日-1"), out);
        assertFalse(out.contains("?-1"), out);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "text", "markdown"})
    void everyFormatGoesOutAsUtf8(String format, @TempDir Path dir) throws Exception {
        Path file = file(dir, order("Ä€日-1") + "\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = AccountHealthCli.run(AccountHealthCli.utf8(bytes), new PrintWriter(new StringWriter()),
                "evaluate", "--events", file.toString(), "--as-of", AS_OF, "--format", format);

        assertEquals(0, status);
        assertTrue(strictUtf8(bytes.toByteArray()).contains("Ä€日-1"), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void errorsAreUtf8UnderThePosixLocale(@TempDir Path dir) throws Exception {
        Path file = file(dir, order("O-1").replace("MFN", "MFNé") + "\n");
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AccountHealthCli.class.getName(),
                "evaluate", "--events", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err").toFile());
        process.environment().put("LC_ALL", "C");
        process.environment().remove("JAVA_TOOL_OPTIONS");
        Process started = process.start();
        assertTrue(started.waitFor(120, TimeUnit.SECONDS));

        assertEquals(2, started.exitValue());
        assertEquals("account-health: " + file + ":1: channel: expected one of MFN, AFN, was 'MFNé'\n",
                strictUtf8(Files.readAllBytes(dir.resolve("err"))));
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    // --- Every line accounted for ---

    @Test
    void everyLineOfAHostileFileIsUsedOrRejected(@TempDir Path dir) throws IOException {
        String text = String.join("\n",
                "# a hostile export",
                order("O-1"),
                order("O-2").replace(",\"channel\"", ",\r\"channel\""),
                order("O-3<FF>"),
                order("O-4") + "\r",
                order("O-5<C0><AF>"),
                order("O-6").replace("}", ",\"orderTotal\":{\"amount\":\"1e999999999\",\"currency\":\"EUR\"}}"),
                "{\"type\":\"ClaimFiled\",\"at\":\"2026-11-18T10:00:00Z\",\"orderId\":\"NONE\",\"claimId\":\"C-1\","
                        + "\"amount\":{\"amount\":1e999999999,\"currency\":\"EUR\"}}",
                orderOfLength("O-7", 50 * 1024 * 1024),
                "",
                orderOfLength("O-8", 1024 * 1024),
                order("O-9"),
                "");
        Path file = file(dir, text);
        // Lines 2 to 12 less the blank line 10: O-1, O-2, O-4, O-8 and O-9 are good; lines 4, 6, 7, 8 and 9 are not.
        long linesIn = 10;

        CliRun strict = evaluate(file, false, "--as-of", AS_OF);
        assertEquals("account-health: " + file + ":4: orderId: not valid UTF-8: byte FF at byte 65 of the line\n", strict.err());

        CliRun run = evaluate(file, true, "--as-of", AS_OF, "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode report = JSON.readTree(run.out());
        List<String> rejected = new ArrayList<>();
        report.get("rejected").forEach(r -> rejected.add(r.get("line").asText() + " " + r.get("field").asText()));
        assertEquals(List.of("4 orderId", "6 orderId", "7 orderTotal.amount", "8 amount.amount", "9 (line)"), rejected);
        int used = cancelRate(report).get("denominator").asInt();
        assertEquals(5, used);
        assertEquals(linesIn, used + report.get("rejected").size());
        assertTrue(run.out().length() < 40_000, "report of " + run.out().length() + " characters");
    }
}
