package dev.accounthealth.event;

import java.time.Instant;

/**
 * The carrier scanned the package of an order: its tracking id is valid.
 *
 * @param at when the carrier scanned it
 * @param orderId the order
 */
public record CarrierScanned(Instant at, String orderId) implements SellerEvent {

    /** Validates the scan. */
    public CarrierScanned {
        Fields f = Fields.of("CarrierScanned", orderId);
        f.id("orderId", orderId);
        f.at(at);
    }
}
