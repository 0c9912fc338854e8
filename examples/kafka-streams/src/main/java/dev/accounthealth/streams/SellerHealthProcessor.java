package dev.accounthealth.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventFormatException;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.state.SellerState;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One stream task's sellers. A record is checked, its event appended to the seller's pending
 * events in the store (one small write: the cost of a record does not grow with the seller's
 * history) and the seller marked to evaluate. A seller is evaluated at a punctuation: when it
 * has pending events and its last evaluation is at least the debounce old on the wall clock, or
 * when the next instant at which time alone may change one of its statuses has passed. An
 * evaluation merges the pending events into the seller's state, evaluates it as of that instant,
 * prunes what the rules can no longer count, alerts on each status that changed, sends the
 * report and stores the state with the statuses alerted on, in one write.
 *
 * <p>Nothing the task keeps in memory is needed after a restart: which sellers have pending
 * events and when each must wake are read back from the stores at the first record or
 * punctuation.
 */
final class SellerHealthProcessor implements Processor<byte[], byte[], String, String> {
    static final String SELLERS = "account-health-sellers";
    static final String PENDING = "account-health-pending";
    static final String REPORTS = "reports";
    static final String ALERTS = "alerts";
    static final String REJECTED = "rejected";

    /** Seller ids as Seller Central and the SP-API write them, and the usual SaaS ids. */
    private static final Pattern SELLER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
    /** Between seller id and offset in a pending key: a character no seller id holds. */
    private static final char SEPARATOR = '\u0000';
    /** Wake-ups one seller may catch up with in one punctuation; the rest wait for the next. */
    private static final int CATCH_UP = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountHealthEvaluator evaluator;
    private final Duration retention;
    private final StreamsSettings settings;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, byte[]> sellers;
    private KeyValueStore<String, String> pending;
    private boolean loaded;
    private final Set<String> dirty = new TreeSet<>();
    private final Map<String, Long> lastEvaluatedWall = new HashMap<>();
    private final TreeMap<Instant, Set<String>> wakeUps = new TreeMap<>();
    private final Map<String, Instant> wakeUpOf = new HashMap<>();
    private Instant now = Instant.EPOCH;

    SellerHealthProcessor(AccountHealthEvaluator evaluator, StreamsSettings settings) {
        this.evaluator = evaluator;
        this.retention = evaluator.retention();
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.sellers = context.getStateStore(SELLERS);
        this.pending = context.getStateStore(PENDING);
        context.schedule(settings.punctuation(), PunctuationType.STREAM_TIME, at -> punctuate(false));
        context.schedule(settings.punctuation(), PunctuationType.WALL_CLOCK_TIME, at -> punctuate(true));
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        load();
        Optional<RecordMetadata> where = context.recordMetadata();
        String key = record.key() == null ? null : utf8(record.key());
        String value = record.value() == null ? null : utf8(record.value());
        if (key == null || !SELLER_ID.matcher(key).matches()) {
            reject(record, where, "key", record.key() == null ? "no key: the key is the seller id"
                    : key == null ? "the key is not UTF-8 text" : "not a seller id (1 to 128 letters, digits and . _ : @ -,"
                    + " starting with a letter or digit): " + shown(key));
            return;
        }
        if (value == null) {
            reject(record, where, "(json)", record.value() == null ? "no value: the value is one event as a JSON line"
                    : "the value is not UTF-8 text");
            return;
        }
        List<RejectedLine> rejected = new ArrayList<>();
        List<SellerEvent> events = EventReader.lenient(rejected::add)
                .events(new StringReader(value), topic(where)).toList();
        if (!rejected.isEmpty()) {
            RejectedLine bad = rejected.get(0);
            reject(record, where, bad.field(), bad.reason());
            return;
        }
        if (events.size() != 1) {
            reject(record, where, "(json)", events.isEmpty() ? "no event: the value is blank or a comment"
                    : events.size() + " events in one record: a record holds one event");
            return;
        }
        pending.put(key + SEPARATOR + where.map(m -> String.format("%010d%c%019d", m.partition(), SEPARATOR, m.offset()))
                .orElseGet(() -> String.format("%019d", record.timestamp())), value);
        dirty.add(key);
    }

    /**
     * Evaluates the sellers that are due: woken by time, or with events and past their debounce;
     * those left when the budget is spent (measured on the machine's clock, as it is the stream
     * thread's time at stake, not the reports') wait for the next punctuation.
     */
    private void punctuate(boolean wallClock) {
        if (!settings.wallClockAdvancesTime() && context.currentStreamTimeMs() < 0) {
            return; // no record yet since the task started: no instant to evaluate as of
        }
        load();
        advanceNow();
        long wall = context.currentSystemTimeMs();
        List<String> due = new ArrayList<>();
        for (Set<String> woken : wakeUps.headMap(now, true).values()) {
            due.addAll(woken);
        }
        if (wallClock) {
            long debounce = settings.debounce().toMillis();
            for (String seller : dirty) {
                Long last = lastEvaluatedWall.get(seller);
                if (last == null || wall - last >= debounce) {
                    due.add(seller);
                }
            }
        }
        long started = System.nanoTime();
        long budget = settings.punctuationBudget().toNanos();
        for (String seller : new LinkedHashSet<>(due)) {
            evaluate(seller, wall);
            if (System.nanoTime() - started > budget) {
                break;
            }
        }
    }

