package dev.accounthealth.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.internal.BadField;
import dev.accounthealth.json.internal.EventDecoder;
import dev.accounthealth.json.internal.JsonConfig;
import dev.accounthealth.json.internal.Line;
import dev.accounthealth.json.internal.LineInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
 * <p>What a line is, and the limits on it:
 * <ul>
 *   <li>Only a line feed ends a line; a carriage return just before it is part of the line
 *       break (CRLF). A carriage return anywhere else stays in the line, where JSON reads it
 *       as white space, so it never splits a line nor shifts the line numbers after it.
 *   <li>Bytes are UTF-8 ({@link #events(Path)}, {@link #events(InputStream, String)}). A line
 *       that is not (a stray byte, an overlong or truncated sequence, an encoded surrogate) is
 *       refused naming the field whose name or string value holds the bad bytes
 *       ({@code (json)} outside any), the bytes and where they are: {@code carrier: not valid
 *       UTF-8: byte FF at byte 67 of the line}. Its {@link RejectedLine#text()} shows each bad
 *       sequence as U+FFFD.
 *   <li>A line holds at most {@link #MAX_LINE_LENGTH} bytes (1 MiB), its line break not
 *       counted: about three thousand times a typical event line, room enough for an export
 *       that carries long fields the reader ignores. A longer line is refused as a whole, field
 *       {@code (line)}, with its length; only its first 200 characters are kept to show it, and
 *       the rest is skipped without being held in memory. A comment line is skipped whatever
 *       its length. Any string within an accepted line is accepted, however long.
 *   <li>A JSON number has at most 1000 characters; a money amount has at most 15 digits before
 *       the decimal point and 6 after (see {@link dev.accounthealth.event.Money}), so that no
 *       value read can grow when it is written out: {@code 1e999999999} is refused, not
 *       expanded to a billion digits.
 * </ul>
 *
 * <p>A reader is immutable and can read any number of inputs; a lenient one hands the rejected
 * lines of all of them to its one consumer.
 */
public final class EventReader {
    /**
     * The longest line read: 1 MiB (1,048,576 bytes of UTF-8; characters when reading text),
     * its line break not counted. A longer line is refused as a whole, with its line number
     * and field {@code (line)}, without being held in memory.
     */
    public static final int MAX_LINE_LENGTH = 1 << 20;

    private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[^`]*`");

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
        InputStream in = Files.newInputStream(file);
        return events(LineInput.utf8(in, MAX_LINE_LENGTH), file.toString()).onClose(() -> {
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
        return events(LineInput.utf8(Objects.requireNonNull(in, "in"), MAX_LINE_LENGTH), source);
    }

    /**
     * The events of text. Closing the stream leaves {@code in} open. The text is already
     * decoded, so its encoding is the caller's: a reader that fails on bytes that are not its
     * encoding fails the read with an {@link UncheckedIOException} that gives only a line
     * before them, as a reader decodes ahead of the line it hands out. Prefer
     * {@link #events(InputStream, String)}, which names the line and field.
     *
     * @param source names the input in errors, e.g. a file name
     */
    public Stream<SellerEvent> events(Reader in, String source) {
        return events(LineInput.text(Objects.requireNonNull(in, "in"), MAX_LINE_LENGTH), source);
    }

    private Stream<SellerEvent> events(LineInput input, String source) {
        Lines events = new Lines(input, Objects.requireNonNull(source, "source"));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The events of one input, read a line at a time as they are asked for. */
    private final class Lines implements Iterator<SellerEvent> {
        private final LineInput in;
        private final String source;
        private long lineNumber;
        private SellerEvent next;
        private boolean done;

        Lines(LineInput in, String source) {
            this.in = in;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                Line line = readLine();
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

        private Line readLine() {
            try {
                Line line = in.next();
                if (line != null) {
                    lineNumber++;
                }
                return line;
            } catch (CharacterCodingException e) {
                // A reader decodes ahead of the line it returns, so only a lower bound is known.
                throw new UncheckedIOException(source + ": not valid UTF-8 after line " + lineNumber, e);
            } catch (IOException e) {
                throw new UncheckedIOException(source + ": " + e.getMessage(), e);
            }
        }

        /** The event on this line, or null when the line is blank, a comment, or set aside. */
        private SellerEvent decode(Line line) {
            String content = line.text().strip();
            if (content.isEmpty() || content.startsWith("#")) {
                return null;
            }
            try {
                if (line.problem().isPresent()) {
                    throw line.problem().get();
                }
                return EventDecoder.decode(parse(line.text()));
            } catch (BadField e) {
                onRejected.accept(new RejectedLine(source, lineNumber, e.field(), e.reason(), line.text()));
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
                // Jackson's limits (number length, nesting depth) fail without a location, and
                // name the setting behind them, which says nothing to whoever wrote the line.
                JsonLocation where = e.getLocation();
                throw new BadField("(json)", JACKSON_SETTING.matcher(e.getOriginalMessage()).replaceAll("")
                        + (where == null ? "" : " at column " + where.getColumnNr()));
            } catch (IOException e) {
                throw new UncheckedIOException("reading a line already in memory", e);
            }
        }
    }
}
