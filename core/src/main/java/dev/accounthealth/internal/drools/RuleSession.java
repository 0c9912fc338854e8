package dev.accounthealth.internal.drools;

import dev.accounthealth.RuleSetException;
import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.facts.Evaluation;
import dev.accounthealth.internal.measure.Classification;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.MetricWindow;
import dev.accounthealth.internal.measure.Moment;
import dev.accounthealth.internal.measure.Obligation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One run of the rules over one history: the facts go in once and the classification rules
 * judge each item once; then the figures are counted, and judged, at whatever moments are asked
 * for, from that same classification. The verdict and status rules run again only over the few
 * counts of each new moment.
 *
 * <p>A session is for one thread; close it when done.
 */
public final class RuleSession implements AutoCloseable {
    /** The global through which classification rules put items in classes. */
    static final String CLASSIFY = "classify";

    private final KieSession session;
    private final FiringLog log;
    private final Classification classification;
    /** Each moment counted, its fact first, then its windows: one per definition standing when it was counted. */
    private final Map<Moment, List<FactHandle>> moments = new LinkedHashMap<>();
    private FactHandle evaluation;
    private Instant evaluatedAt;

    RuleSession(KieSession session, FiringLog log, Classification classification) {
        this.session = session;
        this.log = log;
        this.classification = classification;
    }

    /** Sets the instant every "by now" of the rules means (the deadlines): a new {@link Evaluation}. */
    public void evaluateAt(Instant at) {
        if (evaluation != null) {
            session.delete(evaluation);
        }
        evaluation = session.insert(new Evaluation(at));
        evaluatedAt = at;
    }

    /** Tells the session that a fact it holds changed, or puts it in when it holds none. */
    public void changed(Counted fact) {
        FactHandle handle = session.getFactHandle(fact);
        if (handle == null) {
            session.insert(fact);
        } else {
            update(handle, fact);
        }
    }

    /** The classes the rules have put items in so far. */
    public Classification classification() {
        return classification;
    }

    /** Puts a fact in the session; it is judged at the next {@link #fire()} or {@link #countAt}. */
    public FactHandle insert(Object fact) {
        return session.insert(fact);
    }

    /** Takes a fact out of the session (with its classes, for a counted one). */
    public void delete(Object fact) {
        FactHandle handle = session.getFactHandle(fact);
        if (handle != null) {
            if (fact instanceof Counted counted) {
                classification.forget(counted);
            }
            session.delete(handle);
        }
    }

    /** Tells the session a fact changed; its classes are forgotten and judged again. */
    public void update(FactHandle handle, Counted fact) {
        classification.forget(fact);
        session.update(handle, fact);
    }

    /** A fact of a type that satisfies a test, or {@code null}; a scan of the session, for rare use. */
    public <T> T find(Class<T> type, java.util.function.Predicate<T> test) {
        for (Object object : session.getObjects(o -> type.isInstance(o) && test.test(type.cast(o)))) {
            return type.cast(object);
        }
        return null;
    }

    /** Runs every rule the facts so far call for. */
    public void fire() {
        try {
            session.fireAllRules();
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String rule = e.getMatch() != null ? e.getMatch().getRule().getName() : "?";
            throw new RuleSetException("rule \"" + rule + "\" failed: " + cause.getMessage(), cause);
        } catch (RuleSetException e) {
            throw e;
        } catch (RuntimeException e) {
            // A condition that throws (a method called on a missing date) names itself and its rule.
            throw new RuleSetException("the rules failed while running: " + e.getMessage(), e);
        }
    }

    /**
     * Counts and judges the figures at more moments, from the classification as it stands: each
     * goes in with a window per metric definition the session holds, which the counting rules
     * count over.
     */
    public void countAt(List<Moment> more) {
        List<MetricDefinition> definitions = log.kept(MetricDefinition.class);
        for (Moment moment : more) {
            List<FactHandle> handles = new ArrayList<>(definitions.size() + 1);
            handles.add(session.insert(moment));
            for (MetricDefinition definition : definitions) {
                handles.add(session.insert(new MetricWindow(definition, moment)));
            }
            moments.put(moment, handles);
        }
        fire();
    }

    /** Forgets one moment counted, with its windows and what was concluded at them. */
    public void forget(Moment moment) {
        List<FactHandle> handles = moments.remove(moment);
        if (handles != null) {
            deleteAll(handles);
        }
    }

    /** The deadlines the rules found that are open at the evaluation's instant. */
    public List<Obligation> obligations() {
        return RuleOutcome.openAt(log.kept(Obligation.class), evaluatedAt);
    }

    /** The instant every "by now" of the rules means at present. */
    public Instant evaluatedAt() {
        return evaluatedAt;
    }

    /** Forgets every moment counted so far, with what was concluded at them. */
    public void forgetMoments() {
        moments.values().forEach(this::deleteAll);
        moments.clear();
    }

    /** A moment's windows first, then the moment: the counts over them go with the windows. */
    private void deleteAll(List<FactHandle> handles) {
        for (int i = handles.size() - 1; i >= 0; i--) {
            session.delete(handles.get(i));
        }
    }

    /** What the session has concluded so far. */
    public RuleOutcome outcome() {
        return new RuleOutcome(log, evaluatedAt);
    }

    @Override
    public void close() {
        session.dispose();
    }
}
