package dev.accounthealth.event;

import java.util.Optional;

/**
 * Thrown when an event cannot exist as given: a required field is missing or a value is
 * impossible (a rating of 7, a seller-fulfilled order without an expected ship date).
 *
 * <p>The message names the event type, the event's identifier when it has one, the field and
 * the reason, e.g. {@code OrderPlaced 406-4307814-8186723: latestShipAt: required when channel
 * is MFN}.
 */
public final class InvalidEventException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String eventType;
    private final String ref;
    private final String field;
    private final String reason;

    /**
     * @param eventType the event type, e.g. {@code OrderPlaced}
     * @param ref the event's own identifier, or {@code null} when it is the missing field
     * @param field the offending field
     * @param reason why the value is rejected
     */
    public InvalidEventException(String eventType, String ref, String field, String reason) {
        super(eventType + (ref == null ? "" : " " + ref) + ": " + field + ": " + reason);
        this.eventType = eventType;
        this.ref = ref;
        this.field = field;
        this.reason = reason;
    }

    /** The event type, e.g. {@code OrderPlaced}. */
    public String eventType() {
        return eventType;
    }

    /** The identifier of the event (order id, claim id, …), when it was known. */
    public Optional<String> ref() {
        return Optional.ofNullable(ref);
    }

    /** The field that was missing or impossible. */
    public String field() {
        return field;
    }

    /** Why the field was rejected. */
    public String reason() {
        return reason;
    }
}
