package dev.accounthealth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.InputCoverage;
import dev.accounthealth.amazon.AmazonReader;
import dev.accounthealth.amazon.InputKind;
import dev.accounthealth.amazon.SellerEventSource;
import dev.accounthealth.amazon.SellerInputs;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.MetricInputs;
import dev.accounthealth.report.MetricResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The same orders given as the All Orders report, as Orders API pages and as JSON Lines events
 * (each with the same feedback and granted claims) give the same figures for every metric those
 * inputs can measure: the readers lose nothing and invent nothing. Each format is written here
 * from one plain description of the orders, not from the readers' output.
 */
class SameOrdersProperties {
    private static final Instant AS_OF = Instant.parse("2026-05-20T00:00:00Z");
    private static final ZoneId PACIFIC = Marketplace.US.zone();
    private static final String[] SKUS = {"KTL-01", "MUG-04", "TPT-03"};

    /** One order as a seller would describe it. */
    record Order(int n, boolean mfn, long minutesBefore, int shipDays, int deliveryDays, int fate, int shipOffsetHours,
                 boolean business, int feedback, boolean claim) {
        String id() {
            return String.format(Locale.ROOT, "114-9%06d-%07d", n, n);
        }

        Instant purchased() {
            // Whole seconds at midday or later, Pacific: the feedback report's day then is the purchase's.
            return AS_OF.minus(Duration.ofMinutes(minutesBefore));
        }

        Instant shipBy() {
            return purchased().plus(Duration.ofDays(shipDays));
        }

        Instant deliverBy() {
            return shipBy().plus(Duration.ofDays(deliveryDays));
        }

        /** 0 unshipped, 1 shipped, 2 cancelled at the buyer's request, 3 cancelled by the seller. */
        boolean shipped() {
            return fate == 1 || !mfn && fate != 2 && fate != 3;
        }

        Instant shippedAt() {
            return shipBy().plus(Duration.ofHours(shipOffsetHours));
        }

        Instant updated() {
            return purchased().plus(Duration.ofHours(2));
        }
    }

