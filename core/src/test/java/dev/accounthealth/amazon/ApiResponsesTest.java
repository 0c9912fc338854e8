package dev.accounthealth.amazon;

import static dev.accounthealth.amazon.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ChargebackOutcome;
import dev.accounthealth.event.ChargebackResolved;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.Money;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SP-API responses and notifications, as saved from the API. */
class ApiResponsesTest {

    private static OrderPlaced.Builder mfn(String id, String at) {
        return OrderPlaced.builder().orderId(id).at(at(at)).marketplace(Marketplace.US)
                .channel(FulfillmentChannel.MFN);
    }

    @Test
    void searchOrdersPagesGiveOrdersShipmentsAndTheBuyersCancellationsAsTheBuyers() throws IOException {
        // search-orders.json: two pages one after the other, offsets instead of Z, a buyer's
        // request carried out by the merchant, a merchant's own cancellation, three packages (the
        // last to leave counts; the cancelled one never left), a marketplace named only by its
        // storefront, an Amazon-fulfilled order without windows, keys the model does not know.
        assertEquals(List.of(
                mfn("114-3000001-0000001", "2026-05-06T09:00:00Z").latestShipAt(at("2026-05-07T06:59:59Z"))
                        .latestDeliveryAt(at("2026-05-13T06:59:59Z")).businessOrder(true)
                        .skus(List.of("KTL-01", "FLT-02")).orderTotal(Money.of("64.90", "USD")).build(),
                new OrderShipped(at("2026-05-07T06:45:00Z"), "114-3000001-0000001", "UPS", "1ZFIX0000000102"),
                mfn("114-3000002-0000002", "2026-05-06T13:10:00Z").latestShipAt(at("2026-05-07T06:59:59Z"))
                        .latestDeliveryAt(at("2026-05-12T06:59:59Z")).skus(List.of("MUG-04")).build(),
                new OrderCancelled(at("2026-05-06T15:00:00Z"), "114-3000002-0000002", CancelledBy.BUYER,
                        Optional.of("Found it cheaper")),
                mfn("114-3000003-0000003", "2026-05-07T15:00:00Z").latestShipAt(at("2026-05-09T06:59:59Z"))
                        .latestDeliveryAt(at("2026-05-14T06:59:59Z")).skus(List.of("TPT-03")).build(),
                new OrderCancelled(at("2026-05-08T17:00:00Z"), "114-3000003-0000003", CancelledBy.SELLER,
                        Optional.of("Out of stock")),
                OrderPlaced.builder().orderId("114-3000004-0000004").at(at("2026-05-07T09:00:00Z"))
                        .marketplace(Marketplace.US).channel(FulfillmentChannel.AFN).skus(List.of("MUG-04")).build()),
                Fixtures.strict(AmazonReader.strict(), Fixtures.path("search-orders.json")));
        assertEquals(InputKind.ORDERS_API, AmazonReader.recognise(Fixtures.path("search-orders.json")));
    }

    @Test
    void getOrdersWithTheirItemsSayWhoCancelledAndWithoutThemDoNot() throws IOException {
        // get-orders.json: booleans as strings, a Pending order without total or delivery date;
        // order-items.json: the items of two of its orders, and of an order it does not have.
        List<RejectedLine> rejected = new ArrayList<>();
        AmazonReader reader = AmazonReader.lenient(rejected::add);
        SellerInputs inputs = SellerInputs.of(List.of(reader.source(Fixtures.path("get-orders.json")),
                reader.source(Fixtures.path("order-items.json"))));
        List<SellerEvent> events;
        try (Stream<SellerEvent> stream = inputs.events()) {
            events = stream.toList();
        }
        assertEquals(List.of(
                mfn("114-4000001-0000001", "2026-05-08T10:00:00Z").latestShipAt(at("2026-05-09T06:59:59Z"))
                        .latestDeliveryAt(at("2026-05-14T06:59:59Z")).businessOrder(true)
                        .skus(List.of("KTL-01", "FLT-02")).orderTotal(Money.of("44.70", "USD")).build(),
                mfn("114-4000002-0000002", "2026-05-08T11:00:00Z").latestShipAt(at("2026-05-09T06:59:59Z"))
                        .skus(List.of("MUG-04")).build(),
                mfn("114-4000003-0000003", "2026-05-08T12:00:00Z").latestShipAt(at("2026-05-09T06:59:59Z"))
                        .latestDeliveryAt(at("2026-05-14T06:59:59Z")).build(),
                OrderPlaced.builder().orderId("114-4000004-0000004").at(at("2026-05-08T14:00:00Z"))
                        .marketplace(Marketplace.US).channel(FulfillmentChannel.AFN).build(),
                new OrderCancelled(at("2026-05-08T13:30:00Z"), "114-4000002-0000002", CancelledBy.BUYER,
                        Optional.of("Ordered twice")),
                new OrderCancelled(at("2026-05-08T18:00:00Z"), "114-4000003-0000003", CancelledBy.UNKNOWN)), events);
        String items = Fixtures.path("order-items.json").toString();
        assertEquals(List.of(new RejectedLine(items, 3, "payload.OrderItems[0]",
                "an item of order 114-4000009-0000009, which no getOrders response among the inputs gives",
                "{\"ASIN\":\"B0FIXT0003\",\"SellerSKU\":\"TPT-03\",\"OrderItemId\":\"91000000000009\",\"QuantityOrdered\":1}")),
                rejected);
        assertEquals(InputKind.ORDERS_API_V0, AmazonReader.recognise(Fixtures.path("get-orders.json")));
        assertEquals(InputKind.ORDER_ITEMS_API_V0, AmazonReader.recognise(Fixtures.path("order-items.json")));
    }

