package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.RuleSet;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.drools.RuleOutcome;
import dev.accounthealth.internal.drools.RuleSession;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.forecast.DueBatch;
import dev.accounthealth.internal.forecast.Forecast;
import dev.accounthealth.internal.forecast.HistoryIndex;
import dev.accounthealth.internal.measure.MarketplaceStatus;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.internal.measure.Moment;
import dev.accounthealth.internal.measure.Obligation;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.EarlyWarning;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine classifies a history once and counts every instant from that: the figures at any
 * instant must be those of a fresh evaluation as of that instant, from the events that had
 * happened by then (before {@code asOf}) or from the events up to {@code asOf} (after it: "if
 * nothing new happens"). Checked on generated histories at instants before {@code asOf} (window
 * and deadline edges, event instants to the nanosecond), at {@code asOf}, and after it; for the
 * forecast's roll-off path, judged once and walked back, against the path judged at each instant
 * alone; and, through the public report, for its early warnings.
 *
 * <p>What it guards against is a classification that reads the history as it stands at
 * {@code asOf} rather than saying from when until when: "due to ship if not cancelled" instead of
 * "due to ship until cancelled" agrees with the spec oracle at {@code asOf}, and fails here at the
 * instants before the cancellation. A rule that is wrong at every instant alike is the oracle's to
 * catch.
 */
