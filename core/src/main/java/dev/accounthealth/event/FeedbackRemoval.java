package dev.accounthealth.event;

/** How Amazon took a feedback out of the count. */
public enum FeedbackRemoval {
    /** Removed. */
    REMOVED,
    /** Struck through (it stays visible but no longer counts). */
    STRUCK_THROUGH;
}
