package dev.accounthealth.report;

import dev.accounthealth.InputCoverage;
import java.util.List;
import java.util.Optional;

/**
 * What an evaluation was told of its inputs and what follows for each metric; empty when it was
 * told nothing (its events were taken as complete, as JSON Lines are).
 *
 * @param sources each input, with what its kind carries
 * @param metrics every metric of the rules, by id
 */
public record ReportInputs(List<InputCoverage.Input> sources, List<MetricInputs> metrics) {
    /** An evaluation told nothing of its inputs. */
    public static final ReportInputs NONE = new ReportInputs(List.of(), List.of());

    /** Copies the lists, so the value is immutable. */
    public ReportInputs {
        sources = List.copyOf(sources);
        metrics = List.copyOf(metrics);
    }

    /** Whether the evaluation was told nothing of its inputs. */
    public boolean isEmpty() {
        return sources.isEmpty() && metrics.isEmpty();
    }

    /** What a metric was computed from, when the evaluation was told its inputs. */
    public Optional<MetricInputs> metric(String metric) {
        return metrics.stream().filter(m -> m.metric().equals(metric)).findFirst();
    }
}
