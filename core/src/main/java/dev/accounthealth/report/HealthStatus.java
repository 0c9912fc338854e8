package dev.accounthealth.report;

/** Where a marketplace, or the whole account, stands. */
public enum HealthStatus {
    /** No enforced metric is in breach. */
    HEALTHY,
    /** An enforced metric is in breach. */
    AT_RISK,
    /** An enforced metric is at twice its target or worse, or a critical policy notice is open. */
    CRITICAL;
}
