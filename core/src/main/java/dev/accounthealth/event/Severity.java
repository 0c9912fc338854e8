package dev.accounthealth.event;

/** Severity of a policy notice. */
public enum Severity {
    /** Low. */
    LOW,
    /** Medium. */
    MEDIUM,
    /** High. */
    HIGH,
    /** Critical: the listing or the account is at stake. */
    CRITICAL;
}
