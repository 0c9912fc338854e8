package dev.accounthealth.rules.oracle;

import dev.accounthealth.event.SellerEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated seller history and the instant to evaluate it at. Its text lists the events by
 * instant, one a line, so that a shrunk counterexample can be read (and pasted into a test).
 */
public record History(List<SellerEvent> events, Instant asOf) {

    public History {
        events = List.copyOf(events);
    }

    public History withEvents(List<SellerEvent> other) {
        return new History(other, asOf);
    }

    @Override
    public String toString() {
        return "asOf " + asOf + ", " + events.size() + " events:\n" + events.stream()
                .sorted(Comparator.comparing(SellerEvent::at))
                .map(e -> "  " + e)
                .collect(Collectors.joining("\n"));
    }
}