    /** Reports are as of the stream time, or the wall clock when it is ahead and allowed to count; never backwards. */
    private void advanceNow() {
        long stream = context.currentStreamTimeMs();
        long latest = settings.wallClockAdvancesTime() ? Math.max(stream, context.currentSystemTimeMs()) : stream;
        if (latest > now.toEpochMilli()) {
            now = Instant.ofEpochMilli(latest);
        }
    }

    private void evaluate(String seller, long wall) {
        byte[] stored = sellers.get(seller);
        SellerRecord record = stored == null ? SellerRecord.fresh() : SellerRecord.fromBytes(stored);
        SellerState state = record.state();
        List<String> merged = new ArrayList<>();
        try (KeyValueIterator<String, String> events = pending.prefixScan(seller + SEPARATOR,
                Serdes.String().serializer())) {
            while (events.hasNext()) {
                KeyValue<String, String> event = events.next();
                merged.add(event.key);
                EventReader.strict().events(new StringReader(event.value), "pending event").forEach(state::add);
            }
        } catch (EventFormatException e) {
            throw new IllegalStateException("a pending event of " + seller + " no longer reads: " + e.getMessage(), e);
        }
        boolean fresh = !merged.isEmpty() || dirty.contains(seller);
        AccountHealthReport report = null;
        String json = null;
        for (int step = 0; step < CATCH_UP; step++) {
            Optional<Instant> woken = record.nextWakeUp().filter(at -> !at.isAfter(now));
            Instant asOf;
            if (woken.isPresent()) {
                asOf = woken.get();
            } else if (fresh) {
                asOf = record.lastAsOf().filter(last -> last.isAfter(now)).orElse(now);
                fresh = false;
            } else {
                break;
            }
            report = evaluator.evaluate(state.events(), asOf);
            json = Alerts.reportJson(report);
            for (String alert : Alerts.of(seller, record, report, json)) {
                context.forward(new Record<>(seller, alert, asOf.toEpochMilli()), ALERTS);
            }
            record = new SellerRecord(state, Optional.of(asOf), WakeUp.after(report),
                    Optional.of(report.status()), Alerts.statuses(report));
        }
        if (report != null) {
            context.forward(new Record<>(seller, json, report.asOf().toEpochMilli()), REPORTS);
            state.prune(report.asOf(), retention);
        }
        sellers.put(seller, record.toBytes());
        merged.forEach(pending::delete);
        if (!fresh) {
            dirty.remove(seller);
        }
        lastEvaluatedWall.put(seller, wall);
        wakeAt(seller, record.nextWakeUp());
    }

    private void wakeAt(String seller, Optional<Instant> at) {
        Instant before = wakeUpOf.remove(seller);
        if (before != null) {
            Set<String> same = wakeUps.get(before);
            same.remove(seller);
            if (same.isEmpty()) {
                wakeUps.remove(before);
            }
        }
        at.ifPresent(instant -> {
            wakeUpOf.put(seller, instant);
            wakeUps.computeIfAbsent(instant, i -> new TreeSet<>()).add(seller);
        });
    }

    /** After a start or a rebalance, what the stores say is to do: pending events, wake-ups. */
    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (KeyValueIterator<String, String> all = pending.all()) {
            while (all.hasNext()) {
                String key = all.next().key;
                dirty.add(key.substring(0, key.indexOf(SEPARATOR)));
            }
        }
        try (KeyValueIterator<String, byte[]> all = sellers.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> seller = all.next();
                wakeAt(seller.key, SellerRecord.nextWakeUp(seller.value));
            }
        }
    }

    private void reject(Record<byte[], byte[]> record, Optional<RecordMetadata> where, String field, String reason) {
        ObjectNode rejected = JSON.createObjectNode();
        rejected.put("reason", reason);
        rejected.put("field", field);
        rejected.put("topic", topic(where));
        if (where.isPresent()) {
            rejected.put("partition", where.get().partition());
            rejected.put("offset", where.get().offset());
        } else {
            rejected.putNull("partition");
            rejected.putNull("offset");
        }
        rejected.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        rejected.put("value", record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
        context.forward(new Record<>(rejected.get("key").isNull() ? null : rejected.get("key").asText(),
                rejected.toString(), record.timestamp()), REJECTED);
    }

    private static String topic(Optional<RecordMetadata> where) {
        return where.map(RecordMetadata::topic).orElse("(unknown topic)");
    }

    private static String shown(String key) {
        String escaped = key.length() > 140 ? key.substring(0, 140) + "…" : key;
        return JSON.getNodeFactory().textNode(escaped).toString();
    }

    /** The text of bytes that are valid UTF-8, or null. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
