package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.HealthSession;
import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

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

    /**
     * Whole reports asked of one session one after another, as of an instant shortly before an
     * order's expected ship date and of instants after it, while deadlines fall due within the
     * look-ahead (each report following the
     * forecast's paths in the session, and one asked twice at the same instant), with the seller
     * meeting one of the open deadlines between two of them, each the report {@code evaluate}
     * gives: a report leaves the session as it found it.
     */
    @Property(tries = 40)
    void aSessionsReportsWithTheForecastBetweenThemAreEvaluations(@ForAll("histories") History history,
                                                                   @ForAll long seed) {
        Random random = new Random(seed);
        Instant asOf = Histories.shortlyBeforeAShipByDate(history, random);
        List<SellerEvent> accepted = history.events().stream().filter(e -> !e.at().isAfter(asOf)).toList();
        List<Instant> instants = new ArrayList<>(List.of(asOf, asOf));
        for (int hours : List.of(1, 12, 24, 47)) {
            instants.add(asOf.plus(Duration.ofHours(hours)).plusSeconds(random.nextInt(3600)));
        }
        boolean risk = false;
        List<SellerEvent> events = new ArrayList<>(accepted);
        try (HealthSession session = Engine.EVALUATOR.openSession()) {
            session.acceptAll(events);
            for (int i = 0; i < instants.size(); i++) {
                Instant at = instants.get(i);
                AccountHealthReport expected = Engine.EVALUATOR.evaluate(events, at);
                assertEquals(expected, session.report(at), "as of " + at + " after " + instants);
                risk |= !expected.deadlineRisk().isEmpty();
                // Between two reports, the seller meets one of the deadlines the forecast's paths just met or missed.
                if (i > 0 && i + 1 < instants.size() && !expected.deadlines().isEmpty()) {
                    Deadline deadline = expected.deadlines().get(random.nextInt(expected.deadlines().size()));
                    meeting(deadline, instants.get(i + 1)).ifPresent(event -> {
                        events.add(event);
                        session.accept(event);
                    });
                }
            }
        }
        Statistics.label("deadline risk in a report").collect(risk);
    }

    /** The seller's event that meets a deadline at an instant, for the kinds a metric counts. */
    private static Optional<SellerEvent> meeting(Deadline deadline, Instant at) {
        return switch (deadline.kind()) {
            case "SHIPMENT_CONFIRMATION" -> Optional.of(new OrderShipped(at, deadline.ref(), "DHL", "T-" + deadline.ref()));
            case "BUYER_MESSAGE_RESPONSE" -> Optional.of(new BuyerMessageAnswered(at, deadline.ref()));
            case "RETURN_RESPONSE" -> Optional.of(new ReturnAnswered(at, deadline.ref(), ReturnDecision.AUTHORIZED));
            case "INVOICE_UPLOAD" -> Optional.of(new InvoiceUploaded(at, deadline.ref()));
            default -> Optional.empty();
        };
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
