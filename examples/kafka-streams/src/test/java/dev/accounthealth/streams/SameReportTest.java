package dev.accounthealth.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.examples.generator.MarketplaceProfile;
import dev.accounthealth.examples.generator.SellerHistoryGenerator;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.json.ReportWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sellers interleaved, their events out of order and repeated, on one partition or each on its
 * own: the report each seller gets is the one {@code evaluate} gives over the same events as of
 * the same instant, byte for byte.
 */
class SameReportTest {
    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

    private static Map<String, List<SellerEvent>> sellers() {
        Map<String, List<SellerEvent>> sellers = new LinkedHashMap<>();
        sellers.put("A1SELLERFR", SellerHistoryGenerator.builder().seed(1).until(AS_OF).days(40)
                .marketplace(MarketplaceProfile.atRisk(Marketplace.FR, 4)).build().events());
        sellers.put("A2SELLERDE", SellerHistoryGenerator.builder().seed(2).until(AS_OF).days(40)
                .marketplace(MarketplaceProfile.healthy(Marketplace.DE, 3))
                .marketplace(MarketplaceProfile.atRisk(Marketplace.UK, 2)).build().events());
        sellers.put("seller-3@saas", SellerHistoryGenerator.builder().seed(3).until(AS_OF).days(40)
                .marketplace(MarketplaceProfile.healthy(Marketplace.US, 5)).build().events());
        return sellers;
    }

    @Test
    void interleavedShuffledAndRepeatedEventsGiveTheReportOfEvaluate() {
        Map<String, List<SellerEvent>> sellers = sellers();
        Random random = new Random(7);
        List<Map.Entry<String, SellerEvent>> first = new ArrayList<>();
        List<Map.Entry<String, SellerEvent>> second = new ArrayList<>();
        sellers.forEach((seller, events) -> {
            for (SellerEvent event : events) {
                (random.nextBoolean() ? first : second).add(Map.entry(seller, event));
                if (random.nextInt(10) == 0) {
                    (random.nextBoolean() ? first : second).add(Map.entry(seller, event));
                }
            }
        });
        Collections.shuffle(first, random);
        Collections.shuffle(second, random);

        try (Pipeline pipeline = new Pipeline(Pipeline.stateDir(), AS_OF.minusSeconds(86_400), true)) {
            first.forEach(e -> pipeline.send(e.getKey(), e.getValue(), AS_OF));
            pipeline.afterDebounce();
            Map<String, String> afterFirst = pipeline.latestReports();
            assertEquals(sellers.keySet(), afterFirst.keySet());
            for (String seller : sellers.keySet()) {
                List<SellerEvent> sent = first.stream().filter(e -> e.getKey().equals(seller))
                        .map(Map.Entry::getValue).toList();
                assertEquals(ReportWriter.toJson(Pipeline.EVALUATOR.evaluate(sent, AS_OF)), afterFirst.get(seller),
                        seller + " after the first half");
            }

            second.forEach(e -> pipeline.send(e.getKey(), e.getValue(), AS_OF));
            pipeline.afterDebounce();
            Map<String, String> afterAll = pipeline.latestReports();
            assertEquals(sellers.keySet(), afterAll.keySet());
            for (String seller : sellers.keySet()) {
                assertEquals(ReportWriter.toJson(Pipeline.EVALUATOR.evaluate(sellers.get(seller), AS_OF)),
                        afterAll.get(seller), seller + " after every event");
            }
        }
    }

    @Test
    void aPunctuationOverItsBudgetLeavesTheOtherSellersToTheNext() {
        Map<String, List<SellerEvent>> sellers = sellers();
        Properties tight = new Properties();
        tight.setProperty("account-health.punctuation-budget", "PT0.000000001S");
        try (Pipeline pipeline = new Pipeline(Pipeline.stateDir(), AS_OF.minusSeconds(86_400), true, tight)) {
            sellers.forEach((seller, events) -> events.forEach(e -> pipeline.send(seller, e, AS_OF)));
            Map<String, String> reports = new LinkedHashMap<>();
            for (int punctuation = 1; punctuation <= sellers.size(); punctuation++) {
                pipeline.driver.advanceWallClockTime(pipeline.settings.punctuation());
                Map<String, String> these = pipeline.latestReports();
                assertEquals(1, these.size(), "one seller in punctuation " + punctuation);
                reports.putAll(these);
            }
            assertEquals(sellers.keySet(), reports.keySet());
            for (String seller : sellers.keySet()) {
                assertEquals(ReportWriter.toJson(Pipeline.EVALUATOR.evaluate(sellers.get(seller), AS_OF)),
                        reports.get(seller), seller);
            }
        }
    }

    @Test
    void aSellerOnItsOwnPartitionGetsTheReportItGetsAmongOthers() {
        Map<String, List<SellerEvent>> sellers = sellers();
        Map<String, String> together;
        try (Pipeline pipeline = new Pipeline(Pipeline.stateDir(), AS_OF.minusSeconds(86_400), true)) {
            List<Map.Entry<String, SellerEvent>> all = new ArrayList<>();
            sellers.forEach((seller, events) -> events.forEach(e -> all.add(Map.entry(seller, e))));
            Collections.shuffle(all, new Random(3));
            all.forEach(e -> pipeline.send(e.getKey(), e.getValue(), AS_OF));
            pipeline.afterDebounce();
            together = pipeline.latestReports();
        }
        for (String seller : sellers.keySet()) {
            try (Pipeline alone = new Pipeline(Pipeline.stateDir(), AS_OF.minusSeconds(86_400), true)) {
                sellers.get(seller).forEach(e -> alone.send(seller, e, AS_OF));
                alone.afterDebounce();
                Map<String, String> reports = alone.latestReports();
                assertEquals(List.of(seller), List.copyOf(reports.keySet()));
                assertEquals(together.get(seller), reports.get(seller), seller);
                assertEquals(ReportWriter.toJson(Pipeline.EVALUATOR.evaluate(sellers.get(seller), AS_OF)),
                        reports.get(seller), seller);
            }
        }
    }
}
