package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the account would stand at a later instant on the roll-off path: nothing new happens,
 * except that every deadline open at the evaluation is met on time (orders confirmed shipped by
 * their expected ship date, messages and returns answered and invoices uploaded in time) and
 * parcels on their way are delivered as promised; only items leaving their windows, and the
 * pending ones entering them on time, change the figures. Every status here that differs from
 * today's is explained by a {@link Recovery#projection()} of a metric of that marketplace at the
 * same instant.
 *
 * @param at the later instant, a roll-off instant of an item behind a breach or warning
 * @param status the account's status then
 * @param marketplaces each marketplace's status then
 */
public record Outlook(Instant at, HealthStatus status, SortedMap<Marketplace, HealthStatus> marketplaces) {

    /** Copies the map, so the value is immutable. */
    public Outlook {
        marketplaces = Collections.unmodifiableSortedMap(new TreeMap<>(marketplaces));
    }
}
