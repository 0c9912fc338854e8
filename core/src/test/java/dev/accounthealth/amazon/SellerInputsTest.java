package dev.accounthealth.amazon;

import static dev.accounthealth.amazon.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.InputCoverage;
import dev.accounthealth.InputData;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One order told by several inputs is one order; the same input twice changes nothing. */
class SellerInputsTest {
    private static final String REPORT = "amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\t"
            + "fulfillment-channel\tsales-channel\tsku\n"
            + "114-6000001-0000001\t2026-05-06T09:00:00+00:00\t2026-05-06T20:00:00+00:00\tCancelled\tMerchant\t"
            + "Amazon.com\tMUG-04\n"
            + "114-6000002-0000002\t2026-05-06T10:00:00+00:00\t2026-05-07T20:00:00+00:00\tShipped\tMerchant\t"
            + "Amazon.com\tKTL-01\n";
    private static final String API = "{\"orders\":[{\"orderId\":\"114-6000001-0000001\",\"createdTime\":"
            + "\"2026-05-06T09:00:00Z\",\"lastUpdatedTime\":\"2026-05-06T21:00:00Z\",\"salesChannel\":{\"channelName\":"
            + "\"AMAZON\",\"marketplaceId\":\"ATVPDKIKX0DER\"},\"fulfillment\":{\"fulfillmentStatus\":\"CANCELLED\","
            + "\"fulfilledBy\":\"MERCHANT\",\"shipByWindow\":{\"latestDateTime\":\"2026-05-07T06:59:59Z\"},"
            + "\"deliverByWindow\":{\"latestDateTime\":\"2026-05-12T06:59:59Z\"}},\"orderItems\":[{\"orderItemId\":\"1\","
            + "\"quantityOrdered\":1,\"product\":{\"sellerSku\":\"MUG-04\"},\"cancellation\":{\"cancellationRequest\":"
            + "{\"requester\":\"BUYER\"},\"cancellationExecution\":{\"cancelledBy\":\"MERCHANT\"}}}]},"
            + "{\"orderId\":\"114-6000002-0000002\",\"createdTime\":\"2026-05-06T10:00:00Z\",\"lastUpdatedTime\":"
            + "\"2026-05-07T20:00:00Z\",\"salesChannel\":{\"channelName\":\"AMAZON\",\"marketplaceId\":\"ATVPDKIKX0DER\"},"
            + "\"fulfillment\":{\"fulfillmentStatus\":\"SHIPPED\",\"fulfilledBy\":\"MERCHANT\",\"shipByWindow\":"
            + "{\"latestDateTime\":\"2026-05-07T06:59:59Z\"},\"deliverByWindow\":{\"latestDateTime\":"
            + "\"2026-05-12T06:59:59Z\"}},\"orderItems\":[{\"orderItemId\":\"2\",\"quantityOrdered\":1,\"product\":"
            + "{\"sellerSku\":\"KTL-01\"}},{\"orderItemId\":\"3\",\"quantityOrdered\":1,\"product\":{\"sellerSku\":"
            + "\"FLT-02\"}}],\"packages\":[{\"packageReferenceId\":\"1\",\"carrier\":\"USPS\",\"shipTime\":"
            + "\"2026-05-07T01:00:00Z\",\"trackingNumber\":\"9400A\"}]}]}\n";

    @TempDir
    Path dir;

    private List<SellerEvent> read(String... files) throws IOException {
        AmazonReader reader = AmazonReader.strict();
        List<SellerEventSource> sources = new java.util.ArrayList<>();
        for (String file : files) {
            sources.add(reader.source(dir.resolve(file)));
        }
        try (Stream<SellerEvent> events = SellerInputs.of(sources).events()) {
            return events.toList();
        }
    }

    private void write() throws IOException {
        Files.writeString(dir.resolve("orders.txt"), REPORT);
        Files.writeString(dir.resolve("orders.json"), API);
    }

