package dev.accounthealth.rules;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import java.time.Duration;
import java.time.Instant;

/** Short ways to write the events of a test story. */
final class Events {
    private Events() {
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static Duration days(long days) {
        return Duration.ofDays(days);
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    /** A seller-fulfilled order placed two days before its expected ship date, promised five days after it. */
    static OrderPlaced mfnDue(String orderId, Marketplace marketplace, Instant latestShipAt) {
        return OrderPlaced.builder().orderId(orderId).marketplace(marketplace).channel(FulfillmentChannel.MFN)
                .at(latestShipAt.minus(days(2))).latestShipAt(latestShipAt)
                .latestDeliveryAt(latestShipAt.plus(days(5))).build();
    }

    /** A seller-fulfilled order placed at an instant, due to ship a day later, promised four days later. */
    static OrderPlaced mfnPlaced(String orderId, Marketplace marketplace, Instant purchasedAt) {
        return OrderPlaced.builder().orderId(orderId).marketplace(marketplace).channel(FulfillmentChannel.MFN)
                .at(purchasedAt).latestShipAt(purchasedAt.plus(days(1)))
                .latestDeliveryAt(purchasedAt.plus(days(4))).build();
    }

    /** An order fulfilled by Amazon, placed at an instant. */
    static OrderPlaced afnPlaced(String orderId, Marketplace marketplace, Instant purchasedAt) {
        return OrderPlaced.builder().orderId(orderId).marketplace(marketplace).channel(FulfillmentChannel.AFN)
                .at(purchasedAt).build();
    }
}
