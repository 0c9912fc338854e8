package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.HealthSession;
import dev.accounthealth.RuleSet;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The evaluator's front door: building, sharing across threads, feeding incrementally. */
class EvaluatorTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    @Test
    void settingTheRulesTwiceIsAnErrorThatNamesTheOption() {
        AccountHealthEvaluator.Builder builder = AccountHealthEvaluator.builder().rules(RuleSet.defaults());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.rules(RuleSet.defaults()));
        assertTrue(e.getMessage().startsWith("rules were already set"), e.getMessage());
    }

    @Test
    void anEmptyHistoryIsHealthyWithNoMarketplace() {
        AccountHealthReport report = Story.DEFAULT_EVALUATOR.evaluate(List.of(), AS_OF);
        assertEquals(HealthStatus.HEALTHY, report.status());
        assertTrue(report.marketplaces().isEmpty());
        assertEquals(AS_OF, report.asOf());
        assertEquals(1, report.schemaVersion());
        assertEquals(RuleSet.defaults().version(), report.rulesVersion());
    }

    @Test
    void everyRuleNameIsKnown() {
        assertTrue(Story.DEFAULT_EVALUATOR.ruleNames().contains("Late shipment rate targets"));
    }

    private static Story sellerWithLateOrders(int sellerNumber) {
        Story story = new Story();
        for (int i = 0; i < 20; i++) {
            Instant due = AS_OF.minus(hours(3 + i));
            story.add(Events.mfnDue(id(i), Marketplace.DE, due),
                    new OrderShipped(i < sellerNumber % 5 ? due.plus(hours(1)) : due, id(i)));
        }
        return story;
    }

    @Test
    void oneEvaluatorServesManyThreadsWithTheSameAnswersAsOneThread() throws Exception {
        List<Story> sellers = new ArrayList<>();
        List<AccountHealthReport> expected = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            Story story = sellerWithLateOrders(s);
            sellers.add(story);
            expected.add(story.evaluate(AS_OF));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AccountHealthReport>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Story story : sellers) {
                    futures.add(pool.submit(() -> Story.DEFAULT_EVALUATOR.evaluate(story.events(), AS_OF)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % sellers.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSessionFedEventByEventReportsAsEvaluateDoesAtEveryInstant() {
        Story story = sellerWithLateOrders(3);
        try (HealthSession session = Story.DEFAULT_EVALUATOR.openSession()) {
            for (SellerEvent event : story.events()) {
                session.accept(event);
            }
            session.accept(story.events().get(0));
            assertEquals(story.events().size() + 1, session.accepted());
            for (Instant asOf : List.of(AS_OF.minus(days(1)), AS_OF, AS_OF.plus(days(11)))) {
                assertEquals(story.evaluate(asOf), session.report(asOf));
            }
            assertEquals(3, Story.metric(session.report(AS_OF), Marketplace.DE, "LATE_SHIPMENT_RATE", Channel.MFN, 10)
                    .numerator());
        }
    }

    /**
     * A session of thousands of events with a report after every few: the counts catch up with a
     * few changes at a time, start afresh when many changed at once, and outlive their change log
     * (it restarts after a few thousand changes); each report equals a fresh evaluation.
     */
    @Test
    void aLongSessionReportsAsEvaluateDoesAfterEveryBatch() {
        List<SellerEvent> accepted = new ArrayList<>();
        try (HealthSession session = Story.DEFAULT_EVALUATOR.openSession()) {
            Instant start = AS_OF.minus(days(40));
            int batch = 0;
            for (int i = 0; i < 2400; i++) {
                Instant placed = start.plus(Duration.ofMinutes(23L * i));
                Instant due = placed.plus(hours(30));
                List<SellerEvent> events = new ArrayList<>();
                events.add(Events.mfnDue(id(i), i % 3 == 0 ? Marketplace.FR : Marketplace.DE, due));
                if (i % 7 != 0) {
                    events.add(new OrderShipped(i % 5 == 0 ? due.plus(hours(2)) : due.minus(hours(4)), id(i)));
                }
                // Every hundredth event arrives late: an old order shipped, changing a group's middle.
                if (i % 100 == 99) {
                    events.add(new OrderShipped(start.plus(Duration.ofMinutes(23L * (i - 90))).plus(hours(40)),
                            id(i - 90)));
                }
                for (SellerEvent event : events) {
                    session.accept(event);
                    accepted.add(event);
                }
                Instant latest = accepted.stream().map(SellerEvent::at).max(Instant::compareTo).orElseThrow();
                int every = ++batch < 20 ? 1 : batch < 400 ? 37 : 301;
                if (batch % every == 0) {
                    assertEquals(Story.DEFAULT_EVALUATOR.evaluate(accepted, latest), session.report(latest),
                            "after " + accepted.size() + " events");
                }
            }
            Instant end = AS_OF.plus(days(2));
            assertEquals(Story.DEFAULT_EVALUATOR.evaluate(accepted, end), session.report(end));
        }
    }

    @Test
    void aClosedSessionRefusesWork() {
        HealthSession session = Story.DEFAULT_EVALUATOR.openSession();
        session.close();
        assertThrows(IllegalStateException.class, () -> session.report(AS_OF));
        assertThrows(IllegalStateException.class, () -> session.accept(Events.afnPlaced("X", Marketplace.FR, AS_OF)));
    }

    @Test
    void aHistoryCanBeEvaluatedAsOfItsLatestEvent() {
        Story story = sellerWithLateOrders(2);
        Instant latest = story.events().stream().map(SellerEvent::at).max(Instant::compareTo).orElseThrow();
        AccountHealthReport report = Story.DEFAULT_EVALUATOR.evaluateAsOfLatestEvent(story.events());
        assertEquals(latest, report.asOf());
        assertEquals(story.evaluate(latest), report);
        assertEquals(report, Story.DEFAULT_EVALUATOR.evaluateAsOfLatestEvent(story.events().stream()));
        assertThrows(IllegalArgumentException.class, () -> Story.DEFAULT_EVALUATOR.evaluateAsOfLatestEvent(List.of()));
    }

    @Test
    void aStreamIsEvaluatedLikeAList() {
        Story story = sellerWithLateOrders(2);
        assertEquals(story.evaluate(AS_OF), Story.DEFAULT_EVALUATOR.evaluate(story.events().stream(), AS_OF));
    }
}
