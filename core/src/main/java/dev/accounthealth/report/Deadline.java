package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Something the seller must do, and by when: an open obligation as of the evaluation.
 *
 * @param kind what to do: {@code BUYER_MESSAGE_RESPONSE}, {@code RETURN_RESPONSE},
 *     {@code CLAIM_INFORMATION}, {@code CLAIM_APPEAL}, {@code CHARGEBACK_RESPONSE},
 *     {@code INVOICE_UPLOAD}, {@code SHIPMENT_CONFIRMATION} or {@code PLAN_OF_ACTION} with the
 *     default rules
 * @param ref what it is about: a message, return, claim, chargeback or order id, or the
 *     marketplace for a plan of action
 * @param marketplace where
 * @param orderId the order behind it, if any
 * @param due when it is due
 * @param overdue whether the due instant has passed as of the evaluation
 * @param rule the rule that found it
 */
public record Deadline(String kind, String ref, Marketplace marketplace, Optional<String> orderId, Instant due,
                       boolean overdue, String rule) {

    /** The due instant in the marketplace's own time zone, where calendar rules are read. */
    public ZonedDateTime dueLocal() {
        return due.atZone(marketplace.zone());
    }
}
