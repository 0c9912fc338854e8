package dev.accounthealth.amazon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * {@code ORDER_CHANGE} notifications (PascalCase envelope), one per JSON value: the order's
 * summary as an {@code OrderPlaced}, and its new status, when {@code Canceled} or
 * {@code Shipped}, as an {@code OrderCancelled} or {@code OrderShipped} at the time of the change.
 */
public final class OrderChangeRows extends PageRows {
    private static final String SUMMARY = "Payload.OrderChangeNotification.Summary.";

    public OrderChangeRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead) {
        super(in, source, onRejected, rowsRead, Set.of(), Set.of());
    }

    @Override
    protected Map<String, String> fieldsOf(JsonPages.Record record) {
        return Map.of("orderId", "Payload.OrderChangeNotification.AmazonOrderId", "at", SUMMARY + "PurchaseDate",
                "latestShipAt", SUMMARY + "LatestShipDate", "latestDeliveryAt", SUMMARY + "LatestDeliveryDate",
                "skus", SUMMARY + "OrderItems");
    }

    @Override
    protected List<SellerEvent> read(JsonPages.Record record) {
        Fields f = new Fields(record.node(), "");
        String type = f.required("NotificationType");
        if (!type.equals("ORDER_CHANGE")) {
            throw new BadField("NotificationType", "expected ORDER_CHANGE, was '" + type + "'");
        }
        String n = "Payload.OrderChangeNotification.";
        String orderId = f.required(n + "AmazonOrderId");
        Instant changedAt = f.instant(n + "OrderChangeTrigger.TimeOfOrderChange");
        if (changedAt == null) {
            changedAt = f.requiredInstant("EventTime");
        }
        boolean cancelled = f.code(SUMMARY + "OrderStatus", GetOrdersRows.STATUSES);
        String status = f.required(SUMMARY + "OrderStatus");
        boolean business = false;
        for (JsonNode program : f.list(SUMMARY + "OrderPrograms")) {
            business |= program.asText().toLowerCase(Locale.ROOT).contains("business");
        }
        Set<String> skus = new LinkedHashSet<>();
        boolean buyerAsked = false;
        int index = 0;
        for (JsonNode node : f.list(SUMMARY + "OrderItems")) {
            Fields item = f.child(node, SUMMARY + "OrderItems[" + index++ + "]");
            String sku = item.text("SellerSKU");
            if (sku != null) {
                skus.add(sku);
            }
            buyerAsked |= item.bool("IsBuyerRequestedCancel", false);
        }
        List<SellerEvent> events = new ArrayList<>(2);
        Instant purchased = f.instant(SUMMARY + "PurchaseDate");
        if (purchased != null) {
            events.add(OrderPlaced.builder().at(purchased).orderId(orderId)
                    .marketplace(f.marketplace(SUMMARY + "MarketplaceId"))
                    .channel(f.code(SUMMARY + "FulfillmentType", GetOrdersRows.CHANNELS))
                    .latestShipAt(f.instant(SUMMARY + "LatestShipDate"))
                    .latestDeliveryAt(f.instant(SUMMARY + "LatestDeliveryDate"))
                    .businessOrder(business).skus(new ArrayList<>(skus)).build());
        }
        if (cancelled) {
            // No item the buyer asked to cancel: the seller (or Amazon, which counts alike) cancelled.
            events.add(new OrderCancelled(changedAt, orderId, buyerAsked ? CancelledBy.BUYER : CancelledBy.SELLER,
                    Optional.ofNullable(f.text(n + "OrderChangeTrigger.ChangeReason"))));
        } else if (status.equalsIgnoreCase("Shipped")) {
            // The status turned Shipped when the seller confirmed the shipment.
            events.add(new OrderShipped(changedAt, orderId));
        }
        if (events.isEmpty()) {
            throw new BadField(SUMMARY + "PurchaseDate", "null, and the order was neither cancelled nor shipped: "
                    + "the notification has nothing to record");
        }
        return events;
    }
}
