package dev.accounthealth.report;

/** The verdict on one metric. */
public enum MetricStatus {
    /** The rate meets its target with room to spare. */
    OK,
    /** The rate meets its target but is within the warning margin of it. */
    WARNING,
    /** The target is missed; a boundary value counts as a miss. */
    BREACH,
    /** Nothing to count in the window: the denominator is 0. */
    NO_DATA;
}
