package dev.accounthealth.event;

import java.time.Instant;

/**
 * The seller addressed a policy notice and Amazon accepted.
 *
 * @param at when Amazon accepted
 * @param violationId the notice
 */
public record PolicyViolationResolved(Instant at, String violationId) implements SellerEvent {

    /** Validates the resolution. */
    public PolicyViolationResolved {
        Fields f = Fields.of("PolicyViolationResolved", violationId);
        f.id("violationId", violationId);
        f.at(at);
    }
}
