package dev.accounthealth.internal.forecast;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The open deadlines of one kind that fall due in one marketplace on one local day: what a
 * seller meets or misses together ("the 23 orders due tomorrow").
 *
 * @param dueDate the day they fall due, in the marketplace's time zone
 * @param due the latest of their due instants: the batch is missed just after it
 * @param refs what they are about (order, message or return ids), ascending
 */
public record DueBatch(Marketplace marketplace, String kind, LocalDate dueDate, Instant due, List<String> refs) {

    /** Copies the list, so the value is immutable. */
    public DueBatch {
        refs = List.copyOf(refs);
    }

    /** The first instant at which every deadline of the batch has passed: one nanosecond after {@code due}. */
    public Instant missedAt() {
        return due.plusNanos(1);
    }
}
