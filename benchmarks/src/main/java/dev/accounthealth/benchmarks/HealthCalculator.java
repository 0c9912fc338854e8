package dev.accounthealth.benchmarks;

import dev.accounthealth.event.SellerEvent;
import java.time.Instant;
import java.util.List;

/**
 * A way to compute a seller's Account Health figures: the competitors the benchmarks compare.
 * Every implementation takes the raw events as an export gives them (any order, repeated lines,
 * contradicting events, orphans) and must apply the rules of the stream itself.
 */
public interface HealthCalculator {

    /**
     * Computes every metric, verdict and status of a history as of an instant.
     *
     * @param events the seller's events, in any order, duplicates allowed
     * @param asOf the instant to evaluate at; later events are ignored
     */
    HealthSummary summarize(List<? extends SellerEvent> events, Instant asOf);
}
