package dev.accounthealth.internal.drools;

import dev.accounthealth.internal.measure.AccountStatus;
import dev.accounthealth.internal.measure.DeadlineLookahead;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.Obligation;
import dev.accounthealth.internal.measure.RootCauseSearch;
import dev.accounthealth.internal.measure.StatusFinding;
import dev.accounthealth.internal.measure.TrendAlert;
import dev.accounthealth.internal.measure.TrendWatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;

/**
 * Watches a rule session: which rule produced each conclusion (count, verdict, status,
 * obligation, trend) and the conclusions and tables themselves as they come and go, so they are
 * read without scanning every fact of the session; and, for a report, how often each rule fired
 * and which rules matched each conclusion, so it can say what decided each verdict.
 *
 * <p>It hears of firings as a {@link RuleEventListener}, which is handed each match as it is, rather
 * than as an agenda listener, for which the session would make an event object at every match
 * created, cancelled, about to fire and fired: one firing per item and class makes that a cost of
 * its own.
 */
final class FiringLog implements RuleEventListener, RuleRuntimeEventListener {
    /** What a log watches beside the conclusions. */
    enum Watch {
        /** The conclusions only: a history, whose snapshots say nothing of the rules that fired. */
        CONCLUSIONS,
        /** The firings too, for a report. */
        FIRINGS,
        /**
         * The firings net of those whose facts changed or left since, for a session kept between
         * reports.
         */
        NET_FIRINGS
    }

    /** What the report reads from a session, by type, in the order they were concluded. */
    private static final List<Class<?>> KEPT = List.of(MetricCount.class, MetricVerdict.class, StatusFinding.class,
            MarketplaceStatus.class, AccountStatus.class, Obligation.class, TrendAlert.class, TrendWatch.class,
            RootCauseSearch.class, MetricDefinition.class, DeadlineLookahead.class);

    /** The size of a fact's list of firings at which those taken back are cleared from it, at the least. */
    private static final int CLEAR_FROM = 8;

    private final Map<Rule, RuleFirings> firings = new IdentityHashMap<>();
    private final Map<Object, Set<String>> matchedBy = new IdentityHashMap<>();
    private final Map<Class<?>, Concluded> kept = new HashMap<>();
    /**
     * For a session kept between reports, the firings each fact took part in: when the fact
     * changes or leaves, those firings no longer count, so the counts are those of the matches
     * that stand, as a session started afresh would count them. {@code null} otherwise.
     */
    private final Map<Object, Fired> firedOn;
    private final Watch watch;

    FiringLog(Watch watch) {
        for (Class<?> type : KEPT) {
            kept.put(type, new Concluded());
        }
        this.watch = watch;
        firedOn = watch == Watch.NET_FIRINGS ? new IdentityHashMap<>() : null;
    }

    /**
     * Starts hearing of a session's facts and, unless it watches the conclusions only, of its
     * firings. Drools takes a rule event listener only through an internal interface of its
     * sessions.
     */
    void listenTo(KieSession session) {
        if (watchesFirings()) {
            ((RuleEventManager) session).addEventListener(this);
        }
        session.addEventListener((RuleRuntimeEventListener) this);
    }

    /** Whether the log is to hear of each firing. */
    boolean watchesFirings() {
        return watch != Watch.CONCLUSIONS;
    }

