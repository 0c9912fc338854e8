package dev.accounthealth.amazon;

import static dev.accounthealth.amazon.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventFormatException;
import dev.accounthealth.json.RejectedLine;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllOrdersReportTest {
    private static final UnaryOperator<AmazonReader> AS_IS = r -> r;
    private static final String HEADER = "amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\t"
            + "fulfillment-channel\tsales-channel\tsku\tquantity\titem-price\tis-business-order";
    private static final String GOOD = "114-2000001-0000001\t2026-05-02T10:00:00+00:00\t2026-05-03T10:00:00+00:00\t"
            + "Shipped\tMerchant\tAmazon.com\tKTL-01\t1\t39.90\tfalse";

    private static OrderPlaced.Builder order(String id, String at, FulfillmentChannel channel) {
        return OrderPlaced.builder().orderId(id).at(at(at)).marketplace(Marketplace.US).channel(channel);
    }

    @Test
    void everyQuirkOfTheReportReadsAsTheOrdersItDescribes() throws IOException {
        // Worked from all-orders.txt by hand: CRLF line ends; columns in another order, url,
        // order-item-id and is-iba added, cpf and purchase-order-number missing; offsets +00:00,
        // -07:00, +09:00 and Z; Merchant, Amazon, MFN and AFN; Cancelled and Canceled; a product
        // name with a quote; a promotion-ids cell holding one space; one order on two rows.
        List<SellerEvent> events = Fixtures.strict(AmazonReader.strict(), Fixtures.path("all-orders.txt"));
        assertEquals(List.of(
                order("114-1000001-0000001", "2026-05-02T10:00:00Z", FulfillmentChannel.MFN)
                        .skus(List.of("KTL-01", "FLT-02")).build(),
                order("114-1000002-0000002", "2026-05-03T15:30:00Z", FulfillmentChannel.MFN)
                        .businessOrder(true).skus(List.of("TPT-03")).build(),
                new OrderCancelled(at("2026-05-04T03:00:00Z"), "114-1000002-0000002", CancelledBy.UNKNOWN),
                order("114-1000003-0000003", "2026-05-03T03:00:00Z", FulfillmentChannel.AFN)
                        .skus(List.of("MUG-04")).build(),
                order("114-1000004-0000004", "2026-05-04T09:15:00Z", FulfillmentChannel.MFN)
                        .skus(List.of("MUG-04")).build(),
                new OrderCancelled(at("2026-05-04T11:00:00Z"), "114-1000004-0000004", CancelledBy.UNKNOWN),
                order("114-1000005-0000005", "2026-05-05T18:45:10Z", FulfillmentChannel.AFN)
                        .skus(List.of("MUG-04")).build()), events);
        assertEquals(InputKind.ALL_ORDERS_REPORT, AmazonReader.recognise(Fixtures.path("all-orders.txt")));
    }

    @Test
    void theHelpPagesTyposInTheOffsetAreRead() {
        String row = GOOD.replace("2026-05-02T10:00:00+00:00", "2026-05-02T10:00:00+ 00 :00");
        List<SellerEvent> events = Fixtures.strict(AS_IS, HEADER + "\n" + row + "\n", "orders.txt",
                InputKind.ALL_ORDERS_REPORT);
        assertEquals(at("2026-05-02T10:00:00Z"), events.get(0).at());
    }

    @Test
    void aHeaderWithoutANeededColumnIsAnErrorNamingFileAndColumnInEitherMode() {
        String header = HEADER.replace("order-status\t", "");
        String row = GOOD.replace("Shipped\t", "");
        for (UnaryOperator<AmazonReader> mode : List.<UnaryOperator<AmazonReader>>of(r -> r, r -> r)) {
            EventFormatException strict = assertThrows(EventFormatException.class, () -> Fixtures.strict(mode,
                    header + "\n" + row + "\n", "orders.txt", InputKind.ALL_ORDERS_REPORT));
            assertEquals("orders.txt:1: order-status: missing from the header: the report needs this column",
                    strict.getMessage());
        }
        EventFormatException lenient = assertThrows(EventFormatException.class, () -> Fixtures.lenient(AS_IS,
                header + "\n" + row + "\n", "orders.txt", InputKind.ALL_ORDERS_REPORT));
        assertEquals("order-status", lenient.field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad date|2026-05-02T10:00:00+00:00|2026-05-32T10:00:00+00:00|purchase-date|"
                    + "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was '2026-05-32T10:00:00+00:00'",
            "date without zone|2026-05-02T10:00:00+00:00|2026-05-02T10:00:00|purchase-date|"
                    + "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was '2026-05-02T10:00:00'",
            "bad number|\t1\t39.90|\tone\t39.90|quantity|expected a whole number, was 'one'",
            "bad money|\t1\t39.90|\t1\t39,90|item-price|expected a decimal number such as 25.00, was '39,90'",
            "unknown enum|Merchant|Seller|fulfillment-channel|unknown value 'Seller': expected one of AFN, MFN, Amazon, Merchant",
            "unknown status|Shipped|Lost|order-status|unknown value 'Lost': expected one of Pending, PendingAvailability, "
                    + "Unshipped, PartiallyShipped, Shipped, Shipping, Complete, InvoiceUnconfirmed, Unfulfillable, "
                    + "Cancelled, Canceled",
            "missing id|114-2000001-0000001|' '|amazon-order-id|required, was empty",
            "bad flag|\tfalse|\tmaybe|is-business-order|expected true, false, Y or N, was 'maybe'",
            "outside Amazon|Amazon.com|Non-Amazon|sales-channel|'Non-Amazon' is an order sold outside Amazon "
                    + "(multi-channel fulfilment): it counts in no Account Health metric"})
    void aBadRowIsNamedByFileLineColumnAndReasonAndNoRowIsLost(String what, String from, String to, String column,
                                                               String reason) {
        String bad = GOOD.replace(from, to).replace("114-2000001", to.isBlank() ? "  " : "114-2000002");
        String other = GOOD.replace("114-2000001", "114-2000003");
        String text = HEADER + "\n" + GOOD + "\n" + bad + "\n" + other + "\n";

        EventFormatException strict = assertThrows(EventFormatException.class,
                () -> Fixtures.strict(AS_IS, text, "orders.txt", InputKind.ALL_ORDERS_REPORT));
        assertEquals("orders.txt:3: " + column + ": " + reason, strict.getMessage());

        Fixtures.Read read = Fixtures.lenient(AS_IS, text, "orders.txt", InputKind.ALL_ORDERS_REPORT);
        assertEquals(List.of(new RejectedLine("orders.txt", 3, column, reason, bad)), read.rejected());
        // Three rows in: two orders out, one row rejected.
        assertEquals(3, read.rows());
        assertEquals(List.of("114-2000001-0000001", "114-2000003-0000001"),
                read.events().stream().map(e -> ((OrderPlaced) e).orderId()).toList());
    }

    @Test
    void aLaterRowOfAnOrderThatContradictsItsFirstIsRejectedAndTheOrderKept() {
        String second = GOOD.replace("2026-05-02T10:00:00+00:00", "2026-05-02T11:00:00+00:00").replace("KTL-01", "X");
        Fixtures.Read read = Fixtures.lenient(AS_IS, HEADER + "\n" + GOOD + "\n" + second + "\n", "o.txt",
                InputKind.ALL_ORDERS_REPORT);
        assertEquals(List.of(new RejectedLine("o.txt", 3, "purchase-date",
                "differs from line 2 of the same order 114-2000001-0000001", second)), read.rejected());
        assertEquals(List.of("KTL-01"), ((OrderPlaced) read.events().get(0)).skus());
    }
}
