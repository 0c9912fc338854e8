package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a counting rule found for one metric window in one marketplace: the items counted
 * among, the items flagged (the numerator's items; for a metric whose numerator is good, the
 * items that fall short), and the evidence behind them (the feedback, claims and chargebacks
 * behind defective orders). Its comparisons are exact fractions: no rate is rounded before it
 * is judged.
 */
public final class MetricCount {
    private final MetricWindow window;
    private final Marketplace marketplace;
    private final long numerator;
    private final List<Counted> flagged;
    private final List<Counted> population;
    private final Enforcement enforcement;
    private List<Object> evidence = List.of();

    private MetricCount(MetricWindow window, Marketplace marketplace, Collection<?> flagged, Collection<?> population,
                        Enforcement enforcement, boolean shortfall) {
        this.window = window;
        this.marketplace = marketplace;
        this.flagged = counted(flagged);
        this.population = counted(population);
        this.enforcement = Objects.requireNonNull(enforcement, "enforcement");
        this.numerator = shortfall ? this.population.size() - this.flagged.size() : this.flagged.size();
        if (this.flagged.size() > this.population.size()) {
            throw new IllegalArgumentException(window.getDefinition() + " in " + marketplace + ": "
                    + this.flagged.size() + " items flagged among " + this.population.size());
        }
    }

    private static List<Counted> counted(Collection<?> items) {
        List<Counted> list = new ArrayList<>(items.size());
        for (Object item : items) {
            list.add((Counted) item);
        }
        return list;
    }

    /** The numerator is the flagged items (late orders, defective orders, open notices…). */
    public static MetricCount of(MetricWindow window, Marketplace marketplace, Collection<?> numeratorItems,
                                 Collection<?> denominatorItems) {
        return new MetricCount(window, marketplace, numeratorItems, denominatorItems,
                window.getDefinition().getEnforcement(), false);
    }

    /** As {@link #of}, with an enforcement the rule decided rather than the definition's. */
    public static MetricCount of(MetricWindow window, Marketplace marketplace, Collection<?> numeratorItems,
                                 Collection<?> denominatorItems, Enforcement enforcement) {
        return new MetricCount(window, marketplace, numeratorItems, denominatorItems, enforcement, false);
    }

    /**
     * The numerator is good (valid tracking, on-time delivery): it is the denominator less the
     * items that fall short, and those items are the flagged ones.
     */
    public static MetricCount ofShortfall(MetricWindow window, Marketplace marketplace, Collection<?> shortItems,
                                          Collection<?> denominatorItems) {
        return new MetricCount(window, marketplace, shortItems, denominatorItems,
                window.getDefinition().getEnforcement(), true);
    }

    /** Records what lies behind the flagged items (e.g. the defects of defective orders); returns this count. */
    public MetricCount because(Collection<?> evidence) {
        this.evidence = List.copyOf(evidence);
        return this;
    }

    public MetricWindow getWindow() {
        return window;
    }

    public MetricDefinition getDefinition() {
        return window.getDefinition();
    }

    public String getMetric() {
        return window.getMetric();
    }

    public TargetCondition getCondition() {
        return window.getDefinition().getCondition();
    }

    public BigDecimal getTarget() {
        return window.getDefinition().getTarget();
    }

    public BigDecimal getWarningMargin() {
        return window.getDefinition().getWarningMargin();
    }

    public BigDecimal getCriticalFactor() {
        return window.getDefinition().getCriticalFactor();
    }

    public Marketplace getMarketplace() {
        return marketplace;
    }

    public long getNumerator() {
        return numerator;
    }

    public long getDenominator() {
        return population.size();
    }

    public Enforcement getEnforcement() {
        return enforcement;
    }

    /** The items behind the figure: the numerator's, or those that fall short. */
    public List<Counted> getFlagged() {
        return flagged;
    }

    /** Every item counted among. */
    public List<Counted> getPopulation() {
        return population;
    }

    public List<Object> getEvidence() {
        return evidence;
    }

    public List<String> getOrderIds() {
        TreeSet<String> orders = new TreeSet<>();
        for (Counted item : flagged) {
            if (item.getOrderId() != null) {
                orders.add(item.getOrderId());
            }
        }
        return List.copyOf(orders);
    }

    public List<String> getItemIds() {
        TreeSet<String> others = new TreeSet<>();
        for (Counted item : flagged) {
            if (!item.countsAnOrder()) {
                others.add(item.getItemId());
            }
        }
        return List.copyOf(others);
    }

    /** The anchor date of an item, as the definition names it. */
    public Instant anchorOf(Counted item) {
        return Anchors.of(item, window.getDefinition().getAnchor());
    }

    /** When an item leaves the window: {@code days + lagDays} days after its anchor. */
    public Instant rollOffOf(Counted item) {
        MetricDefinition definition = window.getDefinition();
        return anchorOf(item).plus(Duration.ofDays((long) definition.getDays() + definition.getLagDays()));
    }

    /** numerator / denominator ≥ bound, compared exactly; false when there is no denominator. */
    public boolean rateAtLeast(BigDecimal bound) {
        return getDenominator() > 0
                && BigDecimal.valueOf(numerator).compareTo(bound.multiply(BigDecimal.valueOf(getDenominator()))) >= 0;
    }

    /** numerator / denominator ≤ bound, compared exactly; false when there is no denominator. */
    public boolean rateAtMost(BigDecimal bound) {
        return getDenominator() > 0
                && BigDecimal.valueOf(numerator).compareTo(bound.multiply(BigDecimal.valueOf(getDenominator()))) <= 0;
    }

    /** numerator &gt; bound, for counts. */
    public boolean countAbove(BigDecimal bound) {
        return BigDecimal.valueOf(numerator).compareTo(bound) > 0;
    }

    @Override
    public String toString() {
        return getDefinition() + " in " + marketplace + ": " + numerator + " / " + getDenominator();
    }
}
