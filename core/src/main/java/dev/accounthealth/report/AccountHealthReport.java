package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a seller's account stands as of an instant: per marketplace every metric with its
 * figures and verdict, the breaches and warnings lifted out, the account's status, and what in
 * the input could not be used as given (orphans, conflicts).
 *
 * <p>Every list is sorted (marketplace, metric, channel, window length; ids ascending), so the
 * same events give an equal report whatever their order.
 *
 * @param schemaVersion the version of this shape, {@value #SCHEMA_VERSION}
 * @param asOf the instant evaluated; events after it were ignored
 * @param rulesVersion the version of the rule set, or a digest of a custom one
 * @param status the account's status: the worst of its marketplaces'
 * @param marketplaces every marketplace that has events, by code
 * @param breaches every metric in {@link MetricStatus#BREACH}
 * @param warnings every metric in {@link MetricStatus#WARNING}
 * @param orphans events that refer to something the stream never introduced
 * @param conflicts events that contradict an earlier one
 * @param ruleFirings how many times each rule fired in this evaluation, by rule name
 * @param outlook the roll-off path: the account's status at the next roll-off instants of the
 *     items behind today's breaches and warnings, if nothing new happens and every open deadline
 *     is met on time; empty when there is nothing to roll off
 * @param deadlineRisk what missing the deadlines that fall due soon would do, batch by batch, by
 *     due instant; empty when missing them would change no metric
 * @param earlyWarnings metrics whose rate rose faster than the rules tolerate, in the order of
 *     {@code breaches}
 * @param deadlines open obligations, by due instant
 * @param planOfAction a plan of action per metric in breach or warning, by marketplace and metric
 * @param language the language the plan of action is worded in, as an IETF tag ({@code en}, {@code fr})
 * @param inputs what the evaluation was told of its inputs and, per metric, what it was computed
 *     from and what it lacks; {@link ReportInputs#NONE} when it was told nothing
 */
public record AccountHealthReport(
        int schemaVersion,
        Instant asOf,
        String rulesVersion,
        HealthStatus status,
        List<MarketplaceHealth> marketplaces,
        List<Finding> breaches,
        List<Finding> warnings,
        List<Orphan> orphans,
        List<Conflict> conflicts,
        SortedMap<String, Integer> ruleFirings,
        List<Outlook> outlook,
        List<DeadlineRisk> deadlineRisk,
        List<EarlyWarning> earlyWarnings,
        List<Deadline> deadlines,
        List<PlanOfAction> planOfAction,
        String language,
        ReportInputs inputs) {

    /** The version of the report's shape. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the collections, so the report is immutable. */
    public AccountHealthReport {
        marketplaces = List.copyOf(marketplaces);
        breaches = List.copyOf(breaches);
        warnings = List.copyOf(warnings);
        orphans = List.copyOf(orphans);
        conflicts = List.copyOf(conflicts);
        ruleFirings = Collections.unmodifiableSortedMap(new TreeMap<>(ruleFirings));
        outlook = List.copyOf(outlook);
        deadlineRisk = List.copyOf(deadlineRisk);
        earlyWarnings = List.copyOf(earlyWarnings);
        deadlines = List.copyOf(deadlines);
        planOfAction = List.copyOf(planOfAction);
        inputs = inputs == null ? ReportInputs.NONE : inputs;
    }

    /** A report of an evaluation told nothing of its inputs. */
    public AccountHealthReport(int schemaVersion, Instant asOf, String rulesVersion, HealthStatus status,
                               List<MarketplaceHealth> marketplaces, List<Finding> breaches, List<Finding> warnings,
                               List<Orphan> orphans, List<Conflict> conflicts, SortedMap<String, Integer> ruleFirings,
                               List<Outlook> outlook, List<DeadlineRisk> deadlineRisk, List<EarlyWarning> earlyWarnings,
                               List<Deadline> deadlines, List<PlanOfAction> planOfAction, String language) {
        this(schemaVersion, asOf, rulesVersion, status, marketplaces, breaches, warnings, orphans, conflicts,
                ruleFirings, outlook, deadlineRisk, earlyWarnings, deadlines, planOfAction, language, ReportInputs.NONE);
    }

    /**
     * This report with what it was computed from, and only the deadlines (and the risks of
     * missing them) that the inputs can tell.
     */
    public AccountHealthReport withInputs(ReportInputs inputs, List<Deadline> deadlines, List<DeadlineRisk> deadlineRisk) {
        return new AccountHealthReport(schemaVersion, asOf, rulesVersion, status, marketplaces, breaches, warnings,
                orphans, conflicts, ruleFirings, outlook, deadlineRisk, earlyWarnings, deadlines, planOfAction, language,
                inputs);
    }

    /** The health of one marketplace, if the history has events there. */
    public Optional<MarketplaceHealth> marketplace(Marketplace marketplace) {
        return marketplaces.stream().filter(m -> m.marketplace() == marketplace).findFirst();
    }
}
