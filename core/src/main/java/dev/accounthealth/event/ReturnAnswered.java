package dev.accounthealth.event;

import java.time.Instant;

/**
 * The seller answered a return request.
 *
 * @param at when the seller answered
 * @param returnId the return request
 * @param decision the answer
 */
public record ReturnAnswered(Instant at, String returnId, ReturnDecision decision) implements SellerEvent {

    /** Validates the answer. */
    public ReturnAnswered {
        Fields f = Fields.of("ReturnAnswered", returnId);
        f.id("returnId", returnId);
        f.at(at);
        f.required("decision", decision);
    }
}
