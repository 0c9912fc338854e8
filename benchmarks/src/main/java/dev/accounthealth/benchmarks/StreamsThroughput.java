package dev.accounthealth.benchmarks;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.benchmarks.workload.SellerWorkloads;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventWriter;
import dev.accounthealth.streams.AccountHealthTopology;
import dev.accounthealth.streams.StreamsSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * A timed harness, not a JMH benchmark: the run is one pass over a fleet, too long to repeat in
 * iterations. Sellers' events go through the Kafka Streams topology in the test driver (one
 * instance, one stream task, RocksDB stores, changelogs captured) in the order a live stream
 * brings them: every seller's history merged by instant, each record timestamped with its
 * event's instant. The driver's wall clock follows the real one, so the debounce holds in real
 * time as it would in production. The run reports events per second, the evaluations it took,
 * what it wrote to the changelogs, and, in the same JVM afterwards, the cost per event of the
 * plain alternative: evaluating the seller's whole history from scratch at every event, timed
 * on a random sample of (seller, event) pairs, since doing it for every event is quadratic.
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.accounthealth.benchmarks.StreamsThroughput \
 *     [sellers=10000] [events per seller=1000] [from-scratch samples=300] [stores=rocksdb|in-memory]
 * </pre>
 */
public final class StreamsThroughput {
    private static final int DRAIN_EVERY = 10_000;

    private StreamsThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int sellers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int eventsPerSeller = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String stores = args.length > 3 ? args[3] : "rocksdb";

        long built = System.nanoTime();
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder().build();
        System.out.printf(Locale.ROOT, "rule base built in %.1f s%n", (System.nanoTime() - built) / 1e9);

