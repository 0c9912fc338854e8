package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Finding;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws every metric of every report keeps, whatever the history. */
class RateBoundsProperties {

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(120);
    }

    @Property(tries = 100)
    void everyRateIsAFractionBetweenZeroAndOne(@ForAll("histories") History history) {
        AccountHealthReport report = Engine.evaluate(history);
        for (MarketplaceHealth mh : report.marketplaces()) {
            for (MetricResult m : mh.metrics()) {
                String what = mh.marketplace() + " " + m.metric() + "/" + m.channel() + "/" + m.window().days();
                assertTrue(m.numerator() >= 0 && m.numerator() <= m.denominator(),
                        what + ": " + m.numerator() + "/" + m.denominator());
                m.rate().ifPresent(rate -> assertTrue(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0,
                        what + ": rate " + rate));
            }
        }
    }

    /** The rate is numerator / denominator rounded half-even to 8 decimals; absent for counts and for 0/0. */
    @Property(tries = 60)
    void everyRateIsItsFractionRounded(@ForAll("histories") History history) {
        AccountHealthReport report = Engine.evaluate(history);
        for (MarketplaceHealth mh : report.marketplaces()) {
            for (MetricResult m : mh.metrics()) {
                String what = mh.marketplace() + " " + m.metric() + "/" + m.channel() + "/" + m.window().days();
                if (m.denominator() == 0 || m.targetCondition() == TargetCondition.AT_MOST) {
                    assertTrue(m.rate().isEmpty(), what + ": rate " + m.rate());
                    continue;
                }
                BigDecimal exact = BigDecimal.valueOf(m.numerator())
                        .divide(BigDecimal.valueOf(m.denominator()), 8, RoundingMode.HALF_EVEN);
                BigDecimal rate = m.rate().orElseThrow(() -> new AssertionError(what + ": no rate"));
                assertEquals(0, exact.compareTo(rate), what + ": rate " + rate + ", expected " + exact);
                assertTrue(rate.scale() <= 8, what + ": rate " + rate + " has more than 8 decimals");
            }
        }
    }

    /** The breaches and warnings lifted out of the report are exactly the metrics in those states. */
    @Property(tries = 60)
    void breachesAndWarningsListTheMetricsInThoseStates(@ForAll("histories") History history) {
        AccountHealthReport report = Engine.evaluate(history);
        List<Finding> breaches = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (MarketplaceHealth mh : report.marketplaces()) {
            for (MetricResult m : mh.metrics()) {
                if (m.status() == MetricStatus.BREACH) {
                    breaches.add(Finding.of(mh.marketplace(), m));
                } else if (m.status() == MetricStatus.WARNING) {
                    warnings.add(Finding.of(mh.marketplace(), m));
                }
            }
        }
        assertEquals(breaches, report.breaches());
        assertEquals(warnings, report.warnings());
    }
}
