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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
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
    /** Each moment counted, with its windows: one per definition standing when it was counted. */
    private final Map<Moment, Counting> moments = new LinkedHashMap<>();
    private Evaluation evaluation;
    private Instant evaluatedAt;
    /** Every fact put in so far, when the session lists them; {@code null} otherwise. */
    private List<Object> putIn;

    RuleSession(KieSession session, FiringLog log, Classification classification, boolean listsFacts) {
        this.session = session;
        this.log = log;
        this.classification = classification;
        if (listsFacts) {
            putIn = new ArrayList<>();
            Set<Object> listed = Collections.newSetFromMap(new IdentityHashMap<>());
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (listed.add(event.getObject())) {
                        putIn.add(event.getObject());
                    }
                }
            });
        }
    }

    /** Sets the instant every "by now" of the rules means (the deadlines): a new {@link Evaluation}. */
    public void evaluateAt(Instant at) {
        if (evaluation != null) {
            deleteIfHeld(evaluation);
        }
        evaluation = new Evaluation(at);
        session.insert(evaluation);
        evaluatedAt = at;
    }

    /**
     * Takes out a fact put in earlier, if the session still holds it: Drools lets go at once of
     * a fact no rule can match, and its handle then names nothing.
     */
    private void deleteIfHeld(Object fact) {
        FactHandle handle = session.getFactHandle(fact);
        if (handle != null) {
            session.delete(handle);
        }
    }

    /** Tells the session a fact put in earlier changed; one it let go of goes in again, as a rule may now match it. */
    private void updateOrPutBack(Object fact) {
        FactHandle handle = session.getFactHandle(fact);
        if (handle == null) {
            session.insert(fact);
        } else {
            session.update(handle, fact);
        }
    }

    /**
     * Tells the session that a fact it holds changed, or puts it in when it holds none. A fact no
     * rule could match is not held (Drools lets go of it), yet other facts' rules may have put
     * it in classes: its classes are forgotten and judged again all the same.
     */
    public void changed(Counted fact) {
        classification.forget(fact);
        updateOrPutBack(fact);
    }

    /** The classes the rules have put items in so far. */
    public Classification classification() {
        return classification;
    }

    /**
     * Puts a fact in the session; it is judged at the next {@link #fire()} or {@link #countAt}. No
     * handle is given back: one for a fact no rule matches names nothing once Drools lets go of
     * it, so the session looks each fact up when it changes or leaves.
     */
    public void insert(Object fact) {
        session.insert(fact);
    }

    /**
     * Takes a fact out of the session, with its classes for a counted one: those too that other
     * facts' rules put it in while no rule could match it (the session did not hold it then).
     */
    public void delete(Object fact) {
        if (fact instanceof Counted counted) {
            classification.forget(counted);
        }
        deleteIfHeld(fact);
    }

    /**
     * A fact of a type that satisfies a test, or {@code null}; a scan of the session, for rare
     * use. It finds only facts a rule can match: Drools lets go of the others as they are put in.
     */
    public <T> T find(Class<T> type, java.util.function.Predicate<T> test) {
        for (Object object : session.getObjects(o -> type.isInstance(o) && test.test(type.cast(o)))) {
            return type.cast(object);
        }
        return null;
    }

    /**
     * Every fact put in the session so far, by Java or by a rule, once each, in the order first
     * put in, those taken out since included, whether or not a rule matches them: what the rules
     * declare (their tables and policies). Drools lets go of a fact no rule can match, so the
     * session alone would not tell them all.
     *
     * @throws IllegalStateException when the session was not opened to list them
     *     ({@link CompiledRules#openListingFacts})
     */
    public List<Object> factsPutIn() {
        if (putIn == null) {
            throw new IllegalStateException("this session was opened without listing its facts");
        }
        return List.copyOf(putIn);
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
            session.insert(moment);
            Counting counting = new Counting(moment, definitions.size());
            for (MetricDefinition definition : definitions) {
                MetricWindow window = new MetricWindow(definition, moment);
                counting.windows.add(window);
                session.insert(window);
            }
            moments.put(moment, counting);
        }
        fire();
    }

    /**
     * Moves the moments counted so far, each of which follows {@code asOf} ({@code asOf} itself, a
     * lookback), to a new {@code asOf}, and counts and judges the figures there. Every window is
     * counted again, even where its instant did not change (the items may have); a count equal to
     * the one concluded before stands in its place with all that was concluded from it, so only
     * what changed is judged again. When a moment counted does not follow {@code asOf}, or the
     * metric definitions are no longer those the windows were made for, every moment is
     * forgotten instead, to be counted afresh.
     *
     * @return {@code asOf}'s own moment, moved; empty when nothing was moved
     */
    public Optional<Moment> moveTo(Instant asOf) {
        List<MetricDefinition> definitions = log.kept(MetricDefinition.class);
        Moment now = null;
        for (Map.Entry<Moment, Counting> counted : moments.entrySet()) {
            Moment moment = counted.getKey();
            if (!moment.followsAsOf() || !counted.getValue().countsFor(definitions)) {
                forgetMoments();
                return Optional.empty();
            }
            if (moment.isNow()) {
                now = moment;
            }
        }
        if (now == null) {
            forgetMoments();
            return Optional.empty();
        }
        for (Map.Entry<Moment, Counting> counted : moments.entrySet()) {
            Moment moment = counted.getKey();
            Counting counting = counted.getValue();
            moment.follow(asOf);
            updateOrPutBack(moment);
            for (MetricWindow window : counting.windows) {
                window.follow();
                updateOrPutBack(window);
            }
        }
        fire();
        return Optional.of(now);
    }

    /** Forgets one moment counted, with its windows and what was concluded at them. */
    public void forget(Moment moment) {
        Counting counting = moments.remove(moment);
        if (counting != null) {
            counting.delete();
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
    private void forgetMoments() {
        moments.values().forEach(Counting::delete);
        moments.clear();
    }

    /** A moment in the session, with its windows, in the order of the definitions. */
    private final class Counting {
        private final Moment moment;
        private final List<MetricWindow> windows;

        Counting(Moment moment, int definitions) {
            this.moment = moment;
            this.windows = new ArrayList<>(definitions);
        }

        /** Whether the windows are those of these definitions, one each, in order. */
        boolean countsFor(List<MetricDefinition> definitions) {
            if (definitions.size() != windows.size()) {
                return false;
            }
            for (int i = 0; i < windows.size(); i++) {
                if (windows.get(i).getDefinition() != definitions.get(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The windows first, then the moment: the counts over them go with the windows. */
        void delete() {
            for (int i = windows.size() - 1; i >= 0; i--) {
                deleteIfHeld(windows.get(i));
            }
            deleteIfHeld(moment);
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
