package dev.accounthealth.amazon.internal;

/**
 * A cell of a report row, or a field of a response object, that cannot become part of an event:
 * the reader adds the source and line and either throws or sets the row aside.
 */
public final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * @param field the column name of a report, or the JSON path of a response field, e.g.
     *     {@code orders[3].fulfillment.fulfilledBy}
     * @param reason why it was rejected
     */
    public BadValue(String field, String reason) {
        // No stack trace: the reader catches this at once, and a lenient read may meet many.
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
