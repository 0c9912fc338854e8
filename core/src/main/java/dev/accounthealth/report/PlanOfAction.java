package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.util.List;

/**
 * A plan of action for one metric of one marketplace, in the shape Amazon asks for, worded from
 * the templates beside the rules in the evaluator's language. A breach gets every corrective
 * action and preventive measure of its template; a warning, lighter, the first of each.
 *
 * @param marketplace where
 * @param metric the metric id
 * @param channel the orders it covers
 * @param status the worst verdict among its windows ({@link MetricStatus#BREACH} or
 *     {@link MetricStatus#WARNING})
 * @param windowDays the windows in breach or warning
 * @param title the metric's name
 * @param summary what the figures are, one sentence per window
 * @param recovery how far from the target, and when it clears by itself
 * @param rootCauses what the data shows: the groups that explain most of the items behind it
 * @param correctiveActions what has been done now
 * @param preventiveMeasures what stops it recurring
 */
public record PlanOfAction(
        Marketplace marketplace,
        String metric,
        Channel channel,
        MetricStatus status,
        List<Integer> windowDays,
        String title,
        List<String> summary,
        List<String> recovery,
        List<String> rootCauses,
        List<String> correctiveActions,
        List<String> preventiveMeasures) {

    /** Copies the lists, so the value is immutable. */
    public PlanOfAction {
        windowDays = List.copyOf(windowDays);
        summary = List.copyOf(summary);
        recovery = List.copyOf(recovery);
        rootCauses = List.copyOf(rootCauses);
        correctiveActions = List.copyOf(correctiveActions);
        preventiveMeasures = List.copyOf(preventiveMeasures);
    }
}
