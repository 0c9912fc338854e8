package dev.accounthealth.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {
    @Test
    void theShippedPropertiesFileReadsAndTheEnvironmentOverridesIt() throws IOException {
        StreamsSettings settings = StreamsSettings.load(Path.of("streams.properties"),
                Map.of("ACCOUNT_HEALTH_DEBOUNCE", "PT5M", "BOOTSTRAP_SERVERS", "kafka:9092",
                        "ACCOUNT_HEALTH_LOCALE", "fr", "STATE_DIR", "/tmp/elsewhere"));
        assertEquals("kafka:9092", settings.bootstrapServers());
        assertEquals(Duration.ofMinutes(5), settings.debounce());
        assertEquals(Duration.ofSeconds(1), settings.punctuation());
        assertEquals(Locale.FRENCH, settings.locale());
        assertEquals(Optional.empty(), settings.rulesDirectory());
        assertEquals("seller-events", settings.eventsTopic());
        assertEquals("/tmp/elsewhere", settings.kafka().get("state.dir"));
        assertEquals("exactly_once_v2", settings.kafka().get("processing.guarantee"));
        assertFalse(settings.kafka().keySet().stream().anyMatch(k -> k.startsWith("account-health.")));
        assertFalse(settings.inMemoryStores());
        assertTrue(settings.wallClockAdvancesTime());
    }

    @Test
    void aBadValueIsRefusedNamingItsFileAndKey() throws IOException {
        Path file = Files.createTempFile("streams", ".properties");
        Files.writeString(file, "account-health.debounce=5 minutes\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StreamsSettings.load(file, Map.of()));
        assertTrue(refused.getMessage().startsWith(file + ": account-health.debounce"), refused.getMessage());
        Properties stores = new Properties();
        stores.setProperty("account-health.stores", "cassandra");
        assertThrows(IllegalArgumentException.class, () -> StreamsSettings.from(stores, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> StreamsSettings.from(new Properties(), Map.of("ACCOUNT_HEALTH_PUNCTUATION", "PT0S")));
    }
}
