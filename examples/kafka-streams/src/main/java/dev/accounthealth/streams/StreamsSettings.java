package dev.accounthealth.streams;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How the application runs: where the broker is, the topics, how often a seller's report may go
 * out, the rules and the language. Read from a properties file, each key overridable by an
 * environment variable named after it ({@code account-health.debounce} is
 * {@code ACCOUNT_HEALTH_DEBOUNCE}); every other key of the file is handed to Kafka Streams as it
 * is ({@code num.stream.threads}, {@code state.dir}, ...).
 *
 * @param bootstrapServers the Kafka brokers ({@code bootstrap.servers})
 * @param applicationId the Kafka Streams application id: the consumer group, and the prefix of
 *     the changelog topics ({@code application.id})
 * @param eventsTopic where sellers' events arrive, keyed by seller id
 * @param reportsTopic where reports go, keyed by seller id
 * @param alertsTopic where status changes go, keyed by seller id
 * @param rejectedTopic where bad records go, with why
 * @param debounce at most one evaluation, hence one report, per seller per this much wall-clock
 *     time while events keep arriving
 * @param punctuation how often the application looks for sellers to evaluate, on stream time and
 *     on the wall clock
 * @param punctuationBudget how long one punctuation may spend evaluating sellers before it leaves
 *     the rest to the next one, so that a backlog never holds the stream thread past the
 *     consumer's poll interval
 * @param inMemoryStores whether the stores are kept in memory rather than in RocksDB: both are
 *     changelogged, so nothing is lost on a restart, but a store in memory is rebuilt from its
 *     whole changelog every time its task starts
 * @param wallClockAdvancesTime whether the wall clock moves the instant reports are as of when
 *     it is ahead of the events' timestamps (true in production, so that a deadline passes on an
 *     idle partition; false to replay old events as of their own time)
 * @param rulesDirectory a directory of rule files instead of the default rules
 * @param locale the language of the plans of action
 * @param kafka every other setting, for Kafka Streams
 */
public record StreamsSettings(String bootstrapServers, String applicationId, String eventsTopic, String reportsTopic,
                              String alertsTopic, String rejectedTopic, Duration debounce, Duration punctuation,
                              Duration punctuationBudget, boolean inMemoryStores, boolean wallClockAdvancesTime, Optional<Path> rulesDirectory, Locale locale,
                              Map<String, String> kafka) {
    /** The settings a key is read from, with their defaults. */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("bootstrap.servers", "localhost:9092"),
            Map.entry("application.id", "account-health"),
            Map.entry("account-health.topic.events", "seller-events"),
            Map.entry("account-health.topic.reports", "account-health-reports"),
            Map.entry("account-health.topic.alerts", "account-health-alerts"),
            Map.entry("account-health.topic.rejected", "seller-events-rejected"),
            Map.entry("account-health.debounce", "PT1M"),
            Map.entry("account-health.punctuation", "PT1S"),
            Map.entry("account-health.punctuation-budget", "PT10S"),
            Map.entry("account-health.stores", "rocksdb"),
            Map.entry("account-health.wall-clock-advances-time", "true"),
            Map.entry("account-health.rules", ""),
            Map.entry("account-health.locale", "en"));

    /** Validates the settings. */
    public StreamsSettings {
        for (Duration d : new Duration[] {debounce, punctuation, punctuationBudget}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive, was " + d);
            }
        }
        kafka = Map.copyOf(kafka);
    }

    /** The defaults, for tests and a first run against a local broker. */
    public static StreamsSettings defaults() {
        return from(new Properties(), Map.of());
    }

    /**
     * Settings from a properties file, each key overridden by its environment variable.
     *
     * @throws IllegalArgumentException naming the file and key of a bad value
     */
    public static StreamsSettings load(Path file, Map<String, String> environment) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        try {
            return from(properties, environment);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Settings from properties, each key overridden by its environment variable.
     *
     * @throws IllegalArgumentException naming the key of a bad value
     */
    public static StreamsSettings from(Properties properties, Map<String, String> environment) {
        Map<String, String> all = new TreeMap<>(DEFAULTS);
        properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key).trim()));
        for (String key : all.keySet()) {
            String variable = environmentName(key);
            if (environment.containsKey(variable)) {
                all.put(key, environment.get(variable).trim());
            }
        }
        Map<String, String> kafka = new TreeMap<>(all);
        kafka.keySet().removeIf(key -> key.startsWith("account-health."));
        String rules = all.get("account-health.rules");
        return new StreamsSettings(required(all, "bootstrap.servers"), required(all, "application.id"),
                required(all, "account-health.topic.events"), required(all, "account-health.topic.reports"),
                required(all, "account-health.topic.alerts"), required(all, "account-health.topic.rejected"),
                duration(all, "account-health.debounce"), duration(all, "account-health.punctuation"),
                duration(all, "account-health.punctuation-budget"), inMemory(all, "account-health.stores"), bool(all, "account-health.wall-clock-advances-time"),
                rules.isEmpty() ? Optional.empty() : Optional.of(Path.of(rules)),
                Locale.forLanguageTag(required(all, "account-health.locale")), kafka);
    }

    /** The environment variable that overrides a key: upper case, dots and dashes as underscores. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String required(Map<String, String> all, String key) {
        String value = all.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(key + " must be set");
        }
        return value;
    }

    private static Duration duration(Map<String, String> all, String key) {
        String value = required(all, key);
        try {
            Duration d = Duration.parse(value);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(key + " must be positive, was " + value);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not an ISO-8601 duration such as PT30S: " + value, e);
        }
    }

    private static boolean inMemory(Map<String, String> all, String key) {
        String value = required(all, key);
        if (!value.equals("rocksdb") && !value.equals("in-memory")) {
            throw new IllegalArgumentException(key + " must be rocksdb or in-memory, was " + value);
        }
        return value.equals("in-memory");
    }

    private static boolean bool(Map<String, String> all, String key) {
        String value = required(all, key);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, was " + value);
        }
        return Boolean.parseBoolean(value);
    }
}
