package dev.accounthealth.report;

/** How a metric's value is compared with its target. */
public enum TargetCondition {
    /** The rate must stay below the target; a rate equal to it is a breach. */
    LESS_THAN,
    /** The rate must stay above the target; a rate equal to it is a breach. */
    GREATER_THAN,
    /** A count, not a rate, must not exceed the target (policy compliance: at most 0 open violations). */
    AT_MOST;
}
