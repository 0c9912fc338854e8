package dev.accounthealth.report;

import java.time.Instant;

/**
 * The stretch of time a metric looks at: {@code days} days ending {@code lagDays} days before
 * {@code asOf}. An item is in the window when {@code from < anchor <= to}.
 *
 * @param days the window's length in days
 * @param lagDays how many days before {@code asOf} the window ends
 * @param from the exclusive start, {@code asOf - lagDays - days}
 * @param to the inclusive end, {@code asOf - lagDays}
 */
public record Window(int days, int lagDays, Instant from, Instant to) {
}
