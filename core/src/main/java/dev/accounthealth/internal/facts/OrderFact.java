package dev.accounthealth.internal.facts;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.Money;
import java.time.Instant;
import java.util.List;

/**
 * Everything that happened to one order up to {@code asOf}, with the earliest of each kind of
 * event. Absent facts are {@code null}: rules test for them.
 */
public final class OrderFact extends CountedFact {
    private final String orderId;
    private final Marketplace marketplace;
    private final FulfillmentChannel channel;
    private final Instant purchasedAt;
    private final Instant latestShipAt;
    private final Instant latestDeliveryAt;
    private final boolean businessOrder;
    private final List<String> skus;
    private final Money orderTotal;
    Instant shippedAt;
    String carrier;
    String trackingId;
    String shipFrom;
    Instant firstScanAt;
    Instant deliveredAt;
    Instant cancelledAt;
    CancelledBy cancelledBy;
    String cancelReason;
    Instant invoiceUploadedAt;

    OrderFact(String orderId, Marketplace marketplace, FulfillmentChannel channel, Instant purchasedAt,
              Instant latestShipAt, Instant latestDeliveryAt, boolean businessOrder, List<String> skus,
              Money orderTotal) {
        this.orderId = orderId;
        this.marketplace = marketplace;
        this.channel = channel;
        this.purchasedAt = purchasedAt;
        this.latestShipAt = latestShipAt;
        this.latestDeliveryAt = latestDeliveryAt;
        this.businessOrder = businessOrder;
        this.skus = skus;
        this.orderTotal = orderTotal;
    }

    @Override
    public String getItemId() {
        return orderId;
    }

    @Override
    public String getOrderId() {
        return orderId;
    }

    @Override
    public boolean countsAnOrder() {
        return true;
    }

    @Override
    public Marketplace getMarketplace() {
        return marketplace;
    }

    @Override
    public FulfillmentChannel getChannel() {
        return channel;
    }

    @Override
    public Instant getKnownFrom() {
        return purchasedAt;
    }

    public Instant getPurchasedAt() {
        return purchasedAt;
    }

    public Instant getLatestShipAt() {
        return latestShipAt;
    }

    public Instant getLatestDeliveryAt() {
        return latestDeliveryAt;
    }

    public boolean isBusinessOrder() {
        return businessOrder;
    }

    public List<String> getSkus() {
        return skus;
    }

    public Money getOrderTotal() {
        return orderTotal;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public String getShipFrom() {
        return shipFrom;
    }

    public Instant getFirstScanAt() {
        return firstScanAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public CancelledBy getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getInvoiceUploadedAt() {
        return invoiceUploadedAt;
    }

    @Override
    public String toString() {
        return "Order " + orderId;
    }
}
