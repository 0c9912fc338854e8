package dev.accounthealth.report;

/** What kind of thing an orphaned event refers to. */
public enum RefKind {
    /** An order, introduced by OrderPlaced. */
    ORDER,
    /** A feedback, introduced by FeedbackReceived. */
    FEEDBACK,
    /** An A-to-z claim, introduced by ClaimFiled. */
    CLAIM,
    /** A chargeback, introduced by ChargebackFiled. */
    CHARGEBACK,
    /** A return request, introduced by ReturnRequested. */
    RETURN,
    /** A buyer message, introduced by BuyerMessageReceived. */
    MESSAGE,
    /** A policy notice, introduced by PolicyViolationReported. */
    VIOLATION;
}
