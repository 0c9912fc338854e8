package dev.accounthealth.amazon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Orders API v2026-01-01 {@code searchOrders} pages ({@code {"orders":[…]}}, no {@code payload}
 * wrapper): each order an {@code OrderPlaced}, an {@code OrderCancelled} when its fulfilment
 * status is {@code CANCELLED}, an {@code OrderShipped} from its packages. See
 * {@code InputKind.ORDERS_API} for the mapping.
 */
public final class SearchOrdersRows extends PageRows {
    private static final Words<FulfillmentChannel> FULFILLED_BY = Words.ordered("MERCHANT", FulfillmentChannel.MFN,
            "AMAZON", FulfillmentChannel.AFN);
    /** Whether the order was cancelled. */
    private static final Words<Boolean> STATUSES = Words.ordered("PENDING_AVAILABILITY", false, "PENDING", false,
            "UNSHIPPED", false, "PARTIALLY_SHIPPED", false, "SHIPPED", false, "CANCELLED", true, "UNFULFILLABLE", false);
    private static final Words<CancelledBy> CANCELLED_BY = Words.ordered("BUYER", CancelledBy.BUYER,
            "MERCHANT", CancelledBy.SELLER, "AMAZON", CancelledBy.AMAZON);
    private static final Words<CancelledBy> REQUESTERS = Words.ordered("BUYER", CancelledBy.BUYER);
    /** Whether a package in this status left: a cancelled package never did. */
    private static final Words<Boolean> PACKAGE_STATUSES = Words.ordered("PENDING", true, "IN_TRANSIT", true,
            "SHIPPED", true, "DELIVERED", true, "CANCELLED", false, "UNDELIVERABLE", true);

    public SearchOrdersRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead) {
        super(in, source, onRejected, rowsRead, Set.of("orders"), Set.of());
    }

    @Override
    protected Map<String, String> fieldsOf(JsonPages.Record record) {
        String p = record.path() + ".";
        return Map.of("orderId", p + "orderId", "at", p + "createdTime",
                "latestShipAt", p + "fulfillment.shipByWindow.latestDateTime",
                "latestDeliveryAt", p + "fulfillment.deliverByWindow.latestDateTime",
                "skus", p + "orderItems", "carrier", p + "packages", "trackingId", p + "packages");
    }

    @Override
    protected List<SellerEvent> read(JsonPages.Record record) {
        Fields f = new Fields(record.node(), record.path());
        String orderId = f.required("orderId");
        Instant created = f.requiredInstant("createdTime");
        Instant updated = f.requiredInstant("lastUpdatedTime");
        Marketplace marketplace = marketplace(f);
        if (f.node("fulfillment") == null) {
            throw new BadField(f.at("fulfillment"), "required: ask searchOrders for includedData=FULFILLMENT");
        }
        FulfillmentChannel channel = f.code("fulfillment.fulfilledBy", FULFILLED_BY);
        boolean cancelled = f.code("fulfillment.fulfillmentStatus", STATUSES);
        boolean business = false;
        for (JsonNode program : f.list("programs")) {
            business |= "AMAZON_BUSINESS".equalsIgnoreCase(program.asText());
        }
        Set<String> skus = new LinkedHashSet<>();
        CancelledBy requested = null;
        CancelledBy executed = null;
        String reason = null;
        int index = 0;
        for (JsonNode item : f.list("orderItems")) {
            Fields i = f.child(item, "orderItems[" + index++ + "]");
            String sku = i.text("product.sellerSku");
            if (sku != null) {
                skus.add(sku);
            }
            if (i.node("cancellation.cancellationRequest.requester") != null) {
                requested = i.code("cancellation.cancellationRequest.requester", REQUESTERS);
                reason = i.text("cancellation.cancellationRequest.cancelReason");
            }
            if (i.node("cancellation.cancellationExecution.cancelledBy") != null) {
                executed = i.code("cancellation.cancellationExecution.cancelledBy", CANCELLED_BY);
                if (reason == null) {
                    reason = i.text("cancellation.cancellationExecution.cancelReason");
                }
            }
        }
        List<SellerEvent> events = new ArrayList<>(3);
        events.add(OrderPlaced.builder().at(created).orderId(orderId).marketplace(marketplace).channel(channel)
                .latestShipAt(f.instant("fulfillment.shipByWindow.latestDateTime"))
                .latestDeliveryAt(f.instant("fulfillment.deliverByWindow.latestDateTime"))
                .businessOrder(business).skus(new ArrayList<>(skus))
                .orderTotal(f.money("proceeds.grandTotal", "amount", "currencyCode")).build());
        if (cancelled) {
            // A cancellation the buyer asked for is the buyer's, whoever carried it out.
            CancelledBy by = requested != null ? requested : executed != null ? executed : CancelledBy.UNKNOWN;
            // No cancellation time is given: the order's last update is the latest it can be.
            events.add(new OrderCancelled(updated, orderId, by, Optional.ofNullable(reason)));
        }
        OrderShipped shipped = shipment(f, orderId);
        if (shipped != null) {
            events.add(shipped);
        }
        return events;
    }

    private static Marketplace marketplace(Fields f) {
        String channel = f.text("salesChannel.channelName");
        if (channel != null && !channel.equalsIgnoreCase("AMAZON")) {
            throw new BadField(f.at("salesChannel.channelName"), "'" + channel
                    + "' is an order sold outside Amazon: it counts in no Account Health metric");
        }
        if (f.node("salesChannel.marketplaceId") != null) {
            return f.marketplace("salesChannel.marketplaceId");
        }
        if (f.node("salesChannel.marketplaceName") != null) {
            return SalesChannels.read(f.required("salesChannel.marketplaceName"), f.at("salesChannel.marketplaceName"));
        }
        throw new BadField(f.at("salesChannel.marketplaceId"), "required");
    }

    /**
     * The order's confirmed shipment: the package that left last (the order is confirmed shipped
     * when all of it is), with its carrier and tracking number.
     */
    private static OrderShipped shipment(Fields f, String orderId) {
        Instant last = null;
        Fields lastPackage = null;
        int index = 0;
        for (JsonNode node : f.list("packages")) {
            Fields p = f.child(node, "packages[" + index++ + "]");
            boolean left = p.node("packageStatus.status") == null || p.code("packageStatus.status", PACKAGE_STATUSES);
            Instant shipTime = p.instant("shipTime");
            if (left && shipTime != null && (last == null || shipTime.isAfter(last))) {
                last = shipTime;
                lastPackage = p;
            }
        }
        if (lastPackage == null) {
            return null;
        }
        return new OrderShipped(last, orderId, Optional.ofNullable(lastPackage.text("carrier")),
                Optional.ofNullable(lastPackage.text("trackingNumber")), Optional.empty());
    }
}
