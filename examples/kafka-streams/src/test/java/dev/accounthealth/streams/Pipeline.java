package dev.accounthealth.streams;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/** The topology in a test driver, with its topics at hand. */
final class Pipeline implements AutoCloseable {
    static final AccountHealthEvaluator EVALUATOR = AccountHealthEvaluator.builder().build();
    static final String APPLICATION = "account-health-test";

    final StreamsSettings settings;
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> events;
    final TestOutputTopic<String, String> reports;
    final TestOutputTopic<String, String> alerts;
    final TestOutputTopic<String, String> rejected;

    Pipeline(Path stateDir, Instant wallClock, boolean wallClockAdvancesTime) {
        this(stateDir, wallClock, wallClockAdvancesTime, new Properties());
    }

    Pipeline(Path stateDir, Instant wallClock, boolean wallClockAdvancesTime, Properties given) {
        given.setProperty("application.id", APPLICATION);
        given.setProperty("account-health.wall-clock-advances-time", String.valueOf(wallClockAdvancesTime));
        settings = StreamsSettings.from(given, Map.of());
        Properties kafka = AccountHealthStreams.properties(settings);
        kafka.setProperty(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AccountHealthTopology.build(EVALUATOR, settings), kafka, wallClock);
        events = driver.createInputTopic(settings.eventsTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        reports = driver.createOutputTopic(settings.reportsTopic(), new StringDeserializer(), new StringDeserializer());
        alerts = driver.createOutputTopic(settings.alertsTopic(), new StringDeserializer(), new StringDeserializer());
        rejected = driver.createOutputTopic(settings.rejectedTopic(), new StringDeserializer(), new StringDeserializer());
    }

    /** An event as a record of its seller, timestamped at the instant given. */
    void send(String seller, SellerEvent event, Instant timestamp) {
        send(seller, EventWriter.toJsonLine(event), timestamp);
    }

    void send(String seller, String value, Instant timestamp) {
        events.pipeInput(seller == null ? null : seller.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8), timestamp);
    }

    /** Lets a debounce interval pass on the wall clock. */
    void afterDebounce() {
        driver.advanceWallClockTime(settings.debounce().plusSeconds(1));
    }

    /** The latest report of each seller among those sent since the last call. */
    Map<String, String> latestReports() {
        Map<String, String> latest = new LinkedHashMap<>();
        for (KeyValue<String, String> report : reports.readKeyValuesToList()) {
            latest.put(report.key, report.value);
        }
        return latest;
    }

    /** Every record written to a store's changelog so far, in order. */
    List<TestRecord<String, byte[]>> changelog(String store) {
        return driver.createOutputTopic(APPLICATION + "-" + store + "-changelog", new StringDeserializer(),
                new ByteArrayDeserializer()).readRecordsToList();
    }

    /**
     * Restores a store from its changelog, as Kafka Streams does before a task that moved or
     * restarted runs: the test driver deletes its state directory when closed, so a restart is
     * its changelog replayed into a fresh store.
     */
    void restore(String store, List<TestRecord<String, byte[]>> changelog, boolean text) {
        if (text) {
            KeyValueStore<String, String> kv = driver.getKeyValueStore(store);
            changelog.forEach(r -> kv.put(r.key(), r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)));
        } else {
            KeyValueStore<String, byte[]> kv = driver.getKeyValueStore(store);
            changelog.forEach(r -> kv.put(r.key(), r.value()));
        }
    }

    static Path stateDir() {
        try {
            Files.createDirectories(Path.of("target", "state"));
            return Files.createTempDirectory(Path.of("target", "state"), "driver");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<SellerEvent> upTo(List<SellerEvent> events, Instant asOf) {
        List<SellerEvent> kept = new ArrayList<>();
        for (SellerEvent event : events) {
            if (!event.at().isAfter(asOf)) {
                kept.add(event);
            }
        }
        return kept;
    }

    @Override
    public void close() {
        driver.close();
    }
}
