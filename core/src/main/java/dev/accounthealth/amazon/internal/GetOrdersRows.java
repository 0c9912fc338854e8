package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Orders API v0 {@code getOrders} pages ({@code {"payload":{"Orders":[…]}}}): each order an
 * {@code OrderPlaced} and, when {@code Canceled}, an {@code OrderCancelled}; the order's
 * {@code getOrderItems} pages, when given, add its SKUs and who asked for the cancellation.
 */
public final class GetOrdersRows extends PageRows {
    static final Words<FulfillmentChannel> CHANNELS = Words.ordered("MFN", FulfillmentChannel.MFN,
            "AFN", FulfillmentChannel.AFN);
    /** Whether the order was cancelled; v0 spells it {@code Canceled}, the reports {@code Cancelled}. */
    static final Words<Boolean> STATUSES = Words.ordered("Pending", false, "Unshipped", false,
            "PartiallyShipped", false, "Shipped", false, "Canceled", true, "Cancelled", true, "Unfulfillable", false,
            "InvoiceUnconfirmed", false, "PendingAvailability", false);

    private final OrderItems items;

    public GetOrdersRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead,
                         OrderItems items) {
        super(in, source, onRejected, rowsRead, Set.of("payload.Orders", "Orders"), Set.of());
        this.items = items;
    }

    @Override
    protected Map<String, String> fieldsOf(JsonPages.Record record) {
        String p = record.path() + ".";
        return Map.of("orderId", p + "AmazonOrderId", "at", p + "PurchaseDate", "latestShipAt", p + "LatestShipDate",
                "latestDeliveryAt", p + "LatestDeliveryDate", "orderTotal", p + "OrderTotal");
    }

    @Override
    protected List<SellerEvent> read(JsonPages.Record record) {
        Fields f = new Fields(record.node(), record.path());
        String orderId = f.required("AmazonOrderId");
        Instant purchased = f.requiredInstant("PurchaseDate");
        Instant updated = f.requiredInstant("LastUpdateDate");
        boolean cancelled = f.code("OrderStatus", STATUSES);
        OrderPlaced.Builder order = OrderPlaced.builder().at(purchased).orderId(orderId)
                .marketplace(f.marketplace("MarketplaceId")).channel(f.code("FulfillmentChannel", CHANNELS))
                .latestShipAt(f.instant("LatestShipDate")).latestDeliveryAt(f.instant("LatestDeliveryDate"))
                .businessOrder(f.bool("IsBusinessOrder", false))
                .orderTotal(f.money("OrderTotal", "Amount", "CurrencyCode"));
        OrderItems.Entry entry = items.use(orderId);
        if (entry != null) {
            order.skus(new ArrayList<>(entry.skus()));
        }
        List<SellerEvent> events = new ArrayList<>(2);
        events.add(order.build());
        if (cancelled) {
            // Without the order's items v0 does not say who cancelled; with them, an order no
            // item of which the buyer asked to cancel was cancelled by the seller (or by Amazon
            // for want of a confirmation, which counts alike).
            CancelledBy by = entry == null ? CancelledBy.UNKNOWN
                    : entry.buyerRequestedCancel() ? CancelledBy.BUYER : CancelledBy.SELLER;
            String reason = entry == null ? null : entry.cancelReason();
            events.add(new OrderCancelled(updated, orderId, by, Optional.ofNullable(reason)));
        }
        return events;
    }
}
