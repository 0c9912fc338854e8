package dev.accounthealth.amazon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventFormatException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader, strict and lenient, on three rows of which the middle one is bad: the message
 * names the file, the line, the column or field and the reason, and no row is lost (three rows in:
 * the events of two, one rejected).
 */
class BadInputTest {
    private static final UnaryOperator<AmazonReader> US = r -> r.marketplace(Marketplace.US);

    private static Arguments tsv(String what, InputKind kind, String header, String good, String from, String to,
                                 String field, String reason) {
        String bad = good.replace("A-1", "A-2").replace(from, to);
        String text = header + "\r\n" + good + "\r\n" + bad + "\r\n" + good.replace("A-1", "A-3") + "\r\n";
        return Arguments.of(kind + ": " + what, kind, text, 3L, field, reason);
    }

    private static Arguments json(String what, InputKind kind, String open, String good, String close, String from,
                                  String to, String field, String reason) {
        String bad = good.replace("A-1", "A-2").replace(from, to);
        String separator = open.isEmpty() ? "\n" : ",\n";
        String text = open + good + separator + bad + separator + good.replace("A-1", "A-3") + "\n" + close;
        return Arguments.of(kind + ": " + what, kind, text, open.isEmpty() ? 2L : 3L, field, reason);
    }

