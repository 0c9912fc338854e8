package dev.accounthealth.streams;

import dev.accounthealth.AccountHealthEvaluator;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The topology: {@code seller-events} (key: seller id; value: one event as a JSON line) into a
 * processor holding each seller's state in two changelogged key-value stores (RocksDB unless
 * {@link StreamsSettings#inMemoryStores()}) —
 * {@code account-health-sellers} (the seller's {@link SellerRecord}) and
 * {@code account-health-pending} (events not yet merged into it) — and out to the reports, alerts
 * and rejected topics. Records are read as bytes, so no record can fail to deserialise and stop
 * the stream: every check is the processor's, and what fails it goes to the rejected topic.
 */
public final class AccountHealthTopology {
    private AccountHealthTopology() {
    }

    /**
     * The topology over one evaluator, which every stream task of the instance shares: the rules
     * are compiled once per instance.
     */
    public static Topology build(AccountHealthEvaluator evaluator, StreamsSettings settings) {
        Topology topology = new Topology();
        topology.addSource("events", new ByteArrayDeserializer(), new ByteArrayDeserializer(), settings.eventsTopic());
        topology.addProcessor("sellers", () -> new SellerHealthProcessor(evaluator, settings), "events");
        topology.addStateStore(Stores.keyValueStoreBuilder(store(SellerHealthProcessor.SELLERS, settings),
                Serdes.String(), Serdes.ByteArray()), "sellers");
        topology.addStateStore(Stores.keyValueStoreBuilder(store(SellerHealthProcessor.PENDING, settings),
                Serdes.String(), Serdes.String()), "sellers");
        topology.addSink(SellerHealthProcessor.REPORTS, settings.reportsTopic(), new StringSerializer(),
                new StringSerializer(), "sellers");
        topology.addSink(SellerHealthProcessor.ALERTS, settings.alertsTopic(), new StringSerializer(),
                new StringSerializer(), "sellers");
        topology.addSink(SellerHealthProcessor.REJECTED, settings.rejectedTopic(), new StringSerializer(),
                new StringSerializer(), "sellers");
        return topology;
    }

    private static KeyValueBytesStoreSupplier store(String name, StreamsSettings settings) {
        return settings.inMemoryStores() ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
    }
}
