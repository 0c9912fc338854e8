package dev.accounthealth.streams;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.RuleSet;
import dev.accounthealth.RuleSetException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Runs the topology against a broker: {@code java -cp ... dev.accounthealth.streams.AccountHealthStreams
 * [settings.properties]}. The settings file is optional; environment variables override it (see
 * {@link StreamsSettings}). Stops cleanly on SIGTERM or Ctrl-C.
 */
public final class AccountHealthStreams {
    private AccountHealthStreams() {
    }

    /** Starts the application and waits until it is stopped. */
    public static void main(String[] args) throws InterruptedException {
        StreamsSettings settings;
        AccountHealthEvaluator evaluator;
        try {
            settings = args.length == 0 ? StreamsSettings.from(new Properties(), System.getenv())
                    : StreamsSettings.load(Path.of(args[0]), System.getenv());
            evaluator = AccountHealthEvaluator.builder()
                    .rules(settings.rulesDirectory().map(RuleSet::fromDirectory).orElseGet(RuleSet::defaults))
                    .locale(settings.locale())
                    .build();
        } catch (IOException | IllegalArgumentException | RuleSetException e) {
            System.err.println("account-health-streams: " + e.getMessage());
            System.exit(2);
            return;
        }
        KafkaStreams streams = new KafkaStreams(AccountHealthTopology.build(evaluator, settings), properties(settings));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            stopped.countDown();
        }, "account-health-shutdown"));
        streams.start();
        stopped.await();
    }

    /** What Kafka Streams is given: the file's other keys, then the broker and application id. */
    static Properties properties(StreamsSettings settings) {
        Properties properties = new Properties();
        properties.putAll(settings.kafka());
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        return properties;
    }
}
