package dev.accounthealth.json;

/**
 * Thrown by a strict {@link EventReader} at the first line that holds no valid event. The
 * message is {@code source:line: field: reason}, e.g.
 * {@code orders.jsonl:12: rating: must be between 1 and 5, was 7}.
 */
public final class EventFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String field;
    private final String reason;

    /** The exception for a line that holds no valid event, with its details as the message. */
    public EventFormatException(RejectedLine line) {
        super(line.source() + ":" + line.line() + ": " + line.field() + ": " + line.reason());
        this.source = line.source();
        this.line = line.line();
        this.field = line.field();
        this.reason = line.reason();
    }

    /** The name of the input, e.g. the file name. */
    public String source() {
        return source;
    }

    /** The line number, from 1. */
    public long line() {
        return line;
    }

    /**
     * The offending field: a field name such as {@code rating} or {@code orderTotal.amount},
     * {@code (json)} when the line is not a JSON object, {@code type} when the event type is
     * missing or unknown, or {@code (line)} when the line is longer than
     * {@link EventReader#MAX_LINE_LENGTH}.
     */
    public String field() {
        return field;
    }

    /** Why the line was rejected. */
    public String reason() {
        return reason;
    }
}
