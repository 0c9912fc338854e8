package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The engine agrees with the spec oracle on every figure and verdict of random histories. */
class OracleAgreementProperties {

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(120);
    }

    @Property(tries = 200)
    void engineAgreesWithTheOracle(@ForAll("histories") History history) {
        AccountHealthReport report = Engine.evaluate(history);
        SpecOracle.Verdict expected = SpecOracle.evaluate(history.events(), history.asOf());
        collectCoverage(report);
        List<String> diffs = Agreement.differences(expected, report);
        assertTrue(diffs.isEmpty(), () -> diffs.size() + " difference(s):\n  " + String.join("\n  ", diffs));
    }

    /** What the generator reached: the verdicts seen, so a blind spot shows in the test output. */
    private static void collectCoverage(AccountHealthReport report) {
        Statistics.label("account status").collect(report.status());
        for (MarketplaceHealth mh : report.marketplaces()) {
            for (MetricResult m : mh.metrics()) {
                Statistics.label("metric verdicts").collect(m.metric() + " " + m.channel() + " " + m.window().days()
                        + " " + m.status());
            }
        }
    }
}
