package dev.accounthealth.event;

import java.time.Instant;

/**
 * Amazon asked the seller for information on an A-to-z claim.
 *
 * @param at when Amazon asked
 * @param claimId the claim
 */
public record ClaimInfoRequested(Instant at, String claimId) implements SellerEvent {

    /** Validates the request. */
    public ClaimInfoRequested {
        Fields f = Fields.of("ClaimInfoRequested", claimId);
        f.id("claimId", claimId);
        f.at(at);
    }
}
