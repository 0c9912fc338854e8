package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Story.marketplace;
import static dev.accounthealth.rules.Story.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.PolicyViolationResolved;
import dev.accounthealth.event.Severity;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Policy compliance: open notices reported in the last 180 days, target 0. */
class PolicyComplianceTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final Instant REPORTED = AS_OF.minus(days(30));

    private static AccountHealthReport evaluate() {
        return new Story().add(
                new PolicyViolationReported(REPORTED, "V1", Marketplace.FR, PolicyCategory.PRODUCT_AUTHENTICITY,
                        Severity.HIGH, Optional.of("B0TESTASIN")),
                new PolicyViolationReported(REPORTED, "V2", Marketplace.DE, PolicyCategory.LISTING_POLICY),
                new PolicyViolationReported(REPORTED, "V3", Marketplace.UK, PolicyCategory.IP_COMPLAINT),
                new PolicyViolationResolved(REPORTED.plus(days(3)), "V3"),
                new PolicyViolationReported(REPORTED, "V4", Marketplace.IT, PolicyCategory.LISTING_POLICY,
                        Severity.CRITICAL, Optional.empty()),
                new PolicyViolationReported(AS_OF.minus(days(180)), "V5", Marketplace.ES, PolicyCategory.PRODUCT_SAFETY))
                .evaluate(AS_OF);
    }

    @Test
    void anOpenNoticeInAnEnforcedCategoryPutsTheMarketplaceAtRisk() {
        AccountHealthReport report = evaluate();
        MetricResult fr = metric(report, Marketplace.FR, "POLICY_COMPLIANCE", Channel.ALL, 180);
        assertEquals(1, fr.numerator());
        assertEquals(1, fr.denominator());
        assertEquals(TargetCondition.AT_MOST, fr.targetCondition());
        assertTrue(fr.rate().isEmpty());
        assertEquals(MetricStatus.BREACH, fr.status());
        assertEquals(Enforcement.ENFORCED, fr.enforcement());
        assertEquals(List.of("V1"), fr.itemIds());
        assertEquals(HealthStatus.AT_RISK, marketplace(report, Marketplace.FR).status());
    }

    @Test
    void anOpenNoticeInAnotherCategoryIsAnAdvisoryBreach() {
        AccountHealthReport report = evaluate();
        MetricResult de = metric(report, Marketplace.DE, "POLICY_COMPLIANCE", Channel.ALL, 180);
        assertEquals(MetricStatus.BREACH, de.status());
        assertEquals(Enforcement.ADVISORY, de.enforcement());
        assertEquals(HealthStatus.HEALTHY, marketplace(report, Marketplace.DE).status());
    }

    @Test
    void aResolvedNoticeIsCompliantAndANoticeOlderThanTheWindowIsNotCounted() {
        AccountHealthReport report = evaluate();
        MetricResult uk = metric(report, Marketplace.UK, "POLICY_COMPLIANCE", Channel.ALL, 180);
        assertEquals(0, uk.numerator());
        assertEquals(1, uk.denominator());
        assertEquals(MetricStatus.OK, uk.status());
        MetricResult es = metric(report, Marketplace.ES, "POLICY_COMPLIANCE", Channel.ALL, 180);
        assertEquals(0, es.denominator());
        assertEquals(MetricStatus.OK, es.status());
    }

    @Test
    void anOpenCriticalNoticeMakesItsMarketplaceAndTheAccountCritical() {
        AccountHealthReport report = evaluate();
        assertEquals(HealthStatus.CRITICAL, marketplace(report, Marketplace.IT).status());
        assertEquals(HealthStatus.CRITICAL, report.status());
        assertTrue(marketplace(report, Marketplace.IT).statusRules()
                .contains("An open policy notice of critical severity makes its marketplace critical"));
    }
}
