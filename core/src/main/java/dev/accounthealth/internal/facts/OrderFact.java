package dev.accounthealth.internal.facts;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.Money;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import java.time.Instant;
import java.util.List;

/**
 * Everything that happened to one order, with the earliest of each kind of event, kept up to
 * date as events arrive. Of a shipment and a cancellation, the earlier counts (a shipment at the
 * instant of a cancellation counts). Absent facts are {@code null}: rules test for them.
 */
public final class OrderFact extends CountedFact {
    private final String orderId;
    OrderPlaced placed;
    OrderShipped shipment;
    OrderCancelled cancellation;
    OrderDelivered delivery;
    CarrierScanned firstScan;
    InvoiceUploaded firstInvoice;
    // What the rules read most, copied from the kept events when they change: reading them is then
    // one object away, not three.
    private Instant purchasedAt;
    private Instant latestShipAt;
    private Instant latestDeliveryAt;
    private Instant shippedAt;
    private String carrier;
    private String trackingId;
    private String shipFrom;
    private Instant cancelledAt;
    private CancelledBy cancelledBy;
    private String cancelReason;
    private Instant firstScanAt;
    private Instant deliveredAt;
    private Instant invoiceUploadedAt;

    OrderFact(String orderId) {
        this.orderId = orderId;
    }

    OrderFact(OrderFact other) {
        this.orderId = other.orderId;
        setAsideAsIn(other);
        if (other.placed != null) {
            placed(other.placed);
        }
        shipment = other.shipment;
        cancellation = other.cancellation;
        resolve();
        if (other.delivery != null) {
            delivery(other.delivery);
        }
        if (other.firstScan != null) {
            firstScan(other.firstScan);
        }
        if (other.firstInvoice != null) {
            firstInvoice(other.firstInvoice);
        }
    }

    void placed(OrderPlaced event) {
        placed = event;
        purchasedAt = event.at();
        latestShipAt = event.latestShipAt().orElse(null);
        latestDeliveryAt = event.latestDeliveryAt().orElse(null);
    }

    void shipment(OrderShipped event) {
        shipment = event;
        resolve();
    }

    void cancellation(OrderCancelled event) {
        cancellation = event;
        resolve();
    }

    void delivery(OrderDelivered event) {
        delivery = event;
        deliveredAt = event.at();
    }

    void firstScan(CarrierScanned event) {
        firstScan = event;
        firstScanAt = event.at();
    }

    void firstInvoice(InvoiceUploaded event) {
        firstInvoice = event;
        invoiceUploadedAt = event.at();
    }

    private void resolve() {
        boolean shipped = shipmentCounts();
        shippedAt = shipped ? shipment.at() : null;
        carrier = shipped ? shipment.carrier().orElse(null) : null;
        trackingId = shipped ? shipment.trackingId().orElse(null) : null;
        shipFrom = shipped ? shipment.shipFrom().orElse(null) : null;
        boolean cancelled = cancellationCounts();
        cancelledAt = cancelled ? cancellation.at() : null;
        cancelledBy = cancelled ? cancellation.by() : null;
        cancelReason = cancelled ? cancellation.reason().orElse(null) : null;
    }

    /** Whether its placement has arrived: before that the order is unknown and its events orphans. */
    boolean isPlaced() {
        return placed != null;
    }

    /** Whether the shipment counts: there is one, and no cancellation came strictly before it. */
    boolean shipmentCounts() {
        return shipment != null && (cancellation == null || !cancellation.at().isBefore(shipment.at()));
    }

    /** Whether the cancellation counts: there is one, and no shipment came at or before it. */
    boolean cancellationCounts() {
        return cancellation != null && (shipment == null || cancellation.at().isBefore(shipment.at()));
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
        return placed.marketplace();
    }

    @Override
    public FulfillmentChannel getChannel() {
        return placed.channel();
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
        return placed.businessOrder();
    }

    public List<String> getSkus() {
        return placed.skus();
    }

    public Money getOrderTotal() {
        return placed.orderTotal().orElse(null);
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
