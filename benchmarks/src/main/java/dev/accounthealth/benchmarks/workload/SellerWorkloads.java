package dev.accounthealth.benchmarks.workload;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.examples.generator.MarketplaceProfile;
import dev.accounthealth.examples.generator.SellerHistoryGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The histories the benchmarks evaluate, all from {@link SellerHistoryGenerator}: seeded, so every
 * run measures the same events, and noisy as real exports are (about 1 % repeated lines, a
 * contradicting shipment or an orphan now and then, shuffled).
 */
public final class SellerWorkloads {
    /** The end of every generated history, and the instant the benchmarks evaluate at. */
    public static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

    /** The seed of the one-seller histories. */
    public static final long ONE_SELLER_SEED = 20261120L;

    /** The generator's own figure for an at-risk marketplace; a healthy one writes a few less. */
    private static final double EVENTS_PER_ORDER = 4.6;
    private static final int DAYS = 90;
    private static final Marketplace[] MARKETPLACES = {Marketplace.FR, Marketplace.DE, Marketplace.UK,
        Marketplace.ES, Marketplace.IT, Marketplace.US};

    private SellerWorkloads() {
    }

    /**
     * One seller in FR, at risk, over 90 days, with about {@code events} events:
     * {@link SellerHistoryGenerator#ofSize}, the same history for a given size on every run.
     */
    public static List<SellerEvent> oneSeller(int events) {
        return SellerHistoryGenerator.ofSize(ONE_SELLER_SEED, AS_OF, events).events();
    }

    /**
     * Many sellers of about {@code eventsPerSeller} events each, seeded by their index: a mix of
     * marketplaces (FR, DE, UK, ES, IT, US), one seller in four at risk and the others healthy,
     * one in three selling in two marketplaces. A fleet like this is what a SaaS tool evaluates
     * every night through one compiled rule base.
     */
    public static List<List<SellerEvent>> manySellers(int sellers, int eventsPerSeller) {
        List<List<SellerEvent>> histories = new ArrayList<>(sellers);
        for (int i = 0; i < sellers; i++) {
            histories.add(seller(i, eventsPerSeller).events());
        }
        return histories;
    }

    /** The generator of seller {@code index} of {@link #manySellers}. */
    public static SellerHistoryGenerator seller(int index, int eventsPerSeller) {
        boolean twoMarketplaces = index % 3 == 2;
        double ordersPerDay = eventsPerSeller / EVENTS_PER_ORDER / DAYS / (twoMarketplaces ? 2 : 1);
        SellerHistoryGenerator.Builder builder = SellerHistoryGenerator.builder()
                .seed(1_000_003L * (index + 1)).until(AS_OF).days(DAYS)
                .marketplace(profile(index, MARKETPLACES[index % MARKETPLACES.length], ordersPerDay));
        if (twoMarketplaces) {
            builder.marketplace(profile(index + 1, MARKETPLACES[(index + 1) % MARKETPLACES.length], ordersPerDay));
        }
        return builder.build();
    }

    private static MarketplaceProfile profile(int index, Marketplace marketplace, double ordersPerDay) {
        return index % 4 == 0 ? MarketplaceProfile.atRisk(marketplace, ordersPerDay)
                : MarketplaceProfile.healthy(marketplace, ordersPerDay);
    }

    /** How many events the histories hold together. */
    public static long totalEvents(List<? extends List<? extends SellerEvent>> histories) {
        long total = 0;
        for (List<? extends SellerEvent> history : histories) {
            total += history.size();
        }
        return total;
    }
}
