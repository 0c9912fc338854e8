package dev.accounthealth.internal.measure;

/**
 * A metric the evaluation's inputs cannot measure, handed to the rules with the history: the
 * inputs lack something the metric needs ({@code metric-inputs.properties}).
 */
public final class UnmeasurableMetric {
    private final String metric;

    public UnmeasurableMetric(String metric) {
        this.metric = metric;
    }

    public String getMetric() {
        return metric;
    }

    @Override
    public String toString() {
        return "UnmeasurableMetric " + metric;
    }
}
