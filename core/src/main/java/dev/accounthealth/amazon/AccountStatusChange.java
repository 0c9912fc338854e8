package dev.accounthealth.amazon;

import java.time.Instant;

/**
 * An {@code ACCOUNT_STATUS_CHANGED} notification: Amazon moved the account between
 * {@code NORMAL}, {@code AT_RISK} and {@code DEACTIVATED}. It carries no metric and no
 * marketplace, so it is no event for the metrics; it is Amazon's own verdict to hold ours against.
 *
 * @param at the notification's {@code eventTime}
 * @param previous the status before, as Amazon wrote it (a value outside the documented three is kept)
 * @param current the status after, as Amazon wrote it
 * @param source the file it was read from
 * @param line the line its notification starts on
 */
public record AccountStatusChange(Instant at, String previous, String current, String source, long line) {
}
