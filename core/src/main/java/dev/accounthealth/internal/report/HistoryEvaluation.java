package dev.accounthealth.internal.report;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.Moment;
import dev.accounthealth.report.HealthHistory;
import dev.accounthealth.report.HealthSnapshot;
import dev.accounthealth.report.MarketplaceSnapshot;
import dev.accounthealth.report.MetricSnapshot;
import dev.accounthealth.report.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The way from a folded history to its figures at a series of instants: the rules judge each item
 * once, as of the latest instant; the figures are counted and judged at every instant from that
 * one classification ({@link Moment.Kind#ASKED}); each instant is checked as a report's is
 * ({@link Assessment}) and keeps the marketplaces the seller had events in by then, as an
 * evaluation as of that instant would list them.
 *
 * @param rulesVersion the rule set's version, for the history
 */
public record HistoryEvaluation(String rulesVersion) {

    /**
     * The figures at each instant, from a folder holding no event after {@code asOf}.
     *
     * @param instants the instants of the history as folded as of {@code asOf} (its marketplaces
     *     may choose the zone): distinct, earliest first, the last at {@code asOf}
     * @param given facts every run of the rules sees beside the history
     */
    public HealthHistory evaluate(CompiledRules rules, HistoryFolder folder, Instant asOf,
                                  Function<SellerHistory, List<Instant>> instantsOf, List<?> given) {
        SellerHistory history = folder.history(asOf);
        List<Instant> instants = instantsOf.apply(history);
        Map<Marketplace, Instant> knownFrom = knownFrom(history);
        List<HealthSnapshot> snapshots = new ArrayList<>(instants.size());
        try (RuleSession session = rules.openForFigures(history, given)) {
            List<Moment> moments = new ArrayList<>(instants.size());
            for (Instant at : instants) {
                moments.add(Moment.asked(at, session.classification()));
            }
            session.countAt(moments);
            for (Assessment assessment : Assessment.each(history, session.outcome(), moments)) {
                snapshots.add(snapshot(assessment, knownFrom));
            }
        }
        return new HealthHistory(HealthHistory.SCHEMA_VERSION, asOf, rulesVersion, snapshots);
    }

    private static HealthSnapshot snapshot(Assessment assessment, Map<Marketplace, Instant> knownFrom) {
        Instant at = assessment.moment.getAt();
        Map<Marketplace, List<MetricSnapshot>> metrics = new EnumMap<>(Marketplace.class);
        for (Map.Entry<MetricKey, MetricVerdict> entry : assessment.verdicts.entrySet()) {
            metrics.computeIfAbsent(entry.getKey().marketplace(), m -> new ArrayList<>())
                    .add(metric(entry.getValue()));
        }
        List<MarketplaceSnapshot> marketplaces = new ArrayList<>();
        for (Map.Entry<Marketplace, MarketplaceStatus> entry : assessment.statuses.entrySet()) {
            Instant from = knownFrom.get(entry.getKey());
            if (from != null && !from.isAfter(at)) {
                marketplaces.add(new MarketplaceSnapshot(entry.getKey(), entry.getValue().getStatus(),
                        metrics.getOrDefault(entry.getKey(), List.of())));
            }
        }
        return new HealthSnapshot(at, assessment.account, marketplaces);
    }

    private static MetricSnapshot metric(MetricVerdict verdict) {
        MetricCount count = verdict.getCount();
        MetricDefinition definition = count.getDefinition();
        return new MetricSnapshot(definition.getMetric(), definition.getChannel(),
                new Window(definition.getDays(), definition.getLagDays(), count.getWindow().getFrom(),
                        count.getWindow().getTo()),
                count.getNumerator(), count.getDenominator(), ReportBuilder.rate(count), definition.getCondition(),
                definition.getTarget(), verdict.getStatus(), count.getEnforcement());
    }

    /**
     * From when the seller has events in each marketplace: the earliest order placed, notice
     * reported or message received there (a message about an order placed after it counts in the
     * marketplace it named until then), which is when an evaluation starts listing it.
     */
    private static Map<Marketplace, Instant> knownFrom(SellerHistory history) {
        Map<Marketplace, Instant> knownFrom = new EnumMap<>(Marketplace.class);
        history.orders().forEach(order -> known(knownFrom, order.getMarketplace(), order.getKnownFrom()));
        history.violations().forEach(notice -> known(knownFrom, notice.getMarketplace(), notice.getKnownFrom()));
        for (Counted message : history.messages()) {
            known(knownFrom, message.getMarketplace(), message.getMarketplaceFrom());
            if (message.getEarlierMarketplace() != null) {
                known(knownFrom, message.getEarlierMarketplace(), message.getKnownFrom());
            }
        }
        return knownFrom;
    }

    private static void known(Map<Marketplace, Instant> knownFrom, Marketplace marketplace, Instant at) {
        knownFrom.merge(marketplace, at, (a, b) -> a.isBefore(b) ? a : b);
    }
}
