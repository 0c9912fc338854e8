package dev.accounthealth.state;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.state.internal.Items;
import dev.accounthealth.state.internal.StateCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an evaluation needs of one seller's history, kept between evaluations: the seller's
 * distinct events. Events are merged one at a time, in any order; an event equal to one held
 * is held once. Evaluating {@link #events()} gives the report the whole history gives, for as
 * long as nothing was {@linkplain #prune pruned}.
 *
 * <pre>{@code
 * SellerState state = SellerState.fromBytes(stored);   // or SellerState.empty()
 * state.add(event);
 * state.prune(asOf, evaluator.retention());            // what no rule can count any more goes
 * AccountHealthReport report = evaluator.evaluate(state.events(), asOf);
 * byte[] toStore = state.toBytes();
 * }</pre>
 *
 * <p><b>Pruning.</b> Events are dropped by item: an order and everything about it (shipment,
 * delivery, feedback, claims, chargebacks, returns, messages about it), a message about no
 * order, or a policy notice goes as a whole once every instant it holds (when each event
 * happened, the expected ship and delivery dates) is older than the retention. With the
 * retention of {@link dev.accounthealth.AccountHealthEvaluator#retention()} no such item can
 * count in a window or have a deadline left, so the statuses, figures, breaches, deadlines and
 * outlook are those of the whole history; what the report lists of the dropped events
 * themselves (orphans, conflicts, rule firings) goes with them. The latest item of each
 * marketplace is kept, so that a marketplace the seller sells in stays in the report.
 *
 * <p><b>Bytes.</b> {@link #toBytes()} writes version 1: the magic {@code AHSS}, the version
 * (two bytes), the number of events (four), the length of the events' text (four), the events
 * as JSON Lines in UTF-8 (the library's events format, earliest first), and a CRC-32 of all
 * that (four); integers big-endian. The same events give the same bytes, whatever the order
 * they were added in. {@link #fromBytes} reads every version up to the library's own and
 * refuses anything else with a {@link SellerStateFormatException}: another format, a truncated
 * or altered copy, a newer version.
 *
 * <p>A state is for one thread at a time.
 */
public final class SellerState {
    /** Earliest first; ties by type and content, so the order never depends on arrival. */
    private static final Comparator<SellerEvent> CANONICAL = Comparator.comparing(SellerEvent::at)
            .thenComparing(SellerEvent::type)
            .thenComparing(Object::toString);

    private final Set<SellerEvent> events;

    private SellerState(Set<SellerEvent> events) {
        this.events = events;
    }

    /** A state holding no event. */
    public static SellerState empty() {
        return new SellerState(new LinkedHashSet<>());
    }

    /** A state holding the distinct events of a history. */
    public static SellerState of(Iterable<? extends SellerEvent> history) {
        SellerState state = empty();
        history.forEach(state::add);
        return state;
    }

    /**
     * The state written as {@link #toBytes()} writes it, by this or an earlier version.
     *
     * @throws SellerStateFormatException when the bytes are not a seller state, are damaged, or
     *     are of a newer version than this library reads
     */
    public static SellerState fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new SellerState(new LinkedHashSet<>(StateCodec.decode(bytes)));
    }

    /**
     * Merges one event.
     *
     * @return whether the event is new: false when an equal one is held already
     */
    public boolean add(SellerEvent event) {
        return events.add(Objects.requireNonNull(event, "event"));
    }

    /** The distinct events held, earliest first. */
    public List<SellerEvent> events() {
        List<SellerEvent> sorted = new ArrayList<>(events);
        sorted.sort(CANONICAL);
        return sorted;
    }

    /** How many distinct events are held. */
    public int size() {
        return events.size();
    }

    /** The instant of the latest event held, if any. */
    public Optional<Instant> latestEvent() {
        return events.stream().map(SellerEvent::at).max(Comparator.naturalOrder());
    }

    /**
     * Drops every item wholly older than {@code asOf} minus {@code retention}, the latest item
     * of each marketplace kept.
     *
     * @param asOf the instant evaluations are now as of
     * @param retention how far back the rules can still count: {@code evaluator.retention()}
     * @return how many events were dropped
     */
    public int prune(Instant asOf, Duration retention) {
        Objects.requireNonNull(asOf, "asOf");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, was " + retention);
        }
        Predicate<SellerEvent> dropped = Items.before(events, asOf.minus(retention));
        int before = events.size();
        events.removeIf(dropped);
        return before - events.size();
    }

    /** The state as bytes, version 1 of the format above; equal states give equal bytes. */
    public byte[] toBytes() {
        return StateCodec.encode(events());
    }

    /** Two states are equal when they hold the same events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SellerState state && state.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "SellerState[" + events.size() + " events]";
    }
}
