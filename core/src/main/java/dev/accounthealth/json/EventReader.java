package dev.accounthealth.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.internal.BadField;
import dev.accounthealth.json.internal.EventDecoder;
import dev.accounthealth.json.internal.JsonConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads seller events from JSON Lines, as the events spec writes them: one JSON object per line,
 * {@code "type"} naming the event, the record's component names as field names, instants as
 * ISO-8601 strings. Unknown fields are ignored; blank lines and lines starting with {@code #}
 * (after any spaces) are skipped; a JSON {@code null} reads as an absent field. Line numbers
 * count every line, skipped ones included, from 1.
 *
 * <pre>{@code
 * // Strict, the default: the first bad line throws EventFormatException
 * try (Stream<SellerEvent> events = EventReader.strict().events(Path.of("orders.jsonl"))) {
 *     report = evaluator.evaluate(events, asOf);
 * }
 *
 * // Lenient: bad lines are set aside and reading goes on
 * List<RejectedLine> rejected = new ArrayList<>();
 * try (Stream<SellerEvent> events = EventReader.lenient(rejected::add).events(Path.of("orders.jsonl"))) {
 *     report = evaluator.evaluate(events, asOf);
 * }
 * String json = ReportWriter.toJson(report, rejected);
 * }</pre>
 *
 * <p>Reading streams: one line is held at a time, however long the input, and a line is read
 * only when the stream asks for the next event. Every line that is neither blank nor a comment
 * ends up either as an event or, in lenient mode, as a {@link RejectedLine}; none is dropped.
 *
 * <p>A reader is immutable and can read any number of inputs; a lenient one hands the rejected
 * lines of all of them to its one consumer.
 */
public final class EventReader {
    private final Consumer<? super RejectedLine> onRejected;

    private EventReader(Consumer<? super RejectedLine> onRejected) {
        this.onRejected = onRejected;
    }

    /**
     * A reader that stops at the first bad line: the stream throws an
     * {@link EventFormatException} naming the source, line, field and reason, after giving the
     * events of the lines before it.
     */
    public static EventReader strict() {
        return new EventReader(rejected -> {
            throw new EventFormatException(rejected);
        });
    }

    /**
     * A reader that hands each bad line to {@code onRejected}, in line order, and goes on.
     *
     * @param onRejected receives each line set aside, e.g. {@code rejected::add}
     */
    public static EventReader lenient(Consumer<? super RejectedLine> onRejected) {
        return new EventReader(Objects.requireNonNull(onRejected, "onRejected"));
    }

    /**
     * The events of a UTF-8 file; the file's path names it in errors. Close the stream to close
     * the file.
     *
     * @throws IOException when the file cannot be opened
     */
    public Stream<SellerEvent> events(Path file) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8()));
        return events(in, file.toString()).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The events of UTF-8 bytes. Closing the stream leaves {@code in} open.
     *
     * @param source names the input in errors, e.g. a file name
     */
    public Stream<SellerEvent> events(InputStream in, String source) {
        return events(new InputStreamReader(in, utf8()), source);
    }

    /**
     * The events of text. Closing the stream leaves {@code in} open.
     *
     * @param source names the input in errors, e.g. a file name
     */
    public Stream<SellerEvent> events(Reader in, String source) {
        BufferedReader lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
        Lines events = new Lines(lines, Objects.requireNonNull(source, "source"));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** JSON text is UTF-8; bytes that are not must fail the read rather than become U+FFFD. */
    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The events of one input, read a line at a time as they are asked for. */
    private final class Lines implements Iterator<SellerEvent> {
        private final BufferedReader in;
        private final String source;
        private long lineNumber;
        private SellerEvent next;
        private boolean done;

        Lines(BufferedReader in, String source) {
            this.in = in;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                String line = readLine();
                if (line == null) {
                    done = true;
                } else {
                    next = decode(line);
                }
            }
            return next != null;
        }

        @Override
        public SellerEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SellerEvent event = next;
            next = null;
            return event;
        }

        private String readLine() {
            try {
                String line = in.readLine();
                if (line != null) {
                    lineNumber++;
                }
                // A byte order mark, as some Windows tools write, is not part of the first line's JSON.
                return lineNumber == 1 && line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
            } catch (CharacterCodingException e) {
                // The reader decodes ahead of the line it returns, so only a lower bound is known.
                throw new UncheckedIOException(source + ": not valid UTF-8 after line " + lineNumber, e);
            } catch (IOException e) {
                throw new UncheckedIOException(source + ": " + e.getMessage(), e);
            }
        }

        /** The event on this line, or null when the line is blank, a comment, or set aside. */
        private SellerEvent decode(String line) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                return null;
            }
            try {
                return EventDecoder.decode(parse(line));
            } catch (BadField e) {
                onRejected.accept(new RejectedLine(source, lineNumber, e.field(), e.reason(), line));
                return null;
            }
        }

        private JsonNode parse(String line) {
            try (JsonParser parser = JsonConfig.READER.createParser(line)) {
                JsonNode node = JsonConfig.READER.readTree(parser);
                if (parser.nextToken() != null) {
                    throw new BadField("(json)", "more than one JSON value on the line, the next at column "
                            + parser.currentTokenLocation().getColumnNr());
                }
                return node;
            } catch (JsonProcessingException e) {
                // Jackson's limits (number length, nesting depth) fail without a location.
                JsonLocation where = e.getLocation();
                throw new BadField("(json)", e.getOriginalMessage()
                        + (where == null ? "" : " at column " + where.getColumnNr()));
            } catch (IOException e) {
                throw new UncheckedIOException("reading a line already in memory", e);
            }
        }
    }
}
