/**
 * The forecast: where a seller's events lead after {@code asOf} along the roll-off path (every
 * open deadline met on time, only roll-offs changing the figures) and what missing a batch of
 * deadlines would do instead. It only writes the histories of those paths; the rules judge them.
 */
package dev.accounthealth.internal.forecast;
