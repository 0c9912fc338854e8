package dev.accounthealth.internal.measure;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import java.time.Duration;
import java.time.Instant;

/**
 * A metric's window as of an evaluation: {@code days} days ending {@code lagDays} days before
 * {@code asOf}. An anchor is inside when {@code from < anchor <= to}.
 */
public final class MetricWindow {
    private final MetricDefinition definition;
    private final Instant from;
    private final Instant to;

    public MetricWindow(MetricDefinition definition, Instant asOf) {
        this.definition = definition;
        this.to = asOf.minus(Duration.ofDays(definition.getLagDays()));
        this.from = to.minus(Duration.ofDays(definition.getDays()));
    }

    public MetricDefinition getDefinition() {
        return definition;
    }

    public String getMetric() {
        return definition.getMetric();
    }

    public Channel getChannel() {
        return definition.getChannel();
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }

    /**
     * Whether the anchor instant falls in the window; an absent anchor never does, nor does any
     * when the inputs cannot measure the metric.
     */
    public boolean contains(Instant anchor) {
        return anchor != null && definition.isMeasured() && anchor.isAfter(from) && !anchor.isAfter(to);
    }

    /** Whether orders of this fulfilment channel are counted. */
    public boolean covers(FulfillmentChannel channel) {
        return definition.getChannel() == Channel.ALL || definition.getChannel().name().equals(channel.name());
    }

    public boolean appliesTo(Marketplace marketplace) {
        return definition.appliesTo(marketplace);
    }

    @Override
    public String toString() {
        return definition + " (" + from + ", " + to + "]";
    }
}