        List<byte[][]> lines = new ArrayList<>(sellers);
        List<long[]> instants = new ArrayList<>(sellers);
        List<List<SellerEvent>> histories = new ArrayList<>();
        Random sampler = new Random(20261202);
        List<Integer> sampled = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            sampled.add(sampler.nextInt(sellers));
        }
        long total = 0;
        for (int s = 0; s < sellers; s++) {
            List<SellerEvent> events = new ArrayList<>(SellerWorkloads.seller(s, eventsPerSeller).events());
            events.sort(Comparator.comparing(SellerEvent::at));
            byte[][] encoded = new byte[events.size()][];
            long[] at = new long[events.size()];
            for (int e = 0; e < events.size(); e++) {
                encoded[e] = EventWriter.toJsonLine(events.get(e)).getBytes(StandardCharsets.UTF_8);
                at[e] = events.get(e).at().toEpochMilli();
            }
            lines.add(encoded);
            instants.add(at);
            histories.add(sampled.contains(s) ? events : null);
            total += events.size();
        }
        System.out.printf(Locale.ROOT, "%,d sellers, %,d events (%,.0f per seller)%n", sellers, total,
                (double) total / sellers);

        StreamsSettings settings = StreamsSettings.from(replay(stores), Map.of());
        Path stateDir = Files.createTempDirectory("account-health-throughput");
        Properties kafka = new Properties();
        kafka.putAll(settings.kafka());
        kafka.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        kafka.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        kafka.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Instant firstEvent = Instant.ofEpochMilli(instants.stream().mapToLong(a -> a.length == 0 ? Long.MAX_VALUE : a[0])
                .min().orElseThrow());

        Outputs outputs;
        long started;
        long elapsed;
        try (TopologyTestDriver driver = new TopologyTestDriver(AccountHealthTopology.build(evaluator, settings), kafka,
                firstEvent)) {
            TestInputTopic<byte[], byte[]> in = driver.createInputTopic(settings.eventsTopic(),
                    new ByteArraySerializer(), new ByteArraySerializer());
            outputs = new Outputs(driver, settings);
            byte[][] keys = new byte[sellers][];
            for (int s = 0; s < sellers; s++) {
                keys[s] = String.format(Locale.ROOT, "A%013d", s).getBytes(StandardCharsets.UTF_8);
            }
            PriorityQueue<int[]> next = new PriorityQueue<>(Comparator.comparingLong(p -> instants.get(p[0])[p[1]]));
            for (int s = 0; s < sellers; s++) {
                if (lines.get(s).length > 0) {
                    next.add(new int[] {s, 0});
                }
            }
            started = System.nanoTime();
            long wallAdvanced = started;
            long sent = 0;
            while (!next.isEmpty()) {
                int[] position = next.poll();
                int s = position[0];
                in.pipeInput(keys[s], lines.get(s)[position[1]], instants.get(s)[position[1]]);
                if (++position[1] < lines.get(s).length) {
                    next.add(position);
                }
                if (++sent % DRAIN_EVERY == 0) {
                    long now = System.nanoTime();
                    driver.advanceWallClockTime(Duration.ofNanos(now - wallAdvanced));
                    wallAdvanced = now;
                    outputs.drain();
                    if (sent % (DRAIN_EVERY * 50) == 0) {
                        System.out.printf(Locale.ROOT, "  %,d events, %.0f s, %,d reports so far%n", sent,
                                (now - started) / 1e9, outputs.reports);
                    }
                }
            }
            driver.advanceWallClockTime(settings.debounce());
            elapsed = System.nanoTime() - started;
            outputs.drain();
        }
        double seconds = elapsed / 1e9;
        double topologyMicrosPerEvent = elapsed / 1e3 / total;
        System.out.printf(Locale.ROOT, "topology: %,d events in %.1f s: %,.0f events/s, %.1f µs per event%n", total,
                seconds, total / seconds, topologyMicrosPerEvent);
        System.out.printf(Locale.ROOT, "  %,d reports (seller evaluations), %,d alerts, %,d rejected; debounce %s, %s stores%n",
                outputs.reports, outputs.alerts, outputs.rejected, settings.debounce(), stores);
        System.out.printf(Locale.ROOT, "  changelogs: %,d records, %,.0f MB, %,.0f bytes per event%n",
                outputs.changelogRecords, outputs.changelogBytes / 1e6, (double) outputs.changelogBytes / total);

        // From scratch: at event k of a seller, evaluate the seller's first k events as of the k-th.
        long fromScratch = 0;
        Random pick = new Random(7);
        for (int i = 0; i < sampled.size(); i++) {
            List<SellerEvent> history = histories.get(sampled.get(i));
            int k = 1 + pick.nextInt(history.size());
            List<SellerEvent> prefix = history.subList(0, k);
            Instant asOf = prefix.get(k - 1).at();
            long t = System.nanoTime();
            evaluator.evaluate(prefix, asOf);
            fromScratch += System.nanoTime() - t;
        }
        double scratchMicrosPerEvent = fromScratch / 1e3 / sampled.size();
        System.out.printf(Locale.ROOT, "from scratch at every event: %.1f µs per event (%,d samples): %,.0f events/s%n",
                scratchMicrosPerEvent, sampled.size(), 1e6 / scratchMicrosPerEvent);
        System.out.printf(Locale.ROOT, "topology / from scratch: %.3f of the cost per event (1 / %.0f)%n",
                topologyMicrosPerEvent / scratchMicrosPerEvent, scratchMicrosPerEvent / topologyMicrosPerEvent);
    }

    /**
     * What the topology wrote, counted and let go of: the driver keeps every record produced
     * until it is read, which a run of millions of events cannot hold.
     */
    private static final class Outputs {
        private final List<TestOutputTopic<byte[], byte[]>> changelogs = new ArrayList<>();
        private final TestOutputTopic<byte[], byte[]> reportsOut;
        private final TestOutputTopic<byte[], byte[]> alertsOut;
        private final TestOutputTopic<byte[], byte[]> rejectedOut;
        long reports;
        long alerts;
        long rejected;
        long changelogRecords;
        long changelogBytes;

        Outputs(TopologyTestDriver driver, StreamsSettings settings) {
            for (String store : List.of("account-health-sellers", "account-health-pending")) {
                changelogs.add(topic(driver, settings.applicationId() + "-" + store + "-changelog"));
            }
            reportsOut = topic(driver, settings.reportsTopic());
            alertsOut = topic(driver, settings.alertsTopic());
            rejectedOut = topic(driver, settings.rejectedTopic());
        }

        private static TestOutputTopic<byte[], byte[]> topic(TopologyTestDriver driver, String name) {
            return driver.createOutputTopic(name, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }

        void drain() {
            for (TestOutputTopic<byte[], byte[]> changelog : changelogs) {
                for (TestRecord<byte[], byte[]> record : changelog.readRecordsToList()) {
                    changelogRecords++;
                    changelogBytes += record.key().length + (record.value() == null ? 0 : record.value().length);
                }
            }
            reports += reportsOut.readRecordsToList().size();
            alerts += alertsOut.readRecordsToList().size();
            rejected += rejectedOut.readRecordsToList().size();
        }
    }

    /** Replaying a stored history: reports as of the events' own time, the wall clock for the debounce only. */
    private static Properties replay(String stores) {
        Properties properties = new Properties();
        properties.setProperty("account-health.stores", stores);
        properties.setProperty("application.id", "account-health-throughput");
        properties.setProperty("account-health.wall-clock-advances-time", "false");
        return properties;
    }
}
