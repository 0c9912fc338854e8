package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The report never contradicts itself: an order the late shipment rate counts late has its
 * shipment confirmation overdue, an overdue confirmation is counted late, and every obligation
 * listed is open under its own definition (and every open one is listed).
 */
class ReportConsistencyProperties {

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(120);
    }

    @Property(tries = 200)
    void lateInTheMetricMeansOverdueInTheDeadlinesAndBack(@ForAll("histories") History history) {
        AccountHealthReport report = Engine.evaluate(history);
        Map<String, Deadline> confirmations = report.deadlines().stream()
                .filter(d -> d.kind().equals("SHIPMENT_CONFIRMATION"))
                .collect(Collectors.toMap(Deadline::ref, Function.identity()));
        for (MarketplaceHealth mh : report.marketplaces()) {
            for (MetricResult lsr : mh.metrics()) {
                if (!lsr.metric().equals("LATE_SHIPMENT_RATE")) {
                    continue;
                }
                Set<String> late = new TreeSet<>(lsr.orderIds());
                for (String orderId : late) {
                    Deadline open = confirmations.get(orderId);
                    assertTrue(open == null || open.overdue(),
                            () -> orderId + " is late in " + lsr.window().days() + " d LSR, its confirmation is not"
                                    + " overdue: " + open);
                }
                for (Deadline d : confirmations.values()) {
                    boolean inWindow = d.due().isAfter(lsr.window().from()) && !d.due().isAfter(lsr.window().to());
                    if (d.marketplace() == mh.marketplace() && inWindow) {
                        assertEquals(d.overdue(), late.contains(d.ref()),
                                () -> d + " against " + lsr.window().days() + " d LSR late orders " + late);
                        Statistics.label("confirmation in the LSR window").collect(d.overdue() ? "overdue" : "due");
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void everyObligationListedIsOpenUnderItsOwnDefinition(@ForAll("histories") History history) {
        AccountHealthReport report = Engine.evaluate(history);
        Comparator<DeadlineOracle.Expected> order = Comparator.comparing(DeadlineOracle.Expected::kind)
                .thenComparing(DeadlineOracle.Expected::ref);
        List<DeadlineOracle.Expected> listed = report.deadlines().stream()
                .filter(d -> !d.kind().equals("PLAN_OF_ACTION"))
                .map(d -> new DeadlineOracle.Expected(d.kind(), d.ref(), d.marketplace(), d.due(), d.overdue()))
                .sorted(order).toList();
        List<DeadlineOracle.Expected> expected = DeadlineOracle.deadlines(history.events(), history.asOf());
        assertEquals(expected, listed);
        expected.forEach(e -> Statistics.label("obligations").collect(e.kind() + (e.overdue() ? " overdue" : "")));

        Set<String> atRisk = report.marketplaces().stream().filter(m -> m.status() != HealthStatus.HEALTHY)
                .map(m -> m.marketplace().name()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> plans = report.deadlines().stream().filter(d -> d.kind().equals("PLAN_OF_ACTION"))
                .map(Deadline::ref).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(atRisk, plans, "a plan of action is owed exactly where a marketplace is at risk");
    }
}
