package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthHistory;
import dev.accounthealth.report.HealthSnapshot;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MarketplaceSnapshot;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A history of the account at many instants, judged once, says at each instant exactly what a
 * fresh evaluation as of that instant says: the account's status, the marketplaces listed and
 * their statuses, and every metric's window, figures, rate, target, verdict and enforcement.
 * Checked on generated histories at daily instants over the last 70 days, at instants of the
 * history's own events and a nanosecond either side (where items enter classes and windows), and
 * after {@code asOf}.
 */
class HealthHistoryProperties {
    private static final Duration NS = Duration.ofNanos(1);

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(30);
    }

    @Property(tries = 30)
    void eachSnapshotIsWhatAFreshEvaluationAsOfItsInstantReports(@ForAll("histories") History history,
                                                                  @ForAll long seed) {
        List<Instant> instants = instants(history, new Random(seed));
        HealthHistory past = Engine.EVALUATOR.history(history.events(), instants);

        assertEquals(new TreeSet<>(instants).last(), past.asOf());
        assertEquals(new ArrayList<>(new TreeSet<>(instants)), past.snapshots().stream().map(HealthSnapshot::at).toList());
        for (HealthSnapshot snapshot : past.snapshots()) {
            AccountHealthReport fresh = Engine.EVALUATOR.evaluate(history.events(), snapshot.at());
            assertEquals(expected(fresh), snapshot, "at " + snapshot.at() + " (asOf " + history.asOf() + ")");
        }
    }

    /** The snapshot a report's figures make: an independent reading of the report, field by field. */
    private static HealthSnapshot expected(AccountHealthReport report) {
        List<MarketplaceSnapshot> marketplaces = new ArrayList<>();
        for (MarketplaceHealth m : report.marketplaces()) {
            List<MetricSnapshot> metrics = new ArrayList<>();
            for (MetricResult r : m.metrics()) {
                metrics.add(new MetricSnapshot(r.metric(), r.channel(), r.window(), r.numerator(), r.denominator(),
                        r.rate(), r.targetCondition(), r.targetValue(), r.status(), r.enforcement()));
            }
            marketplaces.add(new MarketplaceSnapshot(m.marketplace(), m.status(), metrics));
        }
        return new HealthSnapshot(report.asOf(), report.status(), marketplaces);
    }

    /**
     * Every 7th day back from {@code asOf} over 70 days, a nanosecond off some of them; four of
     * the history's events, each at its instant and a nanosecond either side; two instants after
     * {@code asOf}.
     */
    private static List<Instant> instants(History history, Random random) {
        Instant asOf = history.asOf();
        List<Instant> instants = new ArrayList<>();
        for (int day = 0; day <= 70; day += 7) {
            Instant at = asOf.minus(Duration.ofDays(day));
            instants.add(random.nextBoolean() ? at : at.minus(NS));
        }
        List<SellerEvent> events = history.events();
        for (int i = 0; i < 4 && !events.isEmpty(); i++) {
            Instant at = events.get(random.nextInt(events.size())).at();
            instants.add(at.minus(NS));
            instants.add(at);
            instants.add(at.plus(NS));
        }
        if (random.nextBoolean()) {
            instants.add(asOf.plus(Duration.ofHours(1 + random.nextInt(48))));
        }
        return instants;
    }
}
