package dev.accounthealth.internal.report;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.CountedFact;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.MessageFact;
import dev.accounthealth.internal.facts.OrderItemFact;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.facts.SellingMarketplace;
import dev.accounthealth.report.AccountHealthReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final Set<CountedFact> changed = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The facts the session holds, each marked {@link CountedFact#kept()}. */
    private List<CountedFact> inSession = new ArrayList<>();
    private int reports;
    private final Map<Marketplace, SellingMarketplace> marketplaces = new EnumMap<>(Marketplace.class);
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
        SellerHistory history = folder.history(asOf);
        try {
            if (session == null) {
                session = rules.openToKeep(history);
                forEachFact(history, fact -> {
                    fact.kept(true);
                    inSession.add(fact);
                });
                history.marketplaces().forEach(m -> marketplaces.put(m, null));
            } else {
                catchUp(history, asOf);
            }
            changed.clear();
            return evaluation.report(session, history);
        } catch (RuntimeException e) {
            // A session left half-way by a failing rule is not kept: the next report starts afresh.
            close();
            inSession.forEach(fact -> fact.kept(false));
            inSession = new ArrayList<>();
            marketplaces.clear();
            throw e;
        }
    }

    /** Tells the session what changed since the last report, and lets the rules judge it. */
    private void catchUp(SellerHistory history, Instant asOf) {
        session.forgetMoments();
        session.evaluateAt(asOf);
        int report = ++reports;
        List<CountedFact> now = new ArrayList<>(inSession.size() + changed.size());
        forEachFact(history, now::add);
        for (CountedFact fact : now) {
            fact.seenAt(report);
            // An item counts from its order's placement and in its order's marketplace: when the
            // order changed, so did what its items say.
            CountedFact order = fact instanceof OrderItemFact item ? item.getOrder()
                    : fact instanceof MessageFact message ? message.getOrder() : null;
            if (!fact.kept()) {
                session.insert(fact);
                fact.kept(true);
                inSession.add(fact);
            } else if (changed.contains(fact) || (order != null && changed.contains(order))) {
                session.changed(fact);
            }
        }
        // Every fact of the history is held by now: any more held are facts that left it.
        if (inSession.size() > now.size()) {
            List<CountedFact> stillIn = new ArrayList<>(now.size());
            for (CountedFact fact : inSession) {
                if (fact.seenBy(report)) {
                    stillIn.add(fact);
                } else {
                    session.delete(fact);
                    fact.kept(false);
                }
            }
            inSession = stillIn;
        }
        for (Marketplace marketplace : history.marketplaces()) {
            if (!marketplaces.containsKey(marketplace)) {
                SellingMarketplace fact = new SellingMarketplace(marketplace);
                session.insert(fact);
                marketplaces.put(marketplace, fact);
            }
        }
        for (Marketplace marketplace : List.copyOf(marketplaces.keySet())) {
            if (!history.marketplaces().contains(marketplace)) {
                SellingMarketplace fact = marketplaces.remove(marketplace);
                session.delete(fact == null ? sellingIn(marketplace) : fact);
            }
        }
        session.fire();
    }

    /** The marketplace fact the session was opened with. */
    private Object sellingIn(Marketplace marketplace) {
        return session.find(SellingMarketplace.class, m -> m.getMarketplace() == marketplace);
    }

    private static void forEachFact(SellerHistory history, java.util.function.Consumer<CountedFact> action) {
        history.orders().forEach(action);
        history.feedback().forEach(action);
        history.claims().forEach(action);
        history.chargebacks().forEach(action);
        history.returns().forEach(action);
        history.messages().forEach(action);
        history.violations().forEach(action);
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
