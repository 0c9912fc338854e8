package dev.accounthealth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an evaluation's inputs can tell: one {@link Input} per file or response read, each with
 * the {@link InputData} its kind carries. Handed to
 * {@link AccountHealthEvaluator#evaluate(Iterable, java.time.Instant, InputCoverage)}, it makes
 * every metric whose needs the inputs lack {@code NO_DATA}, and the report says per metric which
 * inputs it was computed from and what it lacks ({@code AccountHealthReport.inputs()}).
 *
 * @param inputs the inputs, in the order given
 */
public record InputCoverage(List<Input> inputs) {

    /**
     * One input.
     *
     * @param name names it, e.g. the file name
     * @param kind what it is, in words, e.g. {@code All Orders report}
     * @param provides what it carries
     */
    public record Input(String name, String kind, Set<InputData> provides) {
        /** Copies the set, so the value is immutable. */
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            provides = provides.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(provides));
        }
    }

    /** Copies the list, so the value is immutable. */
    public InputCoverage {
        inputs = List.copyOf(inputs);
    }

    /** What the inputs carry between them. */
    public Set<InputData> provided() {
        EnumSet<InputData> all = EnumSet.noneOf(InputData.class);
        inputs.forEach(input -> all.addAll(input.provides()));
        return Collections.unmodifiableSet(all);
    }
}