    @Test
    void theReportsOrderAndTheApisBecomeOneWithEveryFieldEitherHas() throws IOException {
        write();
        OrderPlaced.Builder mfn = OrderPlaced.builder().marketplace(Marketplace.US).channel(FulfillmentChannel.MFN)
                .latestShipAt(at("2026-05-07T06:59:59Z")).latestDeliveryAt(at("2026-05-12T06:59:59Z"));
        List<SellerEvent> expected = List.of(
                mfn.orderId("114-6000001-0000001").at(at("2026-05-06T09:00:00Z")).skus(List.of("MUG-04")).build(),
                mfn.orderId("114-6000002-0000002").at(at("2026-05-06T10:00:00Z")).skus(List.of("KTL-01", "FLT-02"))
                        .build(),
                // The report says cancelled by whom it does not know, at its last update; the API says
                // the buyer asked, an hour later: one cancellation, the buyer's, at the earlier instant.
                new OrderCancelled(at("2026-05-06T20:00:00Z"), "114-6000001-0000001", CancelledBy.BUYER),
                new OrderShipped(at("2026-05-07T01:00:00Z"), "114-6000002-0000002", "USPS", "9400A"));
        assertEquals(expected, read("orders.txt", "orders.json"));
        assertEquals(expected, read("orders.json", "orders.txt"));
        assertEquals(expected, read("orders.txt", "orders.json", "orders.json", "orders.txt"));
    }

    @Test
    void eventsThatContradictAreAllPassedOnForTheEvaluationToReport() throws IOException {
        write();
        Files.writeString(dir.resolve("later.json"), API.replace("2026-05-07T06:59:59Z", "2026-05-08T06:59:59Z"));
        List<SellerEvent> events = read("orders.json", "later.json");
        // Two expected ship dates for each order: both orders are passed on, twice each; the
        // cancellation and the shipment agree and are one each.
        assertEquals(4, events.stream().filter(OrderPlaced.class::isInstance).count());
        assertEquals(1, events.stream().filter(OrderCancelled.class::isInstance).count());
        assertEquals(1, events.stream().filter(OrderShipped.class::isInstance).count());
    }

    @Test
    void theCoverageListsEachInputAndWhatItsKindCarries() throws IOException {
        write();
        AmazonReader reader = AmazonReader.strict();
        InputCoverage coverage = SellerInputs.of(List.of(reader.source(dir.resolve("orders.txt")),
                reader.source(dir.resolve("orders.json")))).coverage();
        assertEquals(List.of(
                new InputCoverage.Input(dir.resolve("orders.txt").toString(), "All Orders report",
                        EnumSet.of(InputData.ORDERS)),
                new InputCoverage.Input(dir.resolve("orders.json").toString(), "Orders API searchOrders response",
                        EnumSet.of(InputData.ORDERS, InputData.EXPECTED_SHIP_DATES, InputData.PROMISED_DELIVERY_DATES,
                                InputData.SHIP_CONFIRMATIONS, InputData.TRACKING_IDS, InputData.CANCELLATION_ACTORS))),
                coverage.inputs());
    }

    @Test
    void jsonLinesAreASourceLikeAnyOther() throws IOException {
        String line = "{\"type\":\"OrderCancelled\",\"at\":\"2026-05-06T20:00:00Z\",\"orderId\":\"114-6000001-0000001\","
                + "\"by\":\"SELLER\"}\n";
        Files.writeString(dir.resolve("events.jsonl"), line);
        assertEquals(InputKind.JSON_LINES, AmazonReader.recognise(dir.resolve("events.jsonl")));
        assertEquals(List.of(new OrderCancelled(at("2026-05-06T20:00:00Z"), "114-6000001-0000001",
                CancelledBy.SELLER, Optional.empty())), read("events.jsonl"));
        try (Stream<SellerEvent> events = AmazonReader.strict().events(new StringReader(line), "x",
                InputKind.JSON_LINES)) {
            assertEquals(1, events.count());
        }
    }
}
