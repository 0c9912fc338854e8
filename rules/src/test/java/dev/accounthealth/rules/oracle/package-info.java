/**
 * An independent check of the default rules: {@link dev.accounthealth.rules.oracle.SpecOracle}
 * models {@code metrics.md} in plain Java from the spec alone (no Drools, nothing shared with the
 * engine), and jqwik properties compare the engine with it on random histories and check laws
 * every report keeps.
 *
 * <ul>
 *   <li>{@code Histories} draws realistic histories (several marketplaces, both channels, business
 *       orders, every event type, window and deadline edges, duplicates, shuffling, future
 *       events); {@code ThresholdCases} draws histories exactly on verdict thresholds.</li>
 *   <li>{@code OracleAgreementProperties}, {@code VerdictThresholdProperties}: the engine agrees
 *       with the oracle on figures, ids, verdicts, enforcement and statuses.</li>
 *   <li>{@code RateBoundsProperties}, {@code StreamInvarianceProperties},
 *       {@code CleanOrderProperties}, {@code RollOffProperties}: laws of the report.</li>
 *   <li>{@code OneRunProperties}: the figures at any instant, counted from one classification of
 *       the history, are those of a fresh evaluation as of that instant; the report's
 *       projections, outlook and early warnings too.</li>
 *   <li>{@code HealthHistoryProperties}: each snapshot of a history asked of the public API is what
 *       a fresh evaluation as of its instant reports (statuses, marketplaces listed, every metric's
 *       figures).</li>
 *   <li>{@code AmazonFulfilledShipmentTest}: a counterexample the properties found (a shipped
 *       Amazon-fulfilled order crashed the late-shipment rule), kept as a regression test.</li>
 * </ul>
 *
 * <p>Tries are kept modest so the module's tests stay quick; to hunt, raise {@code tries} on a
 * property locally. The generator was tuned until deliberate mistakes planted in the oracle (a
 * window edge made inclusive, a deadline compared with {@code >=}, the invoice deadline read in UTC,
 * the latest of two shipments kept, a warning margin moved by 0.01, …) were all caught.
 */
package dev.accounthealth.rules.oracle;
