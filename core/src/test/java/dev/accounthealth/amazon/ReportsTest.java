package dev.accounthealth.amazon;

import static dev.accounthealth.amazon.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.ReturnRequested;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import dev.accounthealth.json.EventFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The returns, feedback and FBA customer returns reports, each row an event. */
class ReportsTest {
    private static final AmazonReader US = AmazonReader.strict().marketplace(Marketplace.US);

    @Test
    void returnsAreDatedAtTheStartOfTheirDayInTheMarketplaceWithYAndNFlags() throws IOException {
        // returns.txt: dd-MMM-yyyy in any case, Y/N, blank cells holding one space, CRLF, a 33rd
        // column the documentation does not list. US dates are Pacific: 00:00 PDT is 07:00 UTC.
        assertEquals(List.of(
                new ReturnRequested(at("2026-05-09T07:00:00Z"), "114-1000001-0000001", "DFIXRMA001",
                        Optional.of("CR-DEFECTIVE"), true),
                new ReturnRequested(at("2026-05-11T07:00:00Z"), "114-1000006-0000006", "DFIXRMA002",
                        Optional.of("CR-UNWANTED_ITEM"), false)),
                Fixtures.strict(US, Fixtures.path("returns.txt")));
        assertEquals(InputKind.RETURNS_REPORT, AmazonReader.recognise(Fixtures.path("returns.txt")));
    }

    @Test
    void feedbackDatesAreReadInEitherFormAndTheOrderIdNamesTheFeedback() throws IOException {
        assertEquals(List.of(
                new FeedbackReceived(at("2026-05-12T07:00:00Z"), "114-1000001-0000001", "114-1000001-0000001", 1,
                        Optional.of("Never arrived, no answer to my message")),
                new FeedbackReceived(at("2026-05-14T07:00:00Z"), "114-1000006-0000006", "114-1000006-0000006", 3,
                        Optional.of("Fine, slow"))),
                Fixtures.strict(US, Fixtures.path("feedback.txt")));
        assertEquals(InputKind.FEEDBACK_REPORT, AmazonReader.recognise(Fixtures.path("feedback.txt")));
    }

    @Test
    void fbaReturnsAreNamedByOrderAndLicencePlateOrSku() throws IOException {
        assertEquals(List.of(
                new ReturnRequested(at("2026-05-10T14:22:31Z"), "114-1000003-0000003",
                        "114-1000003-0000003:LPNFIX0000001", Optional.of("UNWANTED_ITEM"), true),
                new ReturnRequested(at("2026-05-11T07:00:00Z"), "114-1000003-0000003", "114-1000003-0000003:MUG-04",
                        Optional.of("DEFECTIVE"), true)),
                Fixtures.strict(US, Fixtures.path("fba-returns.txt")));
        assertEquals(InputKind.FBA_RETURNS_REPORT, AmazonReader.recognise(Fixtures.path("fba-returns.txt")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "RETURNS_REPORT|Order ID\tAmazon RMA ID\tIn policy|Return request date",
            "FEEDBACK_REPORT|Date\tComments\tOrder ID|Rating",
            "FBA_RETURNS_REPORT|order-id\tsku\tquantity|return-date"})
    void aHeaderWithoutANeededColumnIsAnErrorInEitherMode(InputKind kind, String header, String missing) {
        String text = header.replace("\\t", "\t") + "\nA\tB\tC\n";
        EventFormatException strict = assertThrows(EventFormatException.class,
                () -> Fixtures.strict(r -> r.marketplace(Marketplace.US), text, "r.txt", kind));
        assertEquals("r.txt:1: " + missing + ": missing from the header: the report needs this column",
                strict.getMessage());
        EventFormatException lenient = assertThrows(EventFormatException.class,
                () -> Fixtures.lenient(r -> r.marketplace(Marketplace.US), text, "r.txt", kind));
        assertEquals(strict.getMessage(), lenient.getMessage());
    }

    @Test
    void aResponseThatIsNotJsonStopsTheReadAtTheBrokenLineAndSaysSo() {
        String text = "{\"orders\":[\n{\"orderId\":\"A\",\n\"createdTime\" 12}\n]}\n";
        Fixtures.Read read = Fixtures.lenient(r -> r, text, "p.json", InputKind.ORDERS_API);
        assertEquals(1, read.rejected().size());
        assertEquals(3, read.rejected().get(0).line());
        assertEquals("(json)", read.rejected().get(0).field());
        assertEquals(List.of(), read.events());
    }

    @Test
    void aReportDatedWithoutZoneNeedsItsMarketplace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AmazonReader.strict().source(Fixtures.path("feedback.txt"), InputKind.FEEDBACK_REPORT));
        assertEquals(Fixtures.path("feedback.txt") + ": the Seller Feedback report dates its rows without a time "
                + "zone: say which marketplace it is from", e.getMessage());
    }
}
