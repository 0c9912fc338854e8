package dev.accounthealth.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.internal.EventEncoder;
import dev.accounthealth.json.internal.JsonConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes seller events as JSON Lines, in the form {@link EventReader} reads: what it writes
 * reads back as equal events.
 *
 * <pre>{@code
 * {"type":"OrderShipped","at":"2026-10-05T14:02:00Z","orderId":"406-4307814-8186723","carrier":"Colissimo"}
 * }</pre>
 *
 * <p>Each object holds {@code type}, then every field of the event's record in declaration
 * order, {@code at} first. An empty optional field is left out; every other field is written,
 * booleans at their defaults ({@code "businessOrder":false}) and empty lists
 * ({@code "skus":[]}) included, so another tool needs no table of defaults to read the file.
 * Instants are ISO-8601 in UTC; amounts of money are strings ({@code "12.90"}), so their
 * decimals survive any JSON reader.
 */
public final class EventWriter {

    private EventWriter() {
    }

    /**
     * Writes each event on its own line, each line ending in {@code \n}. Events are written as
     * they come, so a generated stream need not be held in memory. {@code out} is flushed, not
     * closed.
     */
    public static void write(Iterable<? extends SellerEvent> events, Writer out) throws IOException {
        try (JsonGenerator json = JsonConfig.compact(out)) {
            for (SellerEvent event : events) {
                EventEncoder.encode(event, json);
                json.writeRaw('\n');
            }
        }
    }

    /** One event as a JSON object on one line, without the line break. */
    public static String toJsonLine(SellerEvent event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonConfig.compact(out)) {
            EventEncoder.encode(event, json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return out.toString();
    }
}
