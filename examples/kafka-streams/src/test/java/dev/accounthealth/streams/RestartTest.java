package dev.accounthealth.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.examples.generator.MarketplaceProfile;
import dev.accounthealth.examples.generator.SellerHistoryGenerator;
import dev.accounthealth.json.ReportWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * A restart in the middle of a seller's history — after reports and alerts went out, with events
 * taken in but not yet evaluated — loses nothing and repeats no alert: the restarted pipeline
 * sends what one that never stopped sends, and its last report is evaluate's over every event.
 */
class RestartTest {
    private static final Instant END = Instant.parse("2026-11-20T00:00:00Z");
    private static final String SELLER = "A1RESTART";

    @Test
    void aRestartLosesNothingAndRepeatsNoAlert() {
        List<SellerEvent> events = new ArrayList<>(SellerHistoryGenerator.builder().seed(5).until(END).days(40)
                .marketplace(MarketplaceProfile.atRisk(Marketplace.FR, 4))
                .marketplace(MarketplaceProfile.healthy(Marketplace.DE, 2)).build().events());
        events.sort(Comparator.comparing(SellerEvent::at));
        int third = events.size() / 3;
        List<SellerEvent> evaluatedBeforeStop = events.subList(0, third);
        List<SellerEvent> pendingAtStop = events.subList(third, 2 * third);
        List<SellerEvent> afterRestart = events.subList(2 * third, events.size());
        Instant wall = END.minus(Duration.ofDays(60));

        List<KeyValue<String, String>> steadyAlerts;
        Map<String, String> steadyReports;
        try (Pipeline steady = new Pipeline(Pipeline.stateDir(), wall, false)) {
            send(steady, evaluatedBeforeStop);
            steady.afterDebounce();
            send(steady, pendingAtStop);
            send(steady, afterRestart);
            steady.afterDebounce();
            steadyAlerts = steady.alerts.readKeyValuesToList();
            steadyReports = steady.latestReports();
        }

        List<KeyValue<String, String>> alerts = new ArrayList<>();
        List<TestRecord<String, byte[]>> sellers;
        List<TestRecord<String, byte[]>> pending;
        try (Pipeline beforeStop = new Pipeline(Pipeline.stateDir(), wall, false)) {
            send(beforeStop, evaluatedBeforeStop);
            beforeStop.afterDebounce();
            send(beforeStop, pendingAtStop);
            alerts.addAll(beforeStop.alerts.readKeyValuesToList());
            assertFalse(alerts.isEmpty(), "the seller was alerted on before the stop");
            sellers = beforeStop.changelog(SellerHealthProcessor.SELLERS);
            pending = beforeStop.changelog(SellerHealthProcessor.PENDING);
        }
        Map<String, String> reports;
        try (Pipeline restarted = new Pipeline(Pipeline.stateDir(), wall.plus(Duration.ofMinutes(5)), false)) {
            restarted.restore(SellerHealthProcessor.SELLERS, sellers, false);
            restarted.restore(SellerHealthProcessor.PENDING, pending, true);
            send(restarted, afterRestart);
            restarted.afterDebounce();
            alerts.addAll(restarted.alerts.readKeyValuesToList());
            reports = restarted.latestReports();
        }

        assertEquals(steadyAlerts, alerts);
        assertEquals(steadyReports, reports);
        Instant last = events.get(events.size() - 1).at();
        assertEquals(ReportWriter.toJson(Pipeline.EVALUATOR.evaluate(events, last)), reports.get(SELLER));
    }

    private static void send(Pipeline pipeline, List<SellerEvent> events) {
        events.forEach(e -> pipeline.send(SELLER, e, e.at()));
    }
}
