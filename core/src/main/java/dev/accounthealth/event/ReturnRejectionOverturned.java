package dev.accounthealth.event;

import java.time.Instant;

/**
 * Amazon found the seller's rejection of a return request invalid.
 *
 * @param at when Amazon overturned it
 * @param returnId the return request
 */
public record ReturnRejectionOverturned(Instant at, String returnId) implements SellerEvent {

    /** Validates the reversal. */
    public ReturnRejectionOverturned {
        Fields f = Fields.of("ReturnRejectionOverturned", returnId);
        f.id("returnId", returnId);
        f.at(at);
    }
}
