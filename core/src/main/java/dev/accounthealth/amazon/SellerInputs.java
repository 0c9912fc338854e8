package dev.accounthealth.amazon;

import dev.accounthealth.InputCoverage;
import dev.accounthealth.amazon.internal.OrderItems;
import dev.accounthealth.amazon.internal.OrderMerge;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A seller's inputs read together: their events as one stream, the same order told by several
 * of them made one, and what they can and cannot tell between them.
 *
 * <p>Merging is idempotent and never counts an order twice. Events of one order that agree on
 * what both say merge into one, each field from whichever input has it: the All Orders report's
 * order (no expected ship date) and the Orders API's (with one) become the API's order with the
 * report's SKUs; a cancellation {@code by UNKNOWN} and the API's {@code by BUYER} become the
 * buyer's. Events that contradict each other are all passed on, and the evaluation keeps the
 * earliest and reports the conflict. Equal events count once in the evaluation anyway, so the
 * same file given twice changes nothing.
 *
 * <p>The Orders API v0 {@code getOrderItems} responses among the inputs are read first and
 * complete the orders of the {@code getOrders} responses (SKUs, buyer-requested cancellation);
 * an item whose order no {@code getOrders} response gives is a rejected row.
 */
public final class SellerInputs {
    private final List<SellerEventSource> sources;

    private SellerInputs(List<SellerEventSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The inputs, in the order given. */
    public static SellerInputs of(List<? extends SellerEventSource> sources) {
        return new SellerInputs(new ArrayList<>(sources));
    }

    /** The inputs, in the order given. */
    public List<SellerEventSource> sources() {
        return sources;
    }

    /**
     * The events of every input, merged; read as the stream asks, except that order events are
     * held until the last input ends (one per order). Close the stream to close the inputs.
     *
     * @throws IOException when an input cannot be opened
     */
    public Stream<SellerEvent> events() throws IOException {
        OrderItems items = new OrderItems();
        List<AmazonReader.FileSource> itemSources = new ArrayList<>();
        for (SellerEventSource source : sources) {
            if (source.kind() == InputKind.ORDER_ITEMS_API_V0 && source instanceof AmazonReader.FileSource file) {
                try (Stream<SellerEvent> none = file.events(items)) {
                    none.forEach(e -> { });
                }
                itemSources.add(file);
            }
        }
        Stream<SellerEvent> all = sources.stream()
                .filter(source -> !itemSources.contains(source))
                .flatMap(source -> open(source, items));
        Stream<SellerEvent> withLeftovers = Stream.concat(all, Stream.of((SellerEvent) null)
                .flatMap(end -> {
                    rejectUnused(items, itemSources);
                    return Stream.<SellerEvent>empty();
                }));
        Iterator<SellerEvent> merged = new OrderMerge(withLeftovers.iterator());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(withLeftovers::close);
    }

    /** What the inputs can tell, one entry per input. */
    public InputCoverage coverage() {
        List<InputCoverage.Input> inputs = new ArrayList<>();
        for (SellerEventSource source : sources) {
            inputs.add(new InputCoverage.Input(source.name(), source.kind().description(), source.kind().provides()));
        }
        return new InputCoverage(inputs);
    }

    private static Stream<SellerEvent> open(SellerEventSource source, OrderItems items) {
        try {
            return source instanceof AmazonReader.FileSource file ? file.events(items) : source.events();
        } catch (IOException e) {
            throw new UncheckedIOException(source.name() + ": " + e.getMessage(), e);
        }
    }

    private static void rejectUnused(OrderItems items, List<AmazonReader.FileSource> itemSources) {
        if (itemSources.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<OrderItems.Place>> order : items.unused().entrySet()) {
            for (OrderItems.Place place : order.getValue()) {
                AmazonReader.FileSource from = itemSources.stream().filter(s -> s.name().equals(place.source()))
                        .findFirst().orElse(itemSources.get(0));
                from.reader().onRejected().accept(new RejectedLine(place.source(), place.line(), place.path(),
                        "an item of order " + order.getKey() + ", which no getOrders response among the inputs gives",
                        place.text()));
            }
        }
    }
}
