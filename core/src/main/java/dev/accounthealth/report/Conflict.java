package dev.accounthealth.report;

import dev.accounthealth.event.SellerEvent;

/**
 * Two events that contradict each other (an order shipped twice at different instants, shipped
 * and also cancelled): the earliest is kept, the other ignored, and both are reported.
 *
 * @param kept the event that counts
 * @param ignored the event set aside
 * @param reason why they contradict each other
 */
public record Conflict(SellerEvent kept, SellerEvent ignored, String reason) {
}
