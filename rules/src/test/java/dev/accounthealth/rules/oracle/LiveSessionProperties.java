package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.HealthSession;
import dev.accounthealth.event.SellerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A session keeps its facts and rules between reports and tells the rules only what changed; its
 * report must still be, in every field, the report {@code evaluate} gives over the events
 * accepted so far: after any sequence of accepts, in any order, repeats and contradicting events
 * included, with reports asked for in between at instants at or after the latest event (the
 * session's own path) and before it (a new evaluation of the events kept).
 */
class LiveSessionProperties {

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(new Histories.Options(30, true));
    }

    @Property(tries = 40)
    void aSessionsReportIsTheEvaluationOfTheEventsAcceptedSoFar(@ForAll("histories") History history,
                                                                  @ForAll long seed) {
        Random random = new Random(seed);
        List<SellerEvent> events = new ArrayList<>(history.events());
        Collections.shuffle(events, random);
        List<SellerEvent> accepted = new ArrayList<>();
        Instant latest = null;
        try (HealthSession session = Engine.EVALUATOR.openSession()) {
            for (SellerEvent event : events) {
                session.accept(event);
                accepted.add(event);
                latest = latest == null || event.at().isAfter(latest) ? event.at() : latest;
                if (random.nextInt(6) == 0) {
                    Instant at = instant(random, latest, history.asOf());
                    assertEquals(Engine.EVALUATOR.evaluate(accepted, at), session.report(at),
                            "after " + accepted.size() + " of " + events.size() + " events, as of " + at);
                }
            }
            Instant end = latest == null || history.asOf().isAfter(latest) ? history.asOf() : latest;
            assertEquals(Engine.EVALUATOR.evaluate(accepted, end), session.report(end), "after every event");
            assertEquals(Engine.EVALUATOR.evaluate(accepted, end.plus(Duration.ofDays(3))),
                    session.report(end.plus(Duration.ofDays(3))), "three days later");
        }
    }

    /** Mostly at or after the latest event; now and then before it. */
    private static Instant instant(Random random, Instant latest, Instant asOf) {
        return switch (random.nextInt(5)) {
            case 0 -> latest;
            case 1 -> latest.plus(Duration.ofHours(1 + random.nextInt(72)));
            case 2 -> latest.plusNanos(1);
            case 3 -> asOf.isAfter(latest) ? asOf : latest;
            default -> latest.minus(Duration.ofHours(random.nextInt(48)));
        };
    }
}
