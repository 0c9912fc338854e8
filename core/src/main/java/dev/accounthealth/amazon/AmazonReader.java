package dev.accounthealth.amazon;

import dev.accounthealth.amazon.internal.AccountStatusRows;
import dev.accounthealth.amazon.internal.AllOrdersRows;
import dev.accounthealth.amazon.internal.EventRows;
import dev.accounthealth.amazon.internal.FinancesRows;
import dev.accounthealth.amazon.internal.GetOrdersRows;
import dev.accounthealth.amazon.internal.OrderChangeRows;
import dev.accounthealth.amazon.internal.OrderItems;
import dev.accounthealth.amazon.internal.OrderItemsRows;
import dev.accounthealth.amazon.internal.Recognizer;
import dev.accounthealth.amazon.internal.Reports;
import dev.accounthealth.amazon.internal.SearchOrdersRows;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventFormatException;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.json.RejectedLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads what a seller has (Seller Central reports, saved SP-API responses and notifications,
 * JSON Lines events) as {@link SellerEventSource}s, strict or lenient exactly as
 * {@link EventReader}: a strict reader throws {@link EventFormatException} at the first row that
 * gives no valid event, a lenient one hands it to its consumer as a {@link RejectedLine}
 * ({@code source}, {@code line}, {@code field} = the report's column name or the response
 * field's path, {@code reason}) and goes on. A report whose header lacks a column it needs
 * fails in either mode, naming the file and the column.
 *
 * <pre>{@code
 * List<RejectedLine> rejected = new ArrayList<>();
 * AmazonReader reader = AmazonReader.lenient(rejected::add).marketplace(Marketplace.US);
 * SellerInputs inputs = SellerInputs.of(List.of(
 *     reader.source(Path.of("all-orders.txt")),          // kind recognised from the header
 *     reader.source(Path.of("search-orders.json"))));    // and from the JSON's shape
 * try (Stream<SellerEvent> events = inputs.events()) {
 *     report = evaluator.evaluate(events, asOf, inputs.coverage());
 * }
 * }</pre>
 *
 * <p>Files are UTF-8; bytes that are not fail the read. The returns, feedback and FBA returns
 * reports date their rows without a zone: the reader reads those dates in the zone of its
 * {@link #marketplace(Marketplace)}, and refuses to read them without one. What each kind reads
 * and how is in {@link InputKind}.
 *
 * <p>A reader is immutable; its options return a new reader.
 */
public final class AmazonReader {
    private final Consumer<? super RejectedLine> onRejected;
    private final boolean lenient;
    private final Marketplace marketplace;
    private final ReadProgress progress;
    private final Consumer<? super AccountStatusChange> statusChanges;

    private AmazonReader(Consumer<? super RejectedLine> onRejected, boolean lenient, Marketplace marketplace,
                         ReadProgress progress, Consumer<? super AccountStatusChange> statusChanges) {
        this.onRejected = onRejected;
        this.lenient = lenient;
        this.marketplace = marketplace;
        this.progress = progress;
        this.statusChanges = statusChanges;
    }

    /** A reader that stops at the first row giving no valid event. */
    public static AmazonReader strict() {
        return new AmazonReader(rejected -> {
            throw new EventFormatException(rejected);
        }, false, null, (source, rows) -> { }, change -> { });
    }

    /**
     * A reader that hands each row giving no valid event to {@code onRejected}, in order, and goes on.
     *
     * @param onRejected receives each row set aside, e.g. {@code rejected::add}
     */
    public static AmazonReader lenient(Consumer<? super RejectedLine> onRejected) {
        return new AmazonReader(Objects.requireNonNull(onRejected, "onRejected"), true, null, (source, rows) -> { },
                change -> { });
    }

    /** This reader, reading the zone-less dates of reports as dates of this marketplace. */
    public AmazonReader marketplace(Marketplace marketplace) {
        return new AmazonReader(onRejected, lenient, Objects.requireNonNull(marketplace, "marketplace"), progress,
                statusChanges);
    }

    /** This reader, telling {@code progress} of each row read. */
    public AmazonReader progress(ReadProgress progress) {
        return new AmazonReader(onRejected, lenient, marketplace, Objects.requireNonNull(progress, "progress"),
                statusChanges);
    }

    /**
     * This reader, handing each {@code ACCOUNT_STATUS_CHANGED} notification it reads to
     * {@code changes}: they give no seller event.
     */
    public AmazonReader accountStatusChanges(Consumer<? super AccountStatusChange> changes) {
        return new AmazonReader(onRejected, lenient, marketplace, progress, Objects.requireNonNull(changes, "changes"));
    }

    /**
     * The kind of a file, from its header or the shape of its JSON.
     *
     * @throws IllegalArgumentException naming the file and listing the kinds read when it is none
     * @throws IOException when the file cannot be read
     */
    public static InputKind recognise(Path file) throws IOException {
        // Only the start is peeked at: a byte that is not UTF-8 is for the reader to report, by line.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            Optional<InputKind> kind = Recognizer.recognise(in);
            return kind.orElseThrow(() -> new IllegalArgumentException(file + ": not an input we read; we read "
                    + Arrays.stream(InputKind.values()).map(InputKind::description)
                    .collect(Collectors.joining(", "))));
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** A file as a source, its kind recognised (see {@link #recognise(Path)}). */
    public SellerEventSource source(Path file) throws IOException {
        return source(file, recognise(file));
    }

    /**
     * A file of the given kind as a source.
     *
     * @throws IllegalArgumentException when the kind dates rows without a zone and this reader
     *     has no marketplace
     */
    public SellerEventSource source(Path file, InputKind kind) {
        checkMarketplace(file.toString(), kind);
        return new FileSource(this, file, kind);
    }

    /**
     * The events of text of a given kind, e.g. a response already in memory. Closing the stream
     * leaves {@code in} open.
     *
     * @param name names the input in errors
     */
    public Stream<SellerEvent> events(Reader in, String name, InputKind kind) {
        checkMarketplace(name, kind);
        return events(in instanceof BufferedReader b ? b : new BufferedReader(in), name, kind, new OrderItems());
    }

    /**
     * The events of bytes of a given kind, e.g. standard input. Closing the stream leaves
     * {@code in} open.
     *
     * @param name names the input in errors
     */
    public Stream<SellerEvent> events(InputStream in, String name, InputKind kind) {
        checkMarketplace(name, kind);
        if (kind == InputKind.JSON_LINES) {
            return counted(jsonLines().events(in, name), name);
        }
        return events(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))),
                name, kind, new OrderItems());
    }

    /** The JSON Lines reader of the same mode, which reads bytes itself and names a bad byte by its line. */
    private EventReader jsonLines() {
        return lenient ? EventReader.lenient(onRejected) : EventReader.strict();
    }

    private Stream<SellerEvent> counted(Stream<SellerEvent> events, String name) {
        long[] count = {0};
        return events.peek(e -> progress.rowsRead(name, ++count[0]));
    }

    Consumer<? super RejectedLine> onRejected() {
        return onRejected;
    }

    private void checkMarketplace(String name, InputKind kind) {
        if (kind.needsMarketplace() && marketplace == null) {
            throw new IllegalArgumentException(name + ": the " + kind.description()
                    + " dates its rows without a time zone: say which marketplace it is from");
        }
    }

    Stream<SellerEvent> events(BufferedReader in, String name, InputKind kind, OrderItems items) {
        LongConsumer rows = count -> progress.rowsRead(name, count);
        ZoneId zone = marketplace == null ? null : marketplace.zone();
        EventRows events = switch (kind) {
            case JSON_LINES -> null;
            case ALL_ORDERS_REPORT -> new AllOrdersRows(in, name, onRejected, rows);
            case RETURNS_REPORT -> Reports.returns(in, name, onRejected, rows, zone);
            case FBA_RETURNS_REPORT -> Reports.fbaReturns(in, name, onRejected, rows, zone);
            case FEEDBACK_REPORT -> Reports.feedback(in, name, onRejected, rows, zone);
            case ORDERS_API -> new SearchOrdersRows(in, name, onRejected, rows);
            case ORDERS_API_V0 -> new GetOrdersRows(in, name, onRejected, rows, items);
            case ORDER_ITEMS_API_V0 -> new OrderItemsRows(in, name, onRejected, rows, items);
            case FINANCES_API -> new FinancesRows(in, name, onRejected, rows);
            case ORDER_CHANGE_NOTIFICATIONS -> new OrderChangeRows(in, name, onRejected, rows);
            case ACCOUNT_STATUS_NOTIFICATIONS -> new AccountStatusRows(in, name, onRejected, rows, statusChanges);
            case SELLER_PERFORMANCE_REPORT -> throw new IllegalArgumentException(name
                    + ": this is Amazon's Account Health report, not seller events: reconcile with it");
        };
        if (events == null) {
            return counted(jsonLines().events(in, name), name);
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** A file read anew on each call of {@link #events()}. */
    static final class FileSource implements SellerEventSource {
        private final AmazonReader reader;
        private final Path file;
        private final InputKind kind;

        FileSource(AmazonReader reader, Path file, InputKind kind) {
            this.reader = reader;
            this.file = file;
            this.kind = kind;
        }

        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public InputKind kind() {
            return kind;
        }

        @Override
        public Stream<SellerEvent> events() throws IOException {
            return events(new OrderItems());
        }

        AmazonReader reader() {
            return reader;
        }

        Stream<SellerEvent> events(OrderItems items) throws IOException {
            if (kind == InputKind.JSON_LINES) {
                return reader.counted(reader.jsonLines().events(file), name());
            }
            BufferedReader in = open(file);
            try {
                return reader.events(in, name(), kind, items).onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (RuntimeException e) {
                in.close();
                throw e;
            }
        }

        @Override
        public String toString() {
            return kind.description() + " " + file;
        }
    }
}