class OneRunProperties {
    private static final CompiledRules RULES = CompiledRules.compile(RuleSet.defaults());
    private static final Duration NS = Duration.ofNanos(1);
    private static final Duration D = Duration.ofDays(1);
    /** The default rules' look-ahead for the deadline risk (forecast.drl). */
    private static final Duration LOOKAHEAD = Duration.ofHours(48);

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(30);
    }

    /** One metric of one marketplace: what a fresh evaluation and the one run must agree on. */
    private record Key(Marketplace marketplace, String metric, Channel channel, int days) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }
    }

    private record Figures(long numerator, long denominator, MetricStatus status, Enforcement enforcement) {
    }

    @Property(tries = 40)
    void theFiguresAtAnyInstantAreThoseOfAFreshEvaluationAsOfIt(@ForAll("histories") History history,
                                                               @ForAll long seed) {
        List<Instant> instants = instants(history, new Random(seed));
        Map<Instant, Map<Key, Figures>> oneRun = new TreeMap<>();
        Map<Instant, Map<Marketplace, HealthStatus>> oneRunStatuses = new TreeMap<>();
        countOnce(history, instants, oneRun, oneRunStatuses);
        List<SellerEvent> known = history.events().stream().filter(e -> !e.at().isAfter(history.asOf())).toList();
        for (Instant t : instants) {
            AccountHealthReport fresh = Engine.EVALUATOR.evaluate(t.isAfter(history.asOf()) ? known : history.events(), t);
            Map<Key, Figures> expected = new TreeMap<>();
            Map<Marketplace, HealthStatus> expectedStatuses = new TreeMap<>();
            for (MarketplaceHealth m : fresh.marketplaces()) {
                expectedStatuses.put(m.marketplace(), m.status());
                for (MetricResult r : m.metrics()) {
                    expected.put(new Key(m.marketplace(), r.metric(), r.channel(), r.window().days()),
                            new Figures(r.numerator(), r.denominator(), r.status(), r.enforcement()));
                }
            }
            Map<Key, Figures> counted = oneRun.get(t);
            String at = "at " + t + " (asOf " + history.asOf() + ")";
            for (Map.Entry<Key, Figures> e : counted.entrySet()) {
                if (expected.containsKey(e.getKey())) {
                    assertEquals(expected.get(e.getKey()), e.getValue(), at + " " + e.getKey());
                } else {
                    // A marketplace the stream did not know yet at t: nothing of it counts then.
                    assertTrue(!expectedStatuses.containsKey(e.getKey().marketplace()), at + " " + e.getKey()
                            + " counted once but not by the fresh evaluation");
                    assertEquals(List.of(0L, 0L), List.of(e.getValue().numerator(), e.getValue().denominator()),
                            at + " " + e.getKey() + " counts items of a marketplace not yet known");
                }
            }
            assertTrue(counted.keySet().containsAll(expected.keySet()), at + ": metrics "
                    + expected.keySet() + " counted once as " + counted.keySet());
            expectedStatuses.forEach((m, s) -> assertEquals(s, oneRunStatuses.get(t).get(m), at + " status of " + m));
        }
    }

    /**
     * The roll-off path of the forecast is judged once, as of its latest instant, and walked back:
     * at each instant its figures and statuses are those of the path judged afresh as of that
     * instant alone.
     */
    @Property(tries = 30)
    void theRollOffPathWalkedBackIsThePathJudgedAtEachInstant(@ForAll("histories") History history) {
        HistoryFolder folder = new HistoryFolder(history.asOf());
        history.events().forEach(folder::add);
        SellerHistory now = folder.history(history.asOf());
        List<Obligation> obligations;
        try (RuleSession session = RULES.open(now)) {
            obligations = session.outcome().obligations();
        }
        List<Instant> instants = new ArrayList<>();
        for (Duration ahead : List.of(NS, Duration.ofHours(1), D, D.multipliedBy(3), D.multipliedBy(10),
                D.multipliedBy(31))) {
            instants.add(history.asOf().plus(ahead));
        }
        for (Obligation o : obligations) {
            if (o.getDue().isAfter(history.asOf()) && instants.size() < 10) {
                instants.add(o.getDue());
                instants.add(o.getDue().plus(NS));
            }
        }
        Map<Instant, Forecast.Run> walked = rollOffPath(now, obligations, instants);
        for (Instant t : instants) {
            Forecast.Run fresh = rollOffPath(now, obligations, List.of(t)).get(t);
            assertEquals(figuresOf(fresh), figuresOf(walked.get(t)), "roll-off path at " + t + " (asOf "
                    + history.asOf() + ")");
        }
    }

    /** The roll-off path at some instants, followed in a session of its own over the history. */
    private static Map<Instant, Forecast.Run> rollOffPath(SellerHistory now, List<Obligation> obligations,
                                                          List<Instant> instants) {
        try (RuleSession session = RULES.open(now); Forecast forecast = new Forecast(session, now, obligations, HistoryIndex.of(now))) {
            return forecast.rollOffPath(instants);
        }
    }

    /**
     * A missed batch is followed from where the roll-off path left the session, the roll-off path
     * having been followed further than the batch's instant (as of an instant shortly before an
     * order's expected ship date, so that deadlines fall due within the look-ahead): its figures and statuses are those of
     * the same batch missed alone, in a session of its own, from the events assumed up to its
     * instant only.
     */
    @Property(tries = 40)
    void aMissedBatchFollowedFromTheRollOffPathIsThatBatchMissedAlone(@ForAll("histories") History history,
                                                                      @ForAll long seed) {
        Instant asOf = Histories.shortlyBeforeAShipByDate(history, new Random(seed));
        HistoryFolder folder = new HistoryFolder(asOf);
        history.events().forEach(folder::add);
        SellerHistory now = folder.history(asOf);
        List<Obligation> obligations;
        try (RuleSession session = RULES.open(now)) {
            obligations = session.outcome().obligations();
        }
        Map<DueBatch, Map<String, Object>> followed = new LinkedHashMap<>();
        try (RuleSession session = RULES.open(now); Forecast forecast = new Forecast(session, now, obligations, HistoryIndex.of(now))) {
            List<DueBatch> batches = forecast.dueWithin(LOOKAHEAD);
            List<Instant> instants = new ArrayList<>(List.of(asOf.plus(D.multipliedBy(31))));
            batches.forEach(batch -> instants.add(batch.missedAt()));
            forecast.rollOffPath(instants);
            for (DueBatch batch : batches) {
                followed.put(batch, figuresOf(forecast.missing(batch)));
            }
        }
        Statistics.label("batches of deadlines due soon").collect(followed.isEmpty() ? "none" : "some");
        followed.forEach((batch, figures) -> {
            try (RuleSession session = RULES.open(now); Forecast forecast = new Forecast(session, now, obligations, HistoryIndex.of(now))) {
                assertEquals(figuresOf(forecast.missing(batch)), figures, batch + " missed (asOf " + asOf + ")");
            }
        });
    }

    /** Every metric's figures and verdict, and every marketplace's status, of a run at its moment. */
    private static Map<String, Object> figuresOf(Forecast.Run run) {
        Map<String, Object> figures = new TreeMap<>();
        for (MetricVerdict v : run.outcome().verdicts()) {
            if (v.getMoment() == run.moment()) {
                var c = v.getCount();
                figures.put(new Key(c.getMarketplace(), c.getMetric(), c.getDefinition().getChannel(),
                        c.getDefinition().getDays()).toString(), new Figures(c.getNumerator(), c.getDenominator(),
                        v.getStatus(), c.getEnforcement()));
            }
        }
        for (MarketplaceStatus s : run.outcome().marketplaceStatuses()) {
            if (s.getMoment() == run.moment()) {
                figures.put(s.getMarketplace().name(), s.getStatus());
            }
        }
        return figures;
    }

    /** The report's early warnings are exactly the rises between fresh evaluations at asOf and a week before. */
    @Property(tries = 40)
    void theEarlyWarningsAreTheRisesBetweenFreshEvaluations(@ForAll("histories") History history) {
        AccountHealthReport report = Engine.evaluate(history);
        AccountHealthReport weekAgo = Engine.EVALUATOR.evaluate(history.events(), history.asOf().minus(D.multipliedBy(7)));
        Set<String> expected = new LinkedHashSet<>();
        for (MarketplaceHealth m : report.marketplaces()) {
            for (MetricResult now : m.metrics()) {
                boolean watched = now.metric().equals("LATE_SHIPMENT_RATE") || now.metric().equals("ORDER_DEFECT_RATE");
                MetricResult then = weekAgo.marketplace(m.marketplace())
                        .flatMap(h -> h.metric(now.metric(), now.channel(), now.window().days())).orElse(null);
                if (watched && now.targetCondition() == TargetCondition.LESS_THAN && then != null
                        && now.denominator() > 0 && then.denominator() > 0
                        && rose(now.numerator(), now.denominator(), then.numerator(), then.denominator())) {
                    expected.add(m.marketplace() + " " + now.metric() + " " + now.channel() + " " + now.window().days());
                }
            }
        }
        Set<String> actual = new LinkedHashSet<>();
        for (EarlyWarning w : report.earlyWarnings()) {
            actual.add(w.marketplace() + " " + w.metric() + " " + w.channel() + " " + w.windowDays());
        }
        assertEquals(expected, actual, "early warnings");
    }

    /** n / d − pn / pd &gt; 0.002, exactly (the default trend margin). */
    private static boolean rose(long n, long d, long pn, long pd) {
        BigDecimal rise = BigDecimal.valueOf(n * pd - pn * d);
        return rise.compareTo(new BigDecimal("0.002").multiply(BigDecimal.valueOf(d * pd))) > 0;
    }

    /** One classification of the history as of asOf, counted at every instant. */
    private static void countOnce(History history, List<Instant> instants, Map<Instant, Map<Key, Figures>> figures,
                                  Map<Instant, Map<Marketplace, HealthStatus>> statuses) {
        HistoryFolder folder = new HistoryFolder(history.asOf());
        history.events().forEach(folder::add);
        try (RuleSession session = RULES.open(folder.history(history.asOf()))) {
            List<Moment> moments = new ArrayList<>();
            for (Instant t : instants) {
                moments.add(t.equals(history.asOf()) ? Moment.now(t, session.classification())
                        : Moment.asked(t, session.classification()));
            }
            session.countAt(moments);
            RuleOutcome outcome = session.outcome();
            for (Moment moment : moments) {
                figures.put(moment.getAt(), new TreeMap<>());
                statuses.put(moment.getAt(), new TreeMap<>());
            }
            for (MetricVerdict v : outcome.verdicts()) {
                var c = v.getCount();
                figures.get(v.getMoment().getAt()).put(new Key(c.getMarketplace(), c.getMetric(),
                                c.getDefinition().getChannel(), c.getDefinition().getDays()),
                        new Figures(c.getNumerator(), c.getDenominator(), v.getStatus(), c.getEnforcement()));
            }
            for (MarketplaceStatus s : outcome.marketplaceStatuses()) {
                statuses.get(s.getMoment().getAt()).put(s.getMarketplace(), s.getStatus());
            }
        }
    }

    /**
     * asOf; instants before it at window and deadline distances, to the nanosecond; instants at
     * events of the history and a nanosecond either side; instants after it, at the instants the
     * history's pending items fall due.
     */
    private static List<Instant> instants(History history, Random random) {
        Instant asOf = history.asOf();
        Set<Instant> instants = new LinkedHashSet<>();
        instants.add(asOf);
        for (long days : new long[] {1, 7, 10, 14, 30, 60}) {
            Duration back = D.multipliedBy(days);
            instants.add(asOf.minus(back));
            instants.add(asOf.minus(back).minus(NS));
            instants.add(asOf.plus(back));
        }
        instants.add(asOf.minus(NS));
        instants.add(asOf.plus(NS));
        List<SellerEvent> events = history.events();
        for (int i = 0; i < 4 && !events.isEmpty(); i++) {
            SellerEvent e = events.get(random.nextInt(events.size()));
            instants.add(e.at());
            instants.add(e.at().minus(NS));
            instants.add(e.at().plus(NS));
            Instant due = e.at().plus(D);
            if (e instanceof OrderPlaced p) {
                due = p.latestShipAt().orElse(p.at());
            } else if (e instanceof BuyerMessageReceived) {
                due = e.at().plus(Duration.ofHours(24));
            } else if (e instanceof ReturnRequested) {
                due = e.at().plus(Duration.ofHours(48));
            }
            instants.add(due);
            instants.add(due.plus(NS));
        }
        return new ArrayList<>(instants);
    }
}
