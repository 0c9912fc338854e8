package dev.accounthealth.amazon;

import dev.accounthealth.event.SellerEvent;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * A source of seller events: a JSON Lines file, a Seller Central report, saved SP-API
 * responses or notifications. Each call of {@link #events()} reads it anew, streaming: a row at
 * a time as the stream asks for the next event. Every row becomes events or, from a lenient
 * {@link AmazonReader}, a rejected row naming the source, the line, the column or field and
 * the reason; a strict reader throws at the first.
 */
public interface SellerEventSource {
    /** Names the source in errors and in the report, e.g. the file name. */
    String name();

    /** What kind of input it is, which tells what it can and cannot say. */
    InputKind kind();

    /**
     * The source's events. Close the stream to close the input.
     *
     * @throws IOException when the input cannot be opened
     * @throws dev.accounthealth.json.EventFormatException from a strict reader, at the first row
     *     that gives no valid event; from any reader, when a report's header lacks a column it needs
     */
    Stream<SellerEvent> events() throws IOException;
}
