package dev.accounthealth.json.internal;

/**
 * A field of one JSON line, a cell of a report row or a field of an API response that cannot
 * become part of an event: the reader adds the source and line number and either throws or sets
 * the line aside.
 */
public final class BadField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * @param field the field, e.g. {@code rating}, {@code skus[2]}, {@code orderTotal.amount}, or
     *     {@code (json)} when the line is not a JSON object; a report's column name; a response
     *     field's JSON path, e.g. {@code orders[3].fulfillment.fulfilledBy}
     * @param reason why it was rejected
     */
    public BadField(String field, String reason) {
        // No stack trace: the reader catches this at once, and a lenient read may meet many.
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }

    /** The offending field. */
    public String field() {
        return field;
    }

    /** Why it was rejected. */
    public String reason() {
        return reason;
    }
}
