package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an account stood at one instant of a {@link HealthHistory}: what an evaluation as of that
 * instant reports as {@link AccountHealthReport#status()} and, per marketplace, its status and
 * every metric's figures and verdict.
 *
 * @param at the instant; the figures are those of the events that had happened by then
 * @param status the account's status then
 * @param marketplaces every marketplace that had events by then, by code
 */
public record HealthSnapshot(Instant at, HealthStatus status, List<MarketplaceSnapshot> marketplaces) {

    /** Copies the list, so the snapshot is immutable. */
    public HealthSnapshot {
        marketplaces = List.copyOf(marketplaces);
    }

    /** The snapshot of one marketplace, if it had events by then. */
    public Optional<MarketplaceSnapshot> marketplace(Marketplace marketplace) {
        return marketplaces.stream().filter(m -> m.marketplace() == marketplace).findFirst();
    }
}
