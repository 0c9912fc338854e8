package dev.accounthealth.internal.report;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.forecast.KeptIndex;
import dev.accounthealth.internal.facts.CountedFact;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.LiveHistory;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.facts.SellingMarketplace;
import dev.accounthealth.internal.plan.PlanMemory;
import dev.accounthealth.report.AccountHealthReport;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * One seller's history kept folded and judged between reports: an event updates the one fact it
 * is about, and a report tells the rule session only what changed since the last one (facts new,
 * changed or gone, marketplaces, the instant), so the rules judge again only those facts. The
 * report is then counted and built as an evaluation's is.
 *
 * <p>A report must be as of an instant no earlier than the latest event taken in; the caller
 * evaluates anew otherwise. Not safe for use by several threads at once.
 */
public final class LiveEvaluation implements AutoCloseable {
    private final CompiledRules rules;
    private final HealthEvaluation evaluation;
    private final HistoryFolder folder = new HistoryFolder();
    /** The facts whose events changed since the last report, in the order they first changed. */
    private final Set<CountedFact> changed = new LinkedHashSet<>();
    private final Map<Marketplace, SellingMarketplace> marketplaces = new EnumMap<>(Marketplace.class);
    private final PlanMemory plans = PlanMemory.forSession();
    /** The facts of the history by id, for the forecast; {@code null} with the session. */
    private KeptIndex index;
    /** The history the session holds the facts of; {@code null} with the session. */
    private LiveHistory history;
    private RuleSession session;

    public LiveEvaluation(CompiledRules rules, HealthEvaluation evaluation) {
        this.rules = rules;
        this.evaluation = evaluation;
    }

    /** Takes an event in; the session hears of it at the next report. */
    public void accept(SellerEvent event) {
        CountedFact fact = folder.add(event);
        if (fact != null) {
            changed.add(fact);
        }
    }

    /** The instant of the latest event taken in, if any. */
    public Optional<Instant> latestEvent() {
        return folder.latestEvent();
    }

    /**
     * The report as of an instant no earlier than the latest event taken in.
     *
     * @throws IllegalArgumentException when an event taken in is after {@code asOf}
     */
    public AccountHealthReport report(Instant asOf) {
        folder.checkAsOf(asOf);
        try {
            SellerHistory now;
            if (session == null) {
                history = new LiveHistory(folder);
                LiveHistory.Update first = history.refresh(asOf);
                now = first.history();
                index = new KeptIndex();
                index.update(first.entered(), first.left(), first.changed());
                session = rules.openToKeep(now);
                session.classification().keepCounts();
                now.marketplaces().forEach(m -> marketplaces.put(m, null));
            } else {
                LiveHistory.Update update = history.refresh(asOf, changed);
                now = update.history();
                index.update(update.entered(), update.left(), update.changed());
                catchUp(update, asOf);
            }
            changed.clear();
            return evaluation.report(session, now, true, plans, index);
        } catch (RuntimeException e) {
            // A session left half-way by a failing rule is not kept: the next report starts afresh.
            close();
            throw e;
        }
    }

    /** Tells the session what changed since the last report, and lets the rules judge it. */
    private void catchUp(LiveHistory.Update update, Instant asOf) {
        session.evaluateAt(asOf);
        update.left().forEach(session::delete);
        update.entered().forEach(session::insert);
        // An item counts from its order's placement and in its order's marketplace: when the order
        // changed, so did what its items say; the history counts them changed.
        update.changed().forEach(session::changed);
        SortedSet<Marketplace> present = update.history().marketplaces();
        for (Marketplace marketplace : present) {
            if (!marketplaces.containsKey(marketplace)) {
                SellingMarketplace fact = new SellingMarketplace(marketplace);
                session.insert(fact);
                marketplaces.put(marketplace, fact);
            }
        }
        for (Marketplace marketplace : List.copyOf(marketplaces.keySet())) {
            if (!present.contains(marketplace)) {
                SellingMarketplace fact = marketplaces.remove(marketplace);
                Object held = fact == null ? sellingIn(marketplace) : fact;
                if (held != null) {
                    session.delete(held);
                }
            }
        }
        session.fire();
    }

    /** The marketplace fact the session was opened with; {@code null} when no rule matches it, so the session let go of it. */
    private Object sellingIn(Marketplace marketplace) {
        return session.find(SellingMarketplace.class, m -> m.getMarketplace() == marketplace);
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
        history = null;
        index = null;
        marketplaces.clear();
    }
}
