package dev.accounthealth.event;

import java.time.Instant;

/**
 * Amazon decided an A-to-z claim, or the buyer withdrew it.
 *
 * @param at when it was decided
 * @param claimId the claim
 * @param outcome the decision
 */
public record ClaimResolved(Instant at, String claimId, ClaimOutcome outcome) implements SellerEvent {

    /** Validates the decision. */
    public ClaimResolved {
        Fields f = Fields.of("ClaimResolved", claimId);
        f.id("claimId", claimId);
        f.at(at);
        f.required("outcome", outcome);
    }
}
