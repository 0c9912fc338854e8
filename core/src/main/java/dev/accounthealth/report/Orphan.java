package dev.accounthealth.report;

import dev.accounthealth.event.SellerEvent;

/**
 * An event that refers to an order, claim, return, feedback, message or policy notice that the
 * stream never introduced (up to {@code asOf}). It is kept and reported, never dropped; it does
 * not count in any metric that needs what is missing.
 *
 * @param event the event
 * @param refKind what it refers to
 * @param ref the missing identifier
 */
public record Orphan(SellerEvent event, RefKind refKind, String ref) {
}
