package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.PlanOfAction;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The forecast follows its paths in the evaluation's own rule session, where assumed shipments,
 * answers and uploads stand in for the facts they are about. Whatever it assumes, the report's
 * present must be the one an evaluation without any forecast gives: the same figures, the same
 * items behind them, the same root causes and the same causes in the plans of action.
 */
class ForecastLeavesThePresentProperties {
    private static final AccountHealthEvaluator WITHOUT_FORECAST = AccountHealthEvaluator.builder()
            .projectedRollOffs(0).deadlineRisk(false).build();

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(120);
    }

    @Property(tries = 150)
    void theForecastChangesNothingOfThePresent(@ForAll("histories") History history) {
        AccountHealthReport withForecast = Engine.evaluate(history);
        AccountHealthReport without = WITHOUT_FORECAST.evaluate(history.events(), history.asOf());
        assertEquals(present(without), present(withForecast));
        assertEquals(causes(without), causes(withForecast));
        boolean anyCause = withForecast.marketplaces().stream().flatMap(m -> m.metrics().stream())
                .anyMatch(m -> !m.rootCauses().isEmpty());
        Statistics.label("a root cause found").collect(anyCause);
        Statistics.label("a forecast path").collect(!withForecast.outlook().isEmpty());
    }

    /** Each metric result as the present gives it: all but the projection the forecast adds. */
    private static List<String> present(AccountHealthReport report) {
        List<String> present = new ArrayList<>();
        for (MarketplaceHealth marketplace : report.marketplaces()) {
            for (MetricResult m : marketplace.metrics()) {
                present.add(marketplace.marketplace() + " " + m.metric() + " " + m.channel() + " " + m.window() + " "
                        + m.numerator() + "/" + m.denominator() + " " + m.status() + " " + m.orderIds() + " "
                        + m.itemIds() + " " + m.rootCauses());
            }
        }
        return present;
    }

    private static List<String> causes(AccountHealthReport report) {
        return report.planOfAction().stream().map(PlanOfAction::rootCauses).map(String::valueOf).toList();
    }
}
