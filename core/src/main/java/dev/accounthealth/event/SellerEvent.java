package dev.accounthealth.event;

import java.time.Instant;

/**
 * One immutable fact from a seller's history: something happened to an order, a claim, a
 * return, a message or a policy notice at an instant.
 *
 * <p>Events may arrive in any order and more than once; an evaluation gives the same report
 * either way. Each implementation validates itself at construction and throws
 * {@link InvalidEventException} naming the event, the field and the reason.
 */
public sealed interface SellerEvent
        permits OrderPlaced, OrderShipped, CarrierScanned, OrderDelivered, OrderCancelled,
                FeedbackReceived, FeedbackRemoved, ClaimFiled, ClaimResolved, ClaimInfoRequested,
                ChargebackFiled, ChargebackResolved, ReturnRequested, ReturnAnswered,
                ReturnRejectionOverturned, ReturnFeedbackReceived, InvoiceUploaded,
                BuyerMessageReceived, BuyerMessageAnswered, PolicyViolationReported,
                PolicyViolationResolved {

    /** When it happened (UTC). */
    Instant at();

    /** The event type as written in JSON Lines, e.g. {@code OrderPlaced}. */
    default String type() {
        return getClass().getSimpleName();
    }
}