    static Stream<Arguments> cases() {
        String returns = "Order ID\tReturn request date\tAmazon RMA ID\tReturn quantity\tIn policy\tReturn Reason";
        String aReturn = "A-1\t09-May-2026\tRMA-A-1\t1\tY\tCR-DEFECTIVE";
        String feedback = "Date\tRating\tComments\tYour Response\tOrder ID\tRater Email";
        String aFeedback = "5/12/26\t2\tLate\t\tA-1\tb@example.invalid";
        String fba = "return-date\torder-id\tsku\tquantity\treason\tlicense-plate-number";
        String anFbaReturn = "2026-05-10T14:22:31+00:00\tA-1\tMUG-04\t1\tDEFECTIVE\tLPN-A-1";
        String search = "{\"orderId\":\"A-1\",\"createdTime\":\"2026-05-06T11:00:00+02:00\",\"lastUpdatedTime\":"
                + "\"2026-05-06T12:00:00Z\",\"salesChannel\":{\"channelName\":\"AMAZON\",\"marketplaceId\":\"ATVPDKIKX0DER\"},"
                + "\"fulfillment\":{\"fulfillmentStatus\":\"UNSHIPPED\",\"fulfilledBy\":\"AMAZON\"},"
                + "\"proceeds\":{\"grandTotal\":{\"amount\":\"64.90\",\"currencyCode\":\"USD\"}},\"orderItems\":[]}";
        String v0 = "{\"AmazonOrderId\":\"A-1\",\"PurchaseDate\":\"2026-05-08T10:00:00Z\",\"LastUpdateDate\":"
                + "\"2026-05-08T10:00:00Z\",\"OrderStatus\":\"Unshipped\",\"FulfillmentChannel\":\"AFN\","
                + "\"MarketplaceId\":\"ATVPDKIKX0DER\",\"OrderTotal\":{\"CurrencyCode\":\"USD\",\"Amount\":\"44.70\"}}";
        String claim = "{\"AmazonOrderId\":\"A-1\",\"PostedDate\":\"2026-05-20T16:00:00Z\",\"ShipmentItemAdjustmentList\":"
                + "[{\"OrderAdjustmentItemId\":\"1\",\"ItemChargeAdjustmentList\":[{\"ChargeType\":\"Principal\","
                + "\"ChargeAmount\":{\"CurrencyCode\":\"USD\",\"CurrencyAmount\":-9.5}}]}]}";
        String change = "{\"NotificationType\":\"ORDER_CHANGE\",\"EventTime\":\"2026-05-10T10:00:05Z\",\"Payload\":"
                + "{\"OrderChangeNotification\":{\"AmazonOrderId\":\"A-1\",\"OrderChangeTrigger\":{\"TimeOfOrderChange\":"
                + "\"2026-05-10T10:00:00Z\"},\"Summary\":{\"MarketplaceId\":\"ATVPDKIKX0DER\",\"OrderStatus\":\"Canceled\","
                + "\"PurchaseDate\":\"2026-05-10T09:00:00Z\",\"FulfillmentType\":\"AFN\",\"OrderItems\":[{\"SellerSKU\":"
                + "\"MUG-04\",\"IsBuyerRequestedCancel\":true}]}}}}";
        String status = "{\"notificationType\":\"ACCOUNT_STATUS_CHANGED\",\"eventTime\":\"2026-05-21T08:00:00Z\","
                + "\"payload\":{\"accountStatusChangeNotification\":{\"previousAccountStatus\":\"NORMAL\","
                + "\"currentAccountStatus\":\"A-1\"}}}";
        String sp = "{\"orders\":[\n";
        String v0p = "{\"payload\":{\"Orders\":[\n";
        String fin = "{\"payload\":{\"FinancialEvents\":{\"GuaranteeClaimEventList\":[\n";
        return Stream.of(
                tsv("bad date", InputKind.RETURNS_REPORT, returns, aReturn, "09-May-2026", "09/05/2026",
                        "Return request date", "expected a date such as 14-Jul-2025, was '09/05/2026'"),
                tsv("bad number", InputKind.RETURNS_REPORT, returns, aReturn, "\t1\tY", "\tone\tY", "Return quantity",
                        "expected a whole number, was 'one'"),
                tsv("unknown flag", InputKind.RETURNS_REPORT, returns, aReturn, "\tY\t", "\tMaybe\t", "In policy",
                        "expected true, false, Y or N, was 'Maybe'"),
                tsv("missing value", InputKind.RETURNS_REPORT, returns, aReturn, "RMA-A-2", " ", "Amazon RMA ID",
                        "required, was empty"),
                tsv("bad date", InputKind.FEEDBACK_REPORT, feedback, aFeedback, "5/12/26", "13/5/26", "Date",
                        "expected a date such as 5/13/26 or 2026/05/13, was '13/5/26'"),
                tsv("bad number", InputKind.FEEDBACK_REPORT, feedback, aFeedback, "\t2\t", "\ttwo\t", "Rating",
                        "expected a whole number, was 'two'"),
                tsv("rating out of range", InputKind.FEEDBACK_REPORT, feedback, aFeedback, "\t2\t", "\t7\t", "Rating",
                        "must be between 1 and 5, was 7"),
                tsv("bad date", InputKind.FBA_RETURNS_REPORT, fba, anFbaReturn, "2026-05-10T14:22:31+00:00",
                        "2026-05-10T14:22:31", "return-date",
                        "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was '2026-05-10T14:22:31'"),
                tsv("bad number", InputKind.FBA_RETURNS_REPORT, fba, anFbaReturn, "\t1\t", "\t1.5\t", "quantity",
                        "expected a whole number, was '1.5'"),
                json("bad date", InputKind.ORDERS_API, sp, search, "]}", "2026-05-06T11:00:00+02:00", "2026-05-06 11:00",
                        "orders[1].createdTime",
                        "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was '2026-05-06 11:00'"),
                json("bad number", InputKind.ORDERS_API, sp, search, "]}", "64.90", "64,90",
                        "orders[1].proceeds.grandTotal.amount",
                        "expected a decimal number such as 54.99, was a string \"64,90\""),
                json("unknown enum", InputKind.ORDERS_API, sp, search, "]}", "\"AMAZON\"}", "\"SELLER\"}",
                        "orders[1].fulfillment.fulfilledBy", "unknown value 'SELLER': expected one of MERCHANT, AMAZON"),
                json("missing field", InputKind.ORDERS_API, sp, search, "]}", "\"orderId\":\"A-2\",", "",
                        "orders[1].orderId", "required"),
                json("bad date", InputKind.ORDERS_API_V0, v0p, v0, "]}}", "\"PurchaseDate\":\"2026-05-08T10:00:00Z\"",
                        "\"PurchaseDate\":\"yesterday\"", "payload.Orders[1].PurchaseDate",
                        "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was 'yesterday'"),
                json("bad number", InputKind.ORDERS_API_V0, v0p, v0, "]}}", "44.70", "", "payload.Orders[1].OrderTotal.Amount",
                        "expected a decimal number such as 54.99, was a string \"\""),
                json("unknown enum", InputKind.ORDERS_API_V0, v0p, v0, "]}}", "Unshipped", "Lost",
                        "payload.Orders[1].OrderStatus", "unknown value 'Lost': expected one of Pending, Unshipped, "
                                + "PartiallyShipped, Shipped, Canceled, Cancelled, Unfulfillable, InvoiceUnconfirmed, "
                                + "PendingAvailability"),
                json("unknown marketplace", InputKind.ORDERS_API_V0, v0p, v0, "]}}", "ATVPDKIKX0DER", "AXXXX",
                        "payload.Orders[1].MarketplaceId",
                        "unknown marketplace 'AXXXX': expected an SP-API marketplace id such as ATVPDKIKX0DER"),
                json("bad date", InputKind.FINANCES_API, fin, claim, "]}}}", "2026-05-20T16:00:00Z", "2026-05-20",
                        "payload.FinancialEvents.GuaranteeClaimEventList[1].PostedDate",
                        "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was '2026-05-20'"),
                json("bad number", InputKind.FINANCES_API, fin, claim, "]}}}", "-9.5", "\"lots\"",
                        "payload.FinancialEvents.GuaranteeClaimEventList[1].ShipmentItemAdjustmentList[0]"
                                + ".ItemChargeAdjustmentList[0].ChargeAmount.CurrencyAmount",
                        "expected a decimal number such as 54.99, was a string \"lots\""),
                json("missing field", InputKind.FINANCES_API, fin, claim, "]}}}", "\"AmazonOrderId\":\"A-2\",", "",
                        "payload.FinancialEvents.GuaranteeClaimEventList[1].AmazonOrderId", "required"),
                json("bad date", InputKind.ORDER_CHANGE_NOTIFICATIONS, "", change, "", "2026-05-10T09:00:00Z", "10 May",
                        "Payload.OrderChangeNotification.Summary.PurchaseDate",
                        "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was '10 May'"),
                json("unknown enum", InputKind.ORDER_CHANGE_NOTIFICATIONS, "", change, "", "\"AFN\"", "\"FBA\"",
                        "Payload.OrderChangeNotification.Summary.FulfillmentType",
                        "unknown value 'FBA': expected one of MFN, AFN"),
                json("bad flag", InputKind.ORDER_CHANGE_NOTIFICATIONS, "", change, "", "true}", "\"perhaps\"}",
                        "Payload.OrderChangeNotification.Summary.OrderItems[0].IsBuyerRequestedCancel",
                        "expected true or false, was a string \"perhaps\""),
                json("wrong notification", InputKind.ORDER_CHANGE_NOTIFICATIONS, "", change, "", "ORDER_CHANGE",
                        "ANY_OFFER_CHANGED", "NotificationType", "expected ORDER_CHANGE, was 'ANY_OFFER_CHANGED'"),
                json("bad date", InputKind.ACCOUNT_STATUS_NOTIFICATIONS, "", status, "", "2026-05-21T08:00:00Z", "now",
                        "eventTime", "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was 'now'"),
                json("missing field", InputKind.ACCOUNT_STATUS_NOTIFICATIONS, "", status, "",
                        "\"previousAccountStatus\":\"NORMAL\",", "",
                        "payload.accountStatusChangeNotification.previousAccountStatus", "required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBadRowIsNamedAndNoRowIsLost(String what, InputKind kind, String text, long line, String field,
                                        String reason) {
        EventFormatException strict = assertThrows(EventFormatException.class,
                () -> Fixtures.strict(US, text, "in.txt", kind));
        assertEquals("in.txt:" + line + ": " + field + ": " + reason, strict.getMessage());

        List<AccountStatusChange> changes = new java.util.ArrayList<>();
        Fixtures.Read read = Fixtures.lenient(r -> US.apply(r).accountStatusChanges(changes::add), text, "in.txt",
                kind);
        assertEquals(1, read.rejected().size(), read.rejected().toString());
        assertEquals(line, read.rejected().get(0).line());
        assertEquals(field, read.rejected().get(0).field());
        assertEquals(reason, read.rejected().get(0).reason());
        assertEquals(3, read.rows());
        Set<String> rowsWithEvents = new TreeSet<>();
        read.events().forEach(e -> rowsWithEvents.add(id(e)));
        changes.forEach(c -> rowsWithEvents.add(c.current()));
        assertEquals(Set.of("A-1", "A-3"), rowsWithEvents.stream().map(id -> id.replaceAll("^RMA-|^LPN-|:.*$", ""))
                .collect(java.util.stream.Collectors.toSet()));
    }

    private static String id(SellerEvent event) {
        if (event instanceof OrderPlaced e) {
            return e.orderId();
        } else if (event instanceof OrderCancelled e) {
            return e.orderId();
        } else if (event instanceof OrderShipped e) {
            return e.orderId();
        } else if (event instanceof ReturnRequested e) {
            return e.orderId();
        } else if (event instanceof FeedbackReceived e) {
            return e.orderId();
        } else if (event instanceof ClaimFiled e) {
            return e.orderId();
        } else if (event instanceof ChargebackFiled e) {
            return e.orderId();
        }
        return event.toString().replaceAll(".*claimId=([^,]*).*", "$1");
    }
}
