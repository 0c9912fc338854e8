package dev.accounthealth.report;

/** How much a metric weighs on the account's status. */
public enum Enforcement {
    /** A breach puts the marketplace at risk. */
    ENFORCED,
    /** A breach is reported but does not change the status. */
    ADVISORY,
    /** A component shown for understanding, such as the parts of the order defect rate. */
    INFO;
}
