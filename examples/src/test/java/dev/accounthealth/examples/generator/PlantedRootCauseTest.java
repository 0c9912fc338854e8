package dev.accounthealth.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.RootCause;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The at-risk profile plants a cause: late shipments concentrate on orders placed on Friday afternoon. */
class PlantedRootCauseTest {
    private static final Instant UNTIL = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void theGroupingFindsThePlantedFridayAfternoonCause() {
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder().projectedRollOffs(0).build();
        for (long seed = 1; seed <= 3; seed++) {
            AccountHealthReport report = evaluator.evaluate(SellerHistoryGenerator.builder().seed(seed).until(UNTIL)
                    .days(60).marketplace(MarketplaceProfile.atRisk(Marketplace.FR, 40)).build().events(), UNTIL);
            MetricResult lsr = report.marketplace(Marketplace.FR).orElseThrow()
                    .metric("LATE_SHIPMENT_RATE", Channel.MFN, 30).orElseThrow();
            assertEquals(MetricStatus.BREACH, lsr.status(), "seed " + seed);
            assertTrue(!lsr.rootCauses().isEmpty(), "seed " + seed + ": no root cause found");
            RootCause top = lsr.rootCauses().get(0);
            assertEquals("PURCHASE_DAY_AND_TIME", top.dimension(), "seed " + seed + ": " + lsr.rootCauses());
            assertEquals("FRIDAY>=14:00", top.value(), "seed " + seed + ": " + lsr.rootCauses());
        }
    }
}
