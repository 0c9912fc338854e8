package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the account would stand at a later instant if nothing new happened: the statuses the
 * current events give once the items behind today's breaches and warnings start rolling off.
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
