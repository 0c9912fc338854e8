package dev.accounthealth.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an account stood at each of a series of instants, such as every day of the last 90: per
 * instant the account's status, each marketplace's, and every metric's figures and verdict, each
 * equal to what an evaluation as of that instant reports. The history is judged once, as of its
 * latest instant; every instant is counted from that one judgement.
 *
 * @param schemaVersion the version of this shape, {@value #SCHEMA_VERSION}
 * @param asOf the latest instant of the history; events after it were ignored
 * @param rulesVersion the version of the rule set, or a digest of a custom one
 * @param snapshots one per instant, earliest first
 */
public record HealthHistory(int schemaVersion, Instant asOf, String rulesVersion, List<HealthSnapshot> snapshots) {

    /** The version of the history's shape. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the list, so the history is immutable. */
    public HealthHistory {
        snapshots = List.copyOf(snapshots);
    }

    /** The snapshot at an instant, if the history has one there. */
    public Optional<HealthSnapshot> snapshot(Instant at) {
        return snapshots.stream().filter(s -> s.at().equals(at)).findFirst();
    }
}
