package dev.accounthealth.event;

import java.time.Instant;

/**
 * The invoice for a business order was uploaded.
 *
 * @param at when it was uploaded
 * @param orderId the order
 */
public record InvoiceUploaded(Instant at, String orderId) implements SellerEvent {

    /** Validates the upload. */
    public InvoiceUploaded {
        Fields f = Fields.of("InvoiceUploaded", orderId);
        f.id("orderId", orderId);
        f.at(at);
    }
}
