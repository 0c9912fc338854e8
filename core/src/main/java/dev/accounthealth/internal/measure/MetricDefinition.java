package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a rule file says about one metric for one channel and window: its length and lag, its
 * target, its warning margin, the factor at which a breach turns critical, its enforcement and
 * the marketplaces it applies to. Every number here comes from DRL; Java holds none of them.
 *
 * <p>Built in a rule's consequence:
 * <pre>{@code
 * insert(MetricDefinition.metric("LATE_SHIPMENT_RATE").channel(Channel.MFN).days(10).anchor("latestShipAt")
 *     .lessThan("0.04").warningMargin("0.2").criticalFactor("2")
 *     .enforcement(Enforcement.ENFORCED).build());
 * }</pre>
 */
public final class MetricDefinition {
    private final String metric;
    private final Channel channel;
    private final int days;
    private final int lagDays;
    private final TargetCondition condition;
    private final BigDecimal target;
    private final BigDecimal warningMargin;
    private final BigDecimal criticalFactor;
    private final Enforcement enforcement;
    private final Set<Marketplace> marketplaces;
    private final String anchor;
    private boolean measured = true;

    private MetricDefinition(Builder b) {
        this.metric = b.metric;
        this.channel = b.channel;
        this.days = b.days;
        this.lagDays = b.lagDays;
        this.condition = b.condition;
        this.target = b.target;
        this.warningMargin = b.warningMargin;
        this.criticalFactor = b.criticalFactor;
        this.enforcement = b.enforcement;
        this.marketplaces = b.marketplaces.isEmpty() ? Set.of() : Set.copyOf(b.marketplaces);
        this.anchor = b.anchor;
    }

    /** Starts the definition of a metric. */
    public static Builder metric(String metric) {
        return new Builder(metric);
    }

    public String getMetric() {
        return metric;
    }

    public Channel getChannel() {
        return channel;
    }

    public int getDays() {
        return days;
    }

    public int getLagDays() {
        return lagDays;
    }

    public TargetCondition getCondition() {
        return condition;
    }

    public BigDecimal getTarget() {
        return target;
    }

    /** Zero when the rule file sets none: the metric then never warns. */
    public BigDecimal getWarningMargin() {
        return warningMargin;
    }

    /** {@code null} when a breach of this metric never turns critical by itself. */
    public BigDecimal getCriticalFactor() {
        return criticalFactor;
    }

    public Enforcement getEnforcement() {
        return enforcement;
    }

    /** Empty when the metric applies to every marketplace. */
    public Set<Marketplace> getMarketplaces() {
        return marketplaces;
    }

    /** The property of each counted item that the window is read over, e.g. {@code latestShipAt}. */
    public String getAnchor() {
        return anchor;
    }

    /**
     * False once {@code inputs.drl} found that the evaluation's inputs lack what the metric
     * needs: its windows then contain nothing and its verdict is {@code NO_DATA}.
     */
    public boolean isMeasured() {
        return measured;
    }

    /** Marks the metric as one the inputs cannot measure; called from {@code inputs.drl}. */
    public void leaveUnmeasured() {
        measured = false;
    }

    public boolean appliesTo(Marketplace marketplace) {
        return marketplaces.isEmpty() || marketplaces.contains(marketplace);
    }

    @Override
    public String toString() {
        return metric + " " + channel + " " + days + " d" + (lagDays == 0 ? "" : " (lag " + lagDays + " d)")
                + (marketplaces.isEmpty() ? "" : " in " + new java.util.TreeSet<>(marketplaces));
    }

    /** Collects a definition; {@link #build()} says which part is missing or impossible. */
    public static final class Builder {
        private final String metric;
        private Channel channel;
        private int days;
        private int lagDays;
        private TargetCondition condition;
        private BigDecimal target;
        private BigDecimal warningMargin = BigDecimal.ZERO;
        private BigDecimal criticalFactor;
        private Enforcement enforcement;
        private final Set<Marketplace> marketplaces = EnumSet.noneOf(Marketplace.class);
        private String anchor;

