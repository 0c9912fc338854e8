package dev.accounthealth.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The buyer placed an order; {@code at} is the purchase date.
 *
 * <p>A seller-fulfilled ({@link FulfillmentChannel#MFN}) order carries its expected ship date
 * and promised delivery date when its source has them: JSON Lines requires both (the events
 * spec), the Orders API gives both, but the All Orders report has neither. An order without
 * them counts in no metric anchored on them (late shipment, valid tracking, on-time delivery);
 * an evaluation told its inputs ({@code InputCoverage}) says such a metric cannot be measured
 * rather than computing it from fewer orders. With many optional parts, an order is easiest
 * built with {@link #builder()}:
 *
 * <pre>{@code
 * OrderPlaced order = OrderPlaced.builder()
 *     .at(Instant.parse("2026-10-02T09:15:00Z"))
 *     .orderId("406-4307814-8186723")
 *     .marketplace(Marketplace.FR)
 *     .channel(FulfillmentChannel.MFN)
 *     .latestShipAt(Instant.parse("2026-10-04T23:59:59Z"))
 *     .latestDeliveryAt(Instant.parse("2026-10-09T23:59:59Z"))
 *     .build();
 * }</pre>
 *
 * @param at the purchase date
 * @param orderId the Amazon order id
 * @param marketplace where the order was placed
 * @param channel who fulfils it
 * @param latestShipAt the expected ship date, when the source has it
 * @param latestDeliveryAt the promised delivery date, when the source has it
 * @param businessOrder whether the buyer is an Amazon Business customer
 * @param skus the seller SKUs in the order
 * @param orderTotal what the buyer paid
 */
public record OrderPlaced(
        Instant at,
        String orderId,
        Marketplace marketplace,
        FulfillmentChannel channel,
        Optional<Instant> latestShipAt,
        Optional<Instant> latestDeliveryAt,
        boolean businessOrder,
        List<String> skus,
        Optional<Money> orderTotal) implements SellerEvent {

    /** Validates the order: the ship date not before the purchase, the delivery date not before the ship date. */
    public OrderPlaced {
        Fields f = Fields.of("OrderPlaced", orderId);
        f.id("orderId", orderId);
        f.at(at);
        f.required("marketplace", marketplace);
        f.required("channel", channel);
        latestShipAt = Fields.optional(latestShipAt);
        latestDeliveryAt = Fields.optional(latestDeliveryAt);
        orderTotal = Fields.optional(orderTotal);
        skus = f.texts("skus", skus);
        if (latestShipAt.isPresent() && latestShipAt.get().isBefore(at)) {
            throw f.invalid("latestShipAt", "must not be before the purchase date " + at);
        }
        if (latestShipAt.isPresent() && latestDeliveryAt.isPresent()
                && latestDeliveryAt.get().isBefore(latestShipAt.get())) {
            throw f.invalid("latestDeliveryAt", "must not be before latestShipAt " + latestShipAt.get());
        }
    }

    /** A builder for an order; {@code businessOrder} defaults to false and {@code skus} to none. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrderPlaced}; validation happens in {@link #build()}. */
    public static final class Builder {
        private Instant at;
        private String orderId;
        private Marketplace marketplace;
        private FulfillmentChannel channel;
        private Instant latestShipAt;
        private Instant latestDeliveryAt;
        private boolean businessOrder;
        private List<String> skus = List.of();
        private Money orderTotal;

        private Builder() {
        }

        /** The purchase date. */
        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        /** The Amazon order id. */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** Where the order was placed. */
        public Builder marketplace(Marketplace marketplace) {
            this.marketplace = marketplace;
            return this;
        }

        /** Who fulfils the order. */
        public Builder channel(FulfillmentChannel channel) {
            this.channel = channel;
            return this;
        }

        /** The expected ship date. */
        public Builder latestShipAt(Instant latestShipAt) {
            this.latestShipAt = latestShipAt;
            return this;
        }

        /** The promised delivery date. */
        public Builder latestDeliveryAt(Instant latestDeliveryAt) {
            this.latestDeliveryAt = latestDeliveryAt;
            return this;
        }

        /** Whether the buyer is an Amazon Business customer. */
        public Builder businessOrder(boolean businessOrder) {
            this.businessOrder = businessOrder;
            return this;
        }

        /** The seller SKUs in the order. */
        public Builder skus(List<String> skus) {
            this.skus = skus;
            return this;
        }

        /** What the buyer paid. */
        public Builder orderTotal(Money orderTotal) {
            this.orderTotal = orderTotal;
            return this;
        }

        /**
         * Builds the order.
         *
         * @throws InvalidEventException when a required field is missing or a value impossible
         */
        public OrderPlaced build() {
            return new OrderPlaced(at, orderId, marketplace, channel, Optional.ofNullable(latestShipAt),
                    Optional.ofNullable(latestDeliveryAt), businessOrder, skus, Optional.ofNullable(orderTotal));
        }
    }
}
