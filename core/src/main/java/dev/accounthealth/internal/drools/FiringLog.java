package dev.accounthealth.internal.drools;

import dev.accounthealth.internal.measure.AccountStatus;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.Obligation;
import dev.accounthealth.internal.measure.StatusFinding;
import dev.accounthealth.internal.measure.TrendAlert;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Watches one rule run: how often each rule fired, which rule produced each count, verdict and
 * status, and which rules matched them, so a report can say what decided each verdict.
 */
final class FiringLog extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final Map<String, Integer> firings = new TreeMap<>();
    private final Map<Object, String> producedBy = new IdentityHashMap<>();
    private final Map<Object, Set<String>> matchedBy = new IdentityHashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        firings.merge(rule, 1, Integer::sum);
        for (Object object : event.getMatch().getObjects()) {
            if (isConclusion(object)) {
                matchedBy.computeIfAbsent(object, o -> new TreeSet<>()).add(rule);
            }
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && isConclusion(event.getObject())) {
            producedBy.put(event.getObject(), event.getRule().getName());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Conclusions are immutable: only their insertion is of interest.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // A retracted conclusion is no longer read, so what produced it no longer matters.
    }

    private static boolean isConclusion(Object object) {
        return object instanceof MetricCount || object instanceof MetricVerdict || object instanceof StatusFinding
                || object instanceof MarketplaceStatus || object instanceof AccountStatus
                || object instanceof Obligation || object instanceof TrendAlert;
    }

    Map<String, Integer> firings() {
        return firings;
    }

    /** The rule that inserted a conclusion, or "?" when Java did. */
    String producerOf(Object conclusion) {
        return producedBy.getOrDefault(conclusion, "?");
    }

    Set<String> matchersOf(Object conclusion) {
        return matchedBy.getOrDefault(conclusion, Set.of());
    }
}