    @Override
    public void onAfterMatchFire(Match match) {
        Rule rule = match.getRule();
        RuleFirings fired = firings.get(rule);
        if (fired == null) {
            fired = new RuleFirings();
            firings.put(rule, fired);
        }
        fired.count++;
        // Most firings (every item's classification) match no conclusion and no fact whose
        // firings are taken back: their objects are not even listed.
        if (firedOn == null && fired.matchesConclusions == Boolean.FALSE) {
            return;
        }
        List<Object> objects = match.getObjects();
        if (firedOn != null) {
            // One firing, shared by its facts: the first of them to change takes it back.
            Firing firing = new Firing(fired);
            for (Object object : objects) {
                Fired on = firedOn.get(object);
                if (on == null) {
                    on = new Fired();
                    firedOn.put(object, on);
                }
                on.add(firing);
            }
        }
        if (fired.matchesConclusions == Boolean.FALSE) {
            return;
        }
        boolean found = false;
        for (Object object : objects) {
            if (isConclusion(object)) {
                matchedBy.computeIfAbsent(object, o -> new TreeSet<>()).add(rule.getName());
                found = true;
            }
        }
        if (fired.matchesConclusions == null) {
            fired.matchesConclusions = found;
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object object = event.getObject();
        Concluded set = kept.get(object.getClass());
        if (set == null) {
            return;
        }
        set.add(object, event.getRule() != null && isConclusion(object) ? event.getRule().getName() : null);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        takeBack(event.getObject());
    }

    /** The firings a fact took part in no longer count: it changed or left. */
    private void takeBack(Object object) {
        if (firedOn == null || object == null) {
            return;
        }
        Fired fired = firedOn.remove(object);
        if (fired != null) {
            fired.takeBack();
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object object = event.getOldObject();
        takeBack(object);
        Concluded set = object == null ? null : kept.get(object.getClass());
        if (set != null) {
            set.remove(object);
            matchedBy.remove(object);
        }
    }

    private static boolean isConclusion(Object object) {
        return object instanceof MetricCount || object instanceof MetricVerdict || object instanceof StatusFinding
                || object instanceof MarketplaceStatus || object instanceof AccountStatus
                || object instanceof Obligation || object instanceof TrendAlert;
    }

    /** The conclusions or tables of one type in the session now. */
    <T> List<T> kept(Class<T> type) {
        return kept.get(type).list(type);
    }

    SortedMap<String, Integer> firings() {
        requireFirings();
        SortedMap<String, Integer> byName = new TreeMap<>();
        firings.forEach((rule, fired) -> {
            if (fired.count > 0) {
                byName.merge(rule.getName(), fired.count, Integer::sum);
            }
        });
        return byName;
    }

    /** How many firings the log holds on to through the facts they matched, taken back or not. */
    int firingsHeld() {
        int held = 0;
        if (firedOn != null) {
            for (Fired fired : firedOn.values()) {
                held += fired.size;
            }
        }
        return held;
    }

    /** The rule that inserted a conclusion, or "?" when Java did. */
    String producerOf(Object conclusion) {
        Concluded set = kept.get(conclusion.getClass());
        String producer = set == null ? null : set.producerOf(conclusion);
        return producer == null ? "?" : producer;
    }

    Set<String> matchersOf(Object conclusion) {
        requireFirings();
        return matchedBy.getOrDefault(conclusion, Set.of());
    }

    private void requireFirings() {
        if (!watchesFirings()) {
            throw new IllegalStateException("this session was opened without watching its rules fire");
        }
    }

    /**
     * The firings one fact took part in. A fact that stays (a definition, a marketplace) meets new
     * firings at every report, and those taken back through its partners would pile up here for
     * good: they are cleared once the list has doubled since the last clearing, so a fact with
     * thousands of standing firings is not swept at every new one.
     */
    private static final class Fired {
        private Firing[] firings = new Firing[2];
        private int size;
        private int clearAt = CLEAR_FROM;

        void add(Firing firing) {
            if (size == clearAt) {
                int standing = 0;
                for (int i = 0; i < size; i++) {
                    if (firings[i].standing) {
                        firings[standing++] = firings[i];
                    }
                }
                Arrays.fill(firings, standing, size, null);
                size = standing;
                clearAt = Math.max(CLEAR_FROM, 2 * standing);
            }
            if (size == firings.length) {
                firings = Arrays.copyOf(firings, 2 * size);
            }
            firings[size++] = firing;
        }

        void takeBack() {
            for (int i = 0; i < size; i++) {
                firings[i].takeBack();
            }
        }
    }

    /**
     * How often one rule fired, net of the firings taken back, and whether its matches can hold a
     * conclusion: found out at its first firing, as a rule's patterns are the same at every one.
     */
    private static final class RuleFirings {
        private int count;
        private Boolean matchesConclusions;
    }

    /** One firing of a rule while it stands. */
    private static final class Firing {
        private final RuleFirings rule;
        private boolean standing = true;

        Firing(RuleFirings rule) {
            this.rule = rule;
        }

        void takeBack() {
            if (standing) {
                standing = false;
                rule.count--;
            }
        }
    }

    /**
     * The conclusions of one type in the session, in the order they were concluded, by identity:
     * two equal counts are still two conclusions. One taken out leaves a gap, closed once gaps are
     * half the slots, so a session kept between reports does not grow with every report. Beside
     * each, the rule that inserted it, if it is a conclusion a rule inserted.
     */
    private static final class Concluded {
        private final Map<Object, Integer> slotOf = new IdentityHashMap<>();
        private Object[] slots = new Object[16];
        private String[] producers = new String[16];
        private int end;

        void add(Object conclusion, String producer) {
            // Room first: closing the gaps moves every slot, so a new one is numbered after it.
            if (end == slots.length) {
                if (slotOf.size() * 2 <= end) {
                    closeGaps();
                } else {
                    slots = Arrays.copyOf(slots, end * 2);
                    producers = Arrays.copyOf(producers, end * 2);
                }
            }
            if (slotOf.putIfAbsent(conclusion, end) != null) {
                return;
            }
            slots[end] = conclusion;
            producers[end] = producer;
            end++;
        }

        /** The rule that inserted a conclusion held here, or {@code null}. */
        String producerOf(Object conclusion) {
            Integer slot = slotOf.get(conclusion);
            return slot == null ? null : producers[slot];
        }

        void remove(Object conclusion) {
            Integer slot = slotOf.remove(conclusion);
            if (slot != null) {
                slots[slot] = null;
                producers[slot] = null;
            }
        }

        private void closeGaps() {
            int kept = 0;
            for (int i = 0; i < end; i++) {
                Object conclusion = slots[i];
                if (conclusion != null) {
                    slots[kept] = conclusion;
                    producers[kept] = producers[i];
                    slotOf.put(conclusion, kept);
                    kept++;
                }
            }
            Arrays.fill(slots, kept, end, null);
            Arrays.fill(producers, kept, end, null);
            end = kept;
        }

        <T> List<T> list(Class<T> type) {
            List<T> list = new ArrayList<>(slotOf.size());
            for (int i = 0; i < end; i++) {
                Object conclusion = slots[i];
                if (conclusion != null) {
                    list.add(type.cast(conclusion));
                }
            }
            return list;
        }
    }
}
