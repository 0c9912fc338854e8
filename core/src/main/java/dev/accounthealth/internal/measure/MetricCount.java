package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a counting rule found for one metric window in one marketplace: the numerator, the
 * denominator and the items behind the figure. Its comparisons are exact fractions: no rate is
 * rounded before it is judged.
 */
public final class MetricCount {
    private final MetricWindow window;
    private final Marketplace marketplace;
    private final long numerator;
    private final long denominator;
    private final List<String> orderIds;
    private final List<String> itemIds;
    private final Enforcement enforcement;

    private MetricCount(MetricWindow window, Marketplace marketplace, long numerator, long denominator,
                        Collection<?> items, Enforcement enforcement) {
        if (denominator < 0 || numerator < 0 || numerator > denominator
                && window.getDefinition().getCondition() != TargetCondition.AT_MOST) {
            throw new IllegalArgumentException(window.getDefinition() + " in " + marketplace + ": impossible count "
                    + numerator + " / " + denominator);
        }
        this.window = window;
        this.marketplace = marketplace;
        this.numerator = numerator;
        this.denominator = denominator;
        this.enforcement = Objects.requireNonNull(enforcement, "enforcement");
        TreeSet<String> orders = new TreeSet<>();
        TreeSet<String> others = new TreeSet<>();
        for (Object item : items) {
            Counted counted = (Counted) item;
            if (counted.getOrderId() != null) {
                orders.add(counted.getOrderId());
            }
            if (!counted.countsAnOrder()) {
                others.add(counted.getItemId());
            }
        }
        this.orderIds = List.copyOf(orders);
        this.itemIds = List.copyOf(others);
    }

    /** The numerator is the counted items (late orders, defective orders, open notices…). */
    public static MetricCount of(MetricWindow window, Marketplace marketplace, Collection<?> numeratorItems,
                                 Number denominator) {
        return new MetricCount(window, marketplace, numeratorItems.size(), denominator.longValue(), numeratorItems,
                window.getDefinition().getEnforcement());
    }

    /** As {@link #of}, with an enforcement the rule decided rather than the definition's. */
    public static MetricCount of(MetricWindow window, Marketplace marketplace, Collection<?> numeratorItems,
                                 Number denominator, Enforcement enforcement) {
        return new MetricCount(window, marketplace, numeratorItems.size(), denominator.longValue(), numeratorItems,
                enforcement);
    }

    /**
     * The numerator is good (valid tracking, on-time delivery): it is the denominator less the
     * items that fall short, and those items are the ones reported.
     */
    public static MetricCount ofShortfall(MetricWindow window, Marketplace marketplace, Collection<?> shortItems,
                                          Number denominator) {
        long total = denominator.longValue();
        return new MetricCount(window, marketplace, total - shortItems.size(), total, shortItems,
                window.getDefinition().getEnforcement());
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
        return denominator;
    }

    public Enforcement getEnforcement() {
        return enforcement;
    }

    public List<String> getOrderIds() {
        return orderIds;
    }

    public List<String> getItemIds() {
        return itemIds;
    }

    /** numerator / denominator ≥ bound, compared exactly; false when there is no denominator. */
    public boolean rateAtLeast(BigDecimal bound) {
        return denominator > 0 && BigDecimal.valueOf(numerator).compareTo(bound.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    /** numerator / denominator ≤ bound, compared exactly; false when there is no denominator. */
    public boolean rateAtMost(BigDecimal bound) {
        return denominator > 0 && BigDecimal.valueOf(numerator).compareTo(bound.multiply(BigDecimal.valueOf(denominator))) <= 0;
    }

    /** numerator &gt; bound, for counts. */
    public boolean countAbove(BigDecimal bound) {
        return BigDecimal.valueOf(numerator).compareTo(bound) > 0;
    }

    @Override
    public String toString() {
        return getDefinition() + " in " + marketplace + ": " + numerator + " / " + denominator;
    }
}
