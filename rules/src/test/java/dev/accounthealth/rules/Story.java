package dev.accounthealth.rules;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A seller's history written as a story in a test, evaluated with the default rules (compiled
 * once for the whole test run).
 */
final class Story {
    static final AccountHealthEvaluator DEFAULT_EVALUATOR = AccountHealthEvaluator.builder().build();

    private final List<SellerEvent> events = new ArrayList<>();

    Story add(SellerEvent... more) {
        events.addAll(List.of(more));
        return this;
    }

    List<SellerEvent> events() {
        return List.copyOf(events);
    }

    /**
     * A seller-fulfilled order with nothing wrong: placed, due to ship a day later, shipped an hour
     * early with a tracking id, scanned, delivered a day before its promised date (four days after
     * purchase).
     */
    OrderPlaced cleanMfn(String orderId, Marketplace marketplace, Instant purchasedAt) {
        OrderPlaced order = Events.mfnPlaced(orderId, marketplace, purchasedAt);
        Instant shipped = order.latestShipAt().orElseThrow().minus(Duration.ofHours(1));
        add(order,
                new OrderShipped(shipped, orderId, "Colissimo", "TRK-" + orderId),
                new CarrierScanned(shipped.plus(Duration.ofHours(2)), orderId),
                new OrderDelivered(order.latestDeliveryAt().orElseThrow().minus(Duration.ofDays(1)), orderId));
        return order;
    }

    /** A business order, otherwise as {@link #cleanMfn}, without an invoice. */
    OrderPlaced cleanBusinessMfn(String orderId, Marketplace marketplace, Instant purchasedAt, Instant shippedAt) {
        OrderPlaced order = OrderPlaced.builder().orderId(orderId).marketplace(marketplace)
                .channel(FulfillmentChannel.MFN).at(purchasedAt).latestShipAt(shippedAt.plus(Duration.ofHours(1)))
                .latestDeliveryAt(shippedAt.plus(Duration.ofDays(5))).businessOrder(true).build();
        add(order, new OrderShipped(shippedAt, orderId, "DHL", "TRK-" + orderId),
                new CarrierScanned(shippedAt.plus(Duration.ofHours(2)), orderId));
        return order;
    }

    /** An order fulfilled by Amazon. */
    OrderPlaced afn(String orderId, Marketplace marketplace, Instant purchasedAt) {
        OrderPlaced order = Events.afnPlaced(orderId, marketplace, purchasedAt);
        add(order);
        return order;
    }

    AccountHealthReport evaluate(Instant asOf) {
        return DEFAULT_EVALUATOR.evaluate(events, asOf);
    }

    static MarketplaceHealth marketplace(AccountHealthReport report, Marketplace marketplace) {
        return report.marketplace(marketplace).orElseThrow(() -> new AssertionError(marketplace + " not in report"));
    }

    static MetricResult metric(AccountHealthReport report, Marketplace marketplace, String metric, Channel channel,
                               int days) {
        return marketplace(report, marketplace).metric(metric, channel, days)
                .orElseThrow(() -> new AssertionError(metric + " " + channel + " " + days + " d not reported in "
                        + marketplace));
    }

    static String id(int n) {
        return String.format("402-%07d-%07d", n / 1000, n);
    }
}
