package dev.accounthealth.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SellerHistoryGeneratorTest {
    private static final Instant UNTIL = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertEquals(SellerHistoryGenerator.sampleSeller(UNTIL).events(), SellerHistoryGenerator.sampleSeller(UNTIL).events());
    }

    @Test
    void theSampleSellerHasEveryKindOfEventAndRealisticNoise() {
        List<SellerEvent> events = SellerHistoryGenerator.sampleSeller(UNTIL).events();
        TreeSet<String> types = new TreeSet<>();
        events.forEach(e -> types.add(e.type()));
        assertEquals(21, types.size(), types.toString());
        Set<SellerEvent> distinct = new HashSet<>(events);
        assertTrue(distinct.size() < events.size(), "some events are repeated");
        assertTrue(events.stream().noneMatch(e -> e.at().isAfter(UNTIL)));
        assertTrue(events.size() > 2000 && events.size() < 10_000, "a few thousand events: " + events.size());
    }

    @Test
    void theSampleSellerIsAtRiskInFranceAndHealthyInGermany() {
        AccountHealthReport report = AccountHealthEvaluator.builder().build()
                .evaluate(SellerHistoryGenerator.sampleSeller(UNTIL).events(), UNTIL);
        assertEquals(HealthStatus.AT_RISK, report.marketplace(Marketplace.FR).orElseThrow().status());
        assertEquals(HealthStatus.HEALTHY, report.marketplace(Marketplace.DE).orElseThrow().status());
        assertFalse(report.orphans().isEmpty());
        assertFalse(report.conflicts().isEmpty());
    }

    @Test
    void aBenchmarkHistoryHasAboutTheAskedNumberOfEvents() {
        int size = SellerHistoryGenerator.ofSize(3, UNTIL, 20_000).events().size();
        assertTrue(size > 16_000 && size < 24_000, "size " + size);
    }
}
