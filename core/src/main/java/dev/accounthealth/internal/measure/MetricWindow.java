package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import java.time.Duration;
import java.time.Instant;

/**
 * A metric's window at a moment: {@code days} days ending {@code lagDays} days before it. An
 * anchor is inside when {@code from < anchor <= to}. The counting rules count over it:
 * <pre>{@code
 * insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
 * }</pre>
 */
public final class MetricWindow {
    private final MetricDefinition definition;
    private final Moment moment;
    private Instant from;
    private Instant to;

    public MetricWindow(MetricDefinition definition, Moment moment) {
        this.definition = definition;
        this.moment = moment;
        follow();
    }

    /** Ends the window at its moment's instant again, once the moment has moved (less the lag). */
    public void follow() {
        to = moment.getAt().minus(Duration.ofDays(definition.getLagDays()));
        from = to.minus(Duration.ofDays(definition.getDays()));
    }

    public MetricDefinition getDefinition() {
        return definition;
    }

    public Moment getMoment() {
        return moment;
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

    public boolean appliesTo(Marketplace marketplace) {
        return definition.appliesTo(marketplace);
    }

    /**
     * Counts the items in any of these classes (late, defective…), in a marketplace; say among
     * which with {@link Counting#among(String)}.
     */
    public Counting count(Marketplace marketplace, String... classes) {
        return new Counting(this, marketplace, classes, false);
    }

    /**
     * Counts the items in any of these classes where the numerator is good (valid tracking,
     * on-time delivery): the items listed behind the figure are then those that fall short.
     */
    public Counting countGood(Marketplace marketplace, String... classes) {
        return new Counting(this, marketplace, classes, true);
    }

    /** A count being stated: what is counted, waiting for what it is counted among. */
    public static final class Counting {
        private final MetricWindow window;
        private final Marketplace marketplace;
        private final String[] classes;
        private final boolean good;

        private Counting(MetricWindow window, Marketplace marketplace, String[] classes, boolean good) {
            if (classes.length == 0) {
                throw new IllegalArgumentException(window.getMetric() + ": count what? Name at least one class");
            }
            this.window = window;
            this.marketplace = marketplace;
            this.classes = classes.clone();
            this.good = good;
        }

        /** The count, among the items of a class (orders, orders due to ship, shipments…). */
        public MetricCount among(String denominator) {
            return MetricCount.count(window, marketplace, classes, denominator, good);
        }
    }

    @Override
    public String toString() {
        return definition + " at " + moment + " (" + from + ", " + to + "]";
    }
}