        private Builder(String metric) {
            this.metric = metric;
        }

        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /** The window's length in days. */
        public Builder days(int days) {
            this.days = days;
            return this;
        }

        /** How many days before {@code asOf} the window ends. */
        public Builder lagDays(int lagDays) {
            this.lagDays = lagDays;
            return this;
        }

        /**
         * The date of each counted item the window is read over: the name of its property, e.g.
         * {@code "latestShipAt"} for orders or {@code "requestedAt"} for return requests. An item
         * leaves the window {@code days + lagDays} days after it.
         */
        public Builder anchor(String property) {
            this.anchor = property;
            return this;
        }

        /** The rate must stay below this fraction, e.g. {@code "0.04"}. */
        public Builder lessThan(String target) {
            return target(TargetCondition.LESS_THAN, target);
        }

        /** The rate must stay above this fraction, e.g. {@code "0.95"}. */
        public Builder greaterThan(String target) {
            return target(TargetCondition.GREATER_THAN, target);
        }

        /** The count must not exceed this number, e.g. {@code "0"}. */
        public Builder atMost(String target) {
            return target(TargetCondition.AT_MOST, target);
        }

        private Builder target(TargetCondition condition, String target) {
            this.condition = condition;
            this.target = decimal("target", target);
            return this;
        }

        /** The share of the distance to the target in which the metric warns, e.g. {@code "0.2"}. */
        public Builder warningMargin(String margin) {
            this.warningMargin = decimal("warningMargin", margin);
            return this;
        }

        /** How many times its target a breach must reach to make the marketplace critical, e.g. {@code "2"}. */
        public Builder criticalFactor(String factor) {
            this.criticalFactor = decimal("criticalFactor", factor);
            return this;
        }

        public Builder enforcement(Enforcement enforcement) {
            this.enforcement = enforcement;
            return this;
        }

        /** Restricts the metric to these marketplaces; by default it applies to all. */
        public Builder marketplaces(Marketplace... marketplaces) {
            this.marketplaces.addAll(java.util.Arrays.asList(marketplaces));
            return this;
        }

        private BigDecimal decimal(String field, String text) {
            try {
                return new BigDecimal(text);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("metric " + metric + ": " + field + ": not a decimal number: "
                        + text, e);
            }
        }

        public MetricDefinition build() {
            String problem = problem();
            if (problem != null) {
                throw new IllegalArgumentException("metric " + metric + ": " + problem);
            }
            return new MetricDefinition(this);
        }

        private String problem() {
            if (metric == null || metric.isBlank()) {
                return "an id is required";
            }
            if (channel == null) {
                return "channel is required";
            }
            if (days <= 0) {
                return "days must be positive, was " + days;
            }
            if (lagDays < 0) {
                return "lagDays must not be negative, was " + lagDays;
            }
            if (condition == null) {
                return "a target is required (lessThan, greaterThan or atMost)";
            }
            if (condition != TargetCondition.AT_MOST
                    && (target.signum() < 0 || target.compareTo(BigDecimal.ONE) > 0)) {
                return "a rate target must lie between 0 and 1, was " + target.toPlainString();
            }
            if (warningMargin.signum() < 0 || warningMargin.compareTo(BigDecimal.ONE) > 0) {
                return "warningMargin must lie between 0 and 1, was " + warningMargin.toPlainString();
            }
            if (criticalFactor != null && criticalFactor.compareTo(BigDecimal.ONE) < 0) {
                return "criticalFactor must be at least 1, was " + criticalFactor.toPlainString();
            }
            if (enforcement == null) {
                return "enforcement is required";
            }
            if (anchor == null || anchor.isBlank()) {
                return "anchor is required: the property of each item that the window is read over";
            }
            return null;
        }
    }
}
