package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.rules.oracle.SpecOracle.Count;
import dev.accounthealth.rules.oracle.ThresholdCases.Case;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Verdicts exactly on the thresholds (the target, the warning margin, twice the target) and one
 * item either side: the engine agrees with the oracle, comparing exact fractions.
 */
class VerdictThresholdProperties {

    @Provide
    Arbitrary<Case> cases() {
        return ThresholdCases.cases();
    }

    @Property(tries = 120)
    void verdictsOnTheThresholdsAgreeWithTheOracle(@ForAll("cases") Case c) {
        SpecOracle.Verdict expected = SpecOracle.evaluate(c.history().events(), c.history().asOf());
        Count count = expected.marketplaces().get(c.marketplace()).metrics().get(c.key());
        // The case is what it claims to be (a check of the generator, through the oracle).
        assertEquals(c.total(), count.denominator(), "denominator of the case");
        assertEquals(ThresholdCases.expectedNumerator(c), count.numerator(), "numerator of the case");
        Statistics.label("verdict").collect(c.key().metric(), count.status(),
                expected.marketplaces().get(c.marketplace()).status());

        AccountHealthReport report = Engine.evaluate(c.history());
        List<String> diffs = Agreement.differences(expected, report);
        assertTrue(diffs.isEmpty(), () -> diffs.size() + " difference(s):\n  " + String.join("\n  ", diffs));
    }
}
