package dev.accounthealth.internal.report;

import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.forecast.DueBatch;
import dev.accounthealth.internal.forecast.Forecast;
import dev.accounthealth.internal.forecast.HistoryIndex;
import dev.accounthealth.internal.measure.Classification;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.Moment;
import dev.accounthealth.internal.plan.PlanMemory;
import dev.accounthealth.internal.plan.PlanWriter;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.RootCause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The way from a folded history to its report: the rules judge each item once ({@link RuleSession});
 * {@link Instants} chooses the moments; the figures are counted and judged at {@code asOf} and at
 * each lookback from that one classification; the {@link Forecast} follows the roll-off path
 * (counted at each projected instant) and each batch of deadlines due soon in the same session,
 * judging again only the facts a path changes;
 * {@link Assessment} checks what the rules concluded; {@link ReportBuilder} writes the report.
 *
 * @param rulesVersion the rule set's version, for the report
 * @param projectedRollOffs how many later instants to project breaches and warnings to
 * @param lookbacks the trend lookbacks to count at, in days
 * @param deadlineLookahead how far ahead the deadline risk weighs deadlines; none for no risk
 * @param planWriter words the plans of action; none for no plan and no root cause
 * @param language the language the plans are worded in, for the report even without them
 */
public record HealthEvaluation(String rulesVersion, int projectedRollOffs, Set<Integer> lookbacks,
                               Optional<Duration> deadlineLookahead, Optional<PlanWriter> planWriter,
                               Locale language) {

    public HealthEvaluation {
        lookbacks = Set.copyOf(lookbacks);
    }

    /**
     * Evaluates the events of a folder, none after {@code asOf}, in a rule session of its own.
     *
     * @param given facts the rules see beside the history: what the inputs cannot measure
     *     ({@code UnmeasurableMetric})
     */
    public AccountHealthReport evaluate(CompiledRules rules, HistoryFolder folder, Instant asOf, List<?> given) {
        SellerHistory history = folder.history(asOf);
        try (RuleSession session = rules.open(history, given)) {
            return report(session, history, false, PlanMemory.none(), HistoryIndex.of(history));
        }
    }

    /**
     * The report of a history whose facts are all in a session and judged. The moments of the
     * session's last report, if any, are moved to the new {@code asOf} and counted there; when it
     * holds others, all are forgotten and counted afresh. The forecast follows its paths in the
     * same session.
     *
     * @param kept whether the session serves again after this report: the forecast then puts it
     *     back as it found it; otherwise the session is left on the forecast's last path, to be closed
     * @param plans the plans of the session's last report, to take again those that read the same
     * @param index the facts of {@code history} by id, for the forecast
     */
    public AccountHealthReport report(RuleSession session, SellerHistory history, boolean kept, PlanMemory plans,
                                      HistoryIndex index) {
        Classification classification = session.classification();
        Instant asOf = history.evaluation().getAsOf();
        Moment now = session.moveTo(asOf).orElseGet(() -> {
            Moment fresh = Moment.now(asOf, classification);
            session.countAt(Instants.first(fresh, lookbacks, classification));
            return fresh;
        });
        Assessment present = Assessment.of(history, session.outcome(), now);
        // Read before the forecast: its paths fire rules of their own in this session, and the
        // deadlines as of asOf are concluded anew once it is put back.
        SortedMap<String, Integer> firings = present.outcome.firings();
        List<Deadline> deadlines = ReportBuilder.deadlines(present.outcome);
        // Also before: root causes read the items' classes, which a path changes.
        Map<MetricCount, List<RootCause>> causes = planWriter.isPresent() ? ReportBuilder.rootCauses(present)
                : Map.of();
        List<Assessment> later = new ArrayList<>();
        List<DeadlineRisk> risks = List.of();
        if (projectedRollOffs > 0) {
            Forecast forecast = new Forecast(session, history, present.outcome.obligations(), index);
            List<Instant> rollOffs = Instants.rollOffs(present, projectedRollOffs);
            List<DueBatch> batches = deadlineLookahead.map(forecast::dueWithin).orElse(List.of());
            TreeSet<Instant> instants = new TreeSet<>(rollOffs);
            batches.forEach(batch -> instants.add(batch.missedAt()));
            Map<Instant, Assessment> onPath = new HashMap<>();
            forecast.rollOffPath(instants).forEach((at, run) -> onPath.put(at, Assessment.of(run)));
            rollOffs.forEach(at -> later.add(onPath.get(at)));
            risks = DeadlineRisks.of(forecast, batches, onPath);
            if (kept) {
                forecast.close();
            }
        }
        return ReportBuilder.build(history, present, firings, deadlines, causes, later, risks, rulesVersion,
                planWriter, language, plans);
    }
}
