package dev.accounthealth.event;

import java.time.Instant;
import java.util.Optional;

/**
 * Amazon sent a policy notice.
 *
 * @param at when it was reported
 * @param violationId the notice's own id
 * @param marketplace where it applies
 * @param category what policy it is about
 * @param severity how serious it is; {@link Severity#MEDIUM} when not stated
 * @param asin the product concerned, if any
 */
public record PolicyViolationReported(Instant at, String violationId, Marketplace marketplace,
                                      PolicyCategory category, Severity severity, Optional<String> asin)
        implements SellerEvent {

    /** Validates the notice; a missing severity reads as {@link Severity#MEDIUM}. */
    public PolicyViolationReported {
        Fields f = Fields.of("PolicyViolationReported", violationId);
        f.id("violationId", violationId);
        f.at(at);
        f.required("marketplace", marketplace);
        f.required("category", category);
        severity = severity == null ? Severity.MEDIUM : severity;
        asin = f.optionalText("asin", asin);
    }

    /** A notice of medium severity about no particular product. */
    public PolicyViolationReported(Instant at, String violationId, Marketplace marketplace, PolicyCategory category) {
        this(at, violationId, marketplace, category, Severity.MEDIUM, Optional.empty());
    }
}