    @Provide
    Arbitrary<List<Order>> orders() {
        // Eight parts are the most Combinators takes: the small ones come from the bits of one number.
        Arbitrary<Order> order = Combinators.combine(Arbitraries.integers().between(1, 999_999),
                Arbitraries.longs().between(60, 70L * 24 * 60), Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((n, minutes, bits) -> new Order(n, bits % 4 != 0, minutes, 1 + (bits >> 2) % 3,
                        2 + (bits >> 4) % 5, (bits >> 7) % 4, (bits >> 9) % 41 - 20, (bits >> 15) % 3 == 0,
                        (bits >> 17) % 6, (bits >> 20) % 4 == 0));
        return order.list().ofMinSize(1).ofMaxSize(30).uniqueElements(Order::n);
    }

    @Property(tries = 15)
    void theReportTheApiAndJsonLinesGiveTheSameFigures(@ForAll("orders") List<Order> orders) throws IOException {
        Path dir = Files.createTempDirectory("same-orders");
        try {
            write(dir, orders);
            AccountHealthReport report = evaluate(dir, "all-orders.txt", "feedback.txt", "finances.json");
            AccountHealthReport api = evaluate(dir, "search-orders.json", "feedback.txt", "finances.json");
            AccountHealthReport events = evaluate(dir, "events.jsonl");
            int compared = same(report, events) + same(api, events) + same(report, api);
            assertTrue(compared > 0, "some metric is measurable from two of the inputs");
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** Asserts the figures of every metric both can measure are equal; returns how many were compared. */
    private static int same(AccountHealthReport a, AccountHealthReport b) {
        int compared = 0;
        for (var marketplace : a.marketplaces()) {
            for (MetricResult mine : marketplace.metrics()) {
                if (!measurable(a, mine.metric()) || !measurable(b, mine.metric())) {
                    continue;
                }
                MetricResult theirs = b.marketplace(marketplace.marketplace()).orElseThrow()
                        .metric(mine.metric(), mine.channel(), mine.window().days()).orElseThrow();
                String what = mine.metric() + " " + mine.channel() + " " + mine.window().days();
                assertEquals(mine.numerator(), theirs.numerator(), what);
                assertEquals(mine.denominator(), theirs.denominator(), what);
                assertEquals(mine.status(), theirs.status(), what);
                assertEquals(mine.orderIds(), theirs.orderIds(), what);
                compared++;
            }
        }
        return compared;
    }

    private static boolean measurable(AccountHealthReport report, String metric) {
        return report.inputs().metric(metric).map(m -> m.status() != MetricInputs.Measurability.NOT_MEASURABLE)
                .orElseThrow();
    }

    private static AccountHealthReport evaluate(Path dir, String... files) throws IOException {
        AmazonReader reader = AmazonReader.strict().marketplace(Marketplace.US);
        List<SellerEventSource> sources = new ArrayList<>();
        for (String file : files) {
            sources.add(reader.source(dir.resolve(file)));
        }
        SellerInputs inputs = SellerInputs.of(sources);
        InputCoverage coverage = inputs.coverage();
        try (Stream<SellerEvent> events = inputs.events()) {
            return Story.DEFAULT_EVALUATOR.evaluate(events, AS_OF, coverage);
        }
    }

    private static void write(Path dir, List<Order> orders) throws IOException {
        StringBuilder tsv = new StringBuilder("amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\t"
                + "fulfillment-channel\tsales-channel\tsku\tis-business-order\r\n");
        StringBuilder pages = new StringBuilder();
        StringBuilder jsonl = new StringBuilder();
        StringBuilder feedback = new StringBuilder("Date\tRating\tComments\tYour Response\tOrder ID\tRater Email\n");
        StringBuilder claims = new StringBuilder();
        int page = 0;
        for (Order o : orders) {
            String sku = SKUS[o.n() % SKUS.length];
            boolean cancelled = o.mfn() && (o.fate() == 2 || o.fate() == 3);
            tsv.append(String.join("\t", o.id(), o.purchased().toString().replace("Z", "+00:00"),
                    o.updated().toString(), cancelled ? "Cancelled" : o.shipped() ? "Shipped" : "Unshipped",
                    o.mfn() ? "Merchant" : "Amazon", "Amazon.com", sku, Boolean.toString(o.business()))).append("\r\n");
            pages.append(page++ % 7 == 0 ? (page > 1 ? "]}\n" : "") + "{\"orders\":[" : ",").append(api(o, sku, cancelled));
            jsonl.append("{\"type\":\"OrderPlaced\",\"at\":\"").append(o.purchased()).append("\",\"orderId\":\"")
                    .append(o.id()).append("\",\"marketplace\":\"US\",\"channel\":\"").append(o.mfn() ? "MFN" : "AFN")
                    .append('"');
            if (o.mfn()) {
                jsonl.append(",\"latestShipAt\":\"").append(o.shipBy()).append("\",\"latestDeliveryAt\":\"")
                        .append(o.deliverBy()).append('"');
            }
            jsonl.append(",\"businessOrder\":").append(o.business()).append(",\"skus\":[\"").append(sku).append("\"]}\n");
            if (cancelled) {
                jsonl.append("{\"type\":\"OrderCancelled\",\"at\":\"").append(o.updated()).append("\",\"orderId\":\"")
                        .append(o.id()).append("\",\"by\":\"").append(o.fate() == 2 ? "BUYER" : "SELLER").append("\"}\n");
            } else if (o.mfn() && o.shipped()) {
                jsonl.append("{\"type\":\"OrderShipped\",\"at\":\"").append(o.shippedAt()).append("\",\"orderId\":\"")
                        .append(o.id()).append("\",\"carrier\":\"USPS\",\"trackingId\":\"T").append(o.n()).append("\"}\n");
            }
            if (o.feedback() > 0) {
                LocalDate day = o.purchased().plus(Duration.ofDays(3)).atZone(PACIFIC).toLocalDate();
                feedback.append(day.format(DateTimeFormatter.ofPattern("M/d/yy"))).append('\t').append(o.feedback())
                        .append("\t\t\t").append(o.id()).append("\tb@example.invalid\n");
                jsonl.append("{\"type\":\"FeedbackReceived\",\"at\":\"").append(day.atStartOfDay(PACIFIC).toInstant())
                        .append("\",\"orderId\":\"").append(o.id()).append("\",\"feedbackId\":\"").append(o.id())
                        .append("\",\"rating\":").append(o.feedback()).append("}\n");
            }
            if (o.claim()) {
                Instant posted = o.purchased().plus(Duration.ofDays(5));
                String id = o.id() + ":A" + o.n();
                claims.append(claims.length() == 0 ? "" : ",").append("{\"AmazonOrderId\":\"").append(o.id())
                        .append("\",\"PostedDate\":\"").append(posted).append("\",\"ShipmentItemAdjustmentList\":"
                                + "[{\"OrderAdjustmentItemId\":\"A").append(o.n()).append("\"}]}");
                jsonl.append("{\"type\":\"ClaimFiled\",\"at\":\"").append(posted).append("\",\"orderId\":\"")
                        .append(o.id()).append("\",\"claimId\":\"").append(id).append("\"}\n")
                        .append("{\"type\":\"ClaimResolved\",\"at\":\"").append(posted).append("\",\"claimId\":\"")
                        .append(id).append("\",\"outcome\":\"GRANTED_SELLER_FUNDED\"}\n");
            }
        }
        pages.append("]}\n");
        Files.writeString(dir.resolve("all-orders.txt"), tsv);
        Files.writeString(dir.resolve("search-orders.json"), pages);
        Files.writeString(dir.resolve("events.jsonl"), jsonl);
        Files.writeString(dir.resolve("feedback.txt"), feedback);
        Files.writeString(dir.resolve("finances.json"), "{\"payload\":{\"FinancialEvents\":{\"GuaranteeClaimEventList\":["
                + claims + "],\"ChargebackEventList\":[]}}}\n");
        try (Stream<SellerEvent> check = EventReader.strict().events(new StringReader(jsonl.toString()), "check")) {
            check.forEach(e -> { });
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("the JSON Lines written here do not read back", e));
        }
    }

    private static String api(Order o, String sku, boolean cancelled) {
        StringBuilder a = new StringBuilder("{\"orderId\":\"").append(o.id()).append("\",\"createdTime\":\"")
                .append(o.purchased()).append("\",\"lastUpdatedTime\":\"").append(o.updated())
                .append("\",\"programs\":").append(o.business() ? "[\"AMAZON_BUSINESS\"]" : "[]")
                .append(",\"salesChannel\":{\"channelName\":\"AMAZON\",\"marketplaceId\":\"ATVPDKIKX0DER\"},")
                .append("\"fulfillment\":{\"fulfillmentStatus\":\"")
                .append(cancelled ? "CANCELLED" : o.shipped() ? "SHIPPED" : "UNSHIPPED").append("\",\"fulfilledBy\":\"")
                .append(o.mfn() ? "MERCHANT" : "AMAZON").append('"');
        if (o.mfn()) {
            a.append(",\"shipByWindow\":{\"latestDateTime\":\"").append(o.shipBy()).append("\"},\"deliverByWindow\":"
                    + "{\"latestDateTime\":\"").append(o.deliverBy()).append("\"}");
        }
        a.append("},\"orderItems\":[{\"orderItemId\":\"1\",\"quantityOrdered\":1,\"product\":{\"sellerSku\":\"")
                .append(sku).append("\"}");
        if (cancelled) {
            a.append(",\"cancellation\":{").append(o.fate() == 2 ? "\"cancellationRequest\":{\"requester\":\"BUYER\"},"
                    : "").append("\"cancellationExecution\":{\"cancelledBy\":\"MERCHANT\"}}");
        }
        a.append("}]");
        if (o.mfn() && o.shipped()) {
            a.append(",\"packages\":[{\"packageReferenceId\":\"1\",\"carrier\":\"USPS\",\"shipTime\":\"")
                    .append(o.shippedAt()).append("\",\"trackingNumber\":\"T").append(o.n()).append("\"}]");
        }
        return a.append('}').toString();
    }
}
