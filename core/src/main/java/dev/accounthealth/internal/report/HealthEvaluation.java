package dev.accounthealth.internal.report;

import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.Classification;
import dev.accounthealth.internal.measure.Moment;
import dev.accounthealth.internal.plan.PlanWriter;
import dev.accounthealth.report.AccountHealthReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The way from a folded history to its report: the rules judge each item once ({@link RuleSession});
 * {@link Instants} chooses the moments; the figures are counted and judged at each from that one
 * classification; {@link Assessment} checks what the rules concluded; {@link ReportBuilder}
 * writes the report.
 *
 * @param rulesVersion the rule set's version, for the report
 * @param projectedRollOffs how many later instants to project breaches and warnings to
 * @param lookbacks the trend lookbacks to count at, in days
 * @param planWriter words the plans of action
 */
public record HealthEvaluation(String rulesVersion, int projectedRollOffs, Set<Integer> lookbacks,
                               PlanWriter planWriter) {

    public HealthEvaluation {
        lookbacks = Set.copyOf(lookbacks);
    }

    /** Evaluates a history in a rule session of its own. */
    public AccountHealthReport evaluate(CompiledRules rules, SellerHistory history) {
        try (RuleSession session = rules.open(history)) {
            return report(session, history);
        }
    }

    /**
     * The report of a history whose facts are all in a session and judged; the moments of an
     * earlier report must have been forgotten.
     */
    public AccountHealthReport report(RuleSession session, SellerHistory history) {
        Classification classification = session.classification();
        Moment now = Moment.now(history.evaluation().getAsOf(), classification);
        session.countAt(Instants.first(now, lookbacks, classification));
        Assessment present = Assessment.of(history, session.outcome(), now);
        List<Moment> projected = Instants.projected(present, projectedRollOffs, classification);
        if (!projected.isEmpty()) {
            session.countAt(projected);
        }
        Assessment judged = Assessment.of(history, session.outcome(), now);
        List<Assessment> later = new ArrayList<>();
        for (Moment moment : projected) {
            later.add(Assessment.of(history, judged.outcome, moment));
        }
        return ReportBuilder.build(history, judged, later, rulesVersion, planWriter);
    }
}
