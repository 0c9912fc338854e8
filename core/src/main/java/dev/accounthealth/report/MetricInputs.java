package dev.accounthealth.report;

import dev.accounthealth.InputData;
import java.util.List;

/**
 * What one metric was computed from, and what the inputs lack for it.
 *
 * @param metric the metric id
 * @param status whether the inputs can measure it
 * @param computedFrom the names of the inputs that carry something the metric reads, in the order given
 * @param lacking what the metric needs and the inputs lack: not empty exactly when it is
 *     {@link Measurability#NOT_MEASURABLE}, and then its verdict is {@code NO_DATA}
 * @param partial what would make the figure complete and the inputs lack
 * @param reason the above in words, e.g. {@code not measurable: no expected ship dates, no
 *     ship-confirmation times in the inputs; add the Orders API response …}
 */
public record MetricInputs(String metric, Measurability status, List<String> computedFrom, List<InputData> lacking,
                           List<InputData> partial, String reason) {

    /** Whether the inputs can measure a metric. */
    public enum Measurability {
        /** The inputs carry everything the metric reads. */
        MEASURED,
        /** Measured, but the inputs lack something that would complete the figure. */
        PARTIAL,
        /** The inputs lack what the metric needs: its verdict is {@code NO_DATA}. */
        NOT_MEASURABLE;
    }

    /** Copies the lists, so the value is immutable. */
    public MetricInputs {
        computedFrom = List.copyOf(computedFrom);
        lacking = List.copyOf(lacking);
        partial = List.copyOf(partial);
    }
}