    @Test
    void grantedClaimsAndLostChargebacksComeFromTheFinancialEvents() throws IOException {
        String claim = "114-1000001-0000001:72000000000011";
        String chargeback = "114-1000006-0000006:72000000000061";
        assertEquals(List.of(
                new ClaimFiled(at("2026-05-20T16:00:00Z"), "114-1000001-0000001", claim, Optional.empty(),
                        Optional.of(Money.of("52.89", "USD")), false),
                new ClaimResolved(at("2026-05-20T16:00:00Z"), claim, ClaimOutcome.GRANTED_SELLER_FUNDED),
                new ChargebackFiled(at("2026-05-22T09:30:00Z"), "114-1000006-0000006", chargeback,
                        ChargebackKind.SERVICE),
                new ChargebackResolved(at("2026-05-22T09:30:00Z"), chargeback, ChargebackOutcome.BUYER_FAVOUR)),
                Fixtures.strict(AmazonReader.strict(), Fixtures.path("finances.json")));
        assertEquals(InputKind.FINANCES_API, AmazonReader.recognise(Fixtures.path("finances.json")));
    }

    @Test
    void orderChangeNotificationsGiveTheOrderAndItsNewStatus() throws IOException {
        OrderPlaced first = mfn("114-5000001-0000001", "2026-05-10T09:00:00Z").latestShipAt(at("2026-05-11T06:59:59Z"))
                .latestDeliveryAt(at("2026-05-15T06:59:59Z")).businessOrder(true).skus(List.of("MUG-04")).build();
        assertEquals(List.of(first, first,
                new OrderCancelled(at("2026-05-10T11:00:00Z"), "114-5000001-0000001", CancelledBy.BUYER,
                        Optional.of("Order Status Changed")),
                mfn("114-5000002-0000002", "2026-05-10T08:00:00Z").latestShipAt(at("2026-05-11T06:59:59Z"))
                        .latestDeliveryAt(at("2026-05-15T06:59:59Z")).skus(List.of("KTL-01")).build(),
                new OrderShipped(at("2026-05-10T18:15:00Z"), "114-5000002-0000002"),
                new OrderShipped(at("2026-05-11T07:00:00Z"), "114-5000003-0000003")),
                Fixtures.strict(AmazonReader.strict(), Fixtures.path("order-change.json")));
        assertEquals(InputKind.ORDER_CHANGE_NOTIFICATIONS, AmazonReader.recognise(Fixtures.path("order-change.json")));
    }

    @Test
    void accountStatusNotificationsAreAmazonsVerdictNotEvents() throws IOException {
        List<AccountStatusChange> changes = new ArrayList<>();
        String file = Fixtures.path("account-status.json").toString();
        List<SellerEvent> events = Fixtures.strict(AmazonReader.strict().accountStatusChanges(changes::add),
                Fixtures.path("account-status.json"));
        assertEquals(List.of(), events);
        assertEquals(List.of(new AccountStatusChange(at("2026-05-21T08:00:00Z"), "NORMAL", "AT_RISK", file, 1),
                new AccountStatusChange(at("2026-05-28T08:00:00Z"), "AT_RISK", "UNDER_REVIEW", file, 2)), changes);
        assertEquals(InputKind.ACCOUNT_STATUS_NOTIFICATIONS,
                AmazonReader.recognise(Fixtures.path("account-status.json")));
    }
}
