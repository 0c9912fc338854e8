package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.measure.Classification.ClassSet;
import dev.accounthealth.internal.measure.Classification.Keep;
import dev.accounthealth.internal.measure.Classification.Tally;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a counting rule found for one metric window in one marketplace at one moment: how many
 * items it counted among, and how many of them are in the numerator. At the evaluation's own
 * moment it also lists the items flagged (the numerator's items; for a metric whose numerator is
 * good, the items that fall short), and on request every item counted and why each flagged one
 * is flagged, for root causes. Its comparisons are exact fractions: no rate is rounded before it
 * is judged.
 */
public final class MetricCount {
    private final MetricWindow window;
    private final Marketplace marketplace;
    private final ClassSet numeratorClasses;
    private final String denominatorClass;
    private final long numerator;
    private final long denominator;
    private final List<Counted> flagged;
    /** The count kept between a live session's reports this one was read from, if any. */
    private final Optional<KeptCount> kept;
    /** Whether the flagged items are those short of a good numerator. */
    private final boolean flagsShortfalls;
    /** The versions of the kept count, all its items and its flagged ones, when this one was read from it. */
    private final long keptVersion;
    private final long keptFlaggedVersion;
    private Enforcement enforcement;
    private Listed listed;
    /** What {@link #countOf} answered, class by class, in the order asked: what conditions on this count read. */
    private String[] readClasses = {};
    private long[] readCounts = {};

    private MetricCount(MetricWindow window, Marketplace marketplace, ClassSet numeratorClasses, String denominatorClass,
                        long numerator, long denominator, List<Counted> flagged, Optional<KeptCount> kept,
                        boolean flagsShortfalls) {
        this.window = window;
        this.marketplace = marketplace;
        this.numeratorClasses = numeratorClasses;
        this.denominatorClass = denominatorClass;
        this.numerator = numerator;
        this.denominator = denominator;
        this.flagged = flagged;
        this.kept = kept;
        this.flagsShortfalls = flagsShortfalls;
        this.keptVersion = kept.map(KeptCount::version).orElse(-1L);
        this.keptFlaggedVersion = kept.map(k -> k.versionOf(flagsShortfalls)).orElse(-1L);
        this.enforcement = window.getDefinition().getEnforcement();
    }

    static MetricCount count(MetricWindow window, Marketplace marketplace, String[] classes, String denominatorClass,
                             boolean good) {
        Classification classification = window.getMoment().classification();
        ClassSet numeratorClasses = classification.classSet(classes);
        Keep keep = !window.getMoment().isNow() ? Keep.NONE : good ? Keep.SHORT : Keep.FLAGGED;
        Tally tally = classification.count(window, marketplace, numeratorClasses,
                classification.classId(denominatorClass), keep);
        return new MetricCount(window, marketplace, numeratorClasses, denominatorClass, tally.numerator(),
                tally.denominator(), tally.items(), tally.kept(), good);
    }

    /**
     * Makes the metric enforced when any item counted is in a class at the moment (an open notice
     * in a category Amazon deactivates accounts for); returns this count.
     */
    public MetricCount enforcedWhenAny(String className) {
        if (countOf(className) > 0) {
            enforcement = Enforcement.ENFORCED;
        }
        return this;
    }

    /**
     * How many of the items counted among are in a class at the moment (open critical notices…).
     * Counted once per class: a condition on this count reads what it read when the count was made,
     * and two counts are equal only if they read the same.
     */
    public long countOf(String className) {
        for (int i = 0; i < readClasses.length; i++) {
            if (readClasses[i].equals(className)) {
                return readCounts[i];
            }
        }
        Classification classification = window.getMoment().classification();
        long count = classification.count(window, marketplace, classification.classSet(className),
                classification.classId(denominatorClass), Keep.NONE).numerator();
        int read = readClasses.length;
        readClasses = Arrays.copyOf(readClasses, read + 1);
        readCounts = Arrays.copyOf(readCounts, read + 1);
        readClasses[read] = className;
        readCounts[read] = count;
        return count;
    }

    public MetricWindow getWindow() {
        return window;
    }

    public Moment getMoment() {
        return window.getMoment();
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

    /** The items behind the figure at the evaluation's moment: the numerator's, or those that fall short. */
    public List<Counted> getFlagged() {
        return flagged;
    }

    /** Every item counted among at the moment but those flagged; counted again on each call. */
    public List<Counted> getUnflagged() {
        Classification classification = window.getMoment().classification();
        return classification.count(window, marketplace, numeratorClasses, classification.classId(denominatorClass),
                flagsShortfalls ? Keep.FLAGGED : Keep.SHORT).items();
    }

    /**
     * Along each dimension, the values of the items flagged at the moment, each with how many of
     * them have it and how many of all the items counted: what root causes are judged from.
     */
    public List<List<ValueTally>> valueTallies(List<Dimension> dimensions, LocalTime cutoff) {
        List<List<ValueTally>> tallies = new ArrayList<>(dimensions.size());
        if (kept.isPresent()) {
            for (Dimension dimension : dimensions) {
                tallies.add(kept.get().valueTallies(dimension, cutoff, flagsShortfalls));
            }
            return tallies;
        }
        // Per dimension and value: the flagged items with it, read with why they are flagged; then the others with it.
        List<Map<String, long[]>> groups = new ArrayList<>(dimensions.size());
        for (int d = 0; d < dimensions.size(); d++) {
            groups.add(new HashMap<>());
        }
        for (Counted item : flagged) {
            List<Span> evidence = evidenceOf(item);
            for (int d = 0; d < dimensions.size(); d++) {
                Map<String, long[]> byValue = groups.get(d);
                for (String value : dimensions.get(d).valuesOf(item, evidence, cutoff)) {
                    byValue.computeIfAbsent(value, v -> new long[2])[0]++;
                }
            }
        }
        // The rest of the items counted, in one pass for every dimension: an item not flagged has no evidence.
        for (Counted item : getUnflagged()) {
            for (int d = 0; d < dimensions.size(); d++) {
                Map<String, long[]> byValue = groups.get(d);
                if (byValue.isEmpty()) {
                    continue;
                }
                for (String value : dimensions.get(d).valuesOf(item, List.of(), cutoff)) {
                    long[] group = byValue.get(value);
                    if (group != null) {
                        group[1]++;
                    }
                }
            }
        }
        for (Map<String, long[]> byValue : groups) {
            List<ValueTally> some = new ArrayList<>(byValue.size());
            byValue.forEach((value, group) -> some.add(new ValueTally(value, group[0], group[0] + group[1])));
            tallies.add(some);
        }
        return tallies;
    }

    /** Why an item is in the numerator at the moment: its spans in the numerator's classes (none when it is not). */
    public List<Span> evidenceOf(Counted item) {
        return window.getMoment().classification().spansAt(item, numeratorClasses, window.getMoment().getStatusAt());
    }

    /** The order ids behind the figure, sorted, each once. */
    public List<String> getOrderIds() {
        return listed().orderIds();
    }

    /** The ids of the other items behind the figure (messages, notices), sorted, each once. */
    public List<String> getItemIds() {
        return listed().itemIds();
    }

    /** The earliest anchor of the items behind the figure: the first of them to roll off. */
    public Optional<Instant> getFirstAnchor() {
        return Optional.ofNullable(listed().firstAnchor());
    }

    /** The latest anchor of the items behind the figure: the last of them to roll off. */
    public Optional<Instant> getLatestAnchor() {
        return Optional.ofNullable(listed().latestAnchor());
    }

    /**
     * Something derived from the items counted and flagged, under a key that says what it is:
     * derived once for as long as a live session's count keeps the same items, afresh otherwise.
     * The key must tell apart everything the derivation reads besides the items and the figures.
     */
    public <T> T derived(Object key, Supplier<T> derive) {
        return kept.isPresent()
                ? kept.get().derived(keptVersion, kept.get().version(), new Derived(key, flagsShortfalls), derive)
                : derive.get();
    }

    /** Something derived from the flagged items alone: kept while they stay the same, whatever else is counted. */
    private <T> T derivedFromFlagged(Object key, Supplier<T> derive) {
        return kept.isPresent()
                ? kept.get().derived(keptFlaggedVersion, kept.get().versionOf(flagsShortfalls),
                        new Derived(key, flagsShortfalls), derive)
                : derive.get();
    }

    /** A key of something derived, with which side of the numerator is flagged. */
    private record Derived(Object key, boolean flagsShortfalls) {
    }

    /** What the report lists of the flagged items: their ids and the span of their anchors. */
    private record Listed(List<String> orderIds, List<String> itemIds, Instant firstAnchor, Instant latestAnchor) {
    }

    private Listed listed() {
        if (listed == null) {
            listed = derivedFromFlagged(Listed.class, this::list);
        }
        return listed;
    }

    private Listed list() {
        String[] orders = new String[flagged.size()];
        String[] others = new String[flagged.size()];
        int orderCount = 0;
        int otherCount = 0;
        Instant first = null;
        Instant latest = null;
        for (Counted item : flagged) {
            if (item.getOrderId() != null) {
                orders[orderCount++] = item.getOrderId();
            }
            if (!item.countsAnOrder()) {
                others[otherCount++] = item.getItemId();
            }
            Instant anchor = anchorOf(item);
            if (first == null || anchor.isBefore(first)) {
                first = anchor;
            }
            if (latest == null || anchor.isAfter(latest)) {
                latest = anchor;
            }
        }
        return new Listed(sortedDistinct(orders, orderCount), sortedDistinct(others, otherCount), first, latest);
    }

    /** The first {@code size} ids, sorted, each once: the order the report lists them in. */
    private static List<String> sortedDistinct(String[] ids, int size) {
        Arrays.sort(ids, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || !ids[i].equals(ids[distinct - 1])) {
                ids[distinct++] = ids[i];
            }
        }
        return List.of(Arrays.copyOf(ids, distinct));
    }

    /** The anchor date of an item, as the definition names it. */
    public Instant anchorOf(Counted item) {
        return Anchors.of(item, window.getDefinition().getAnchor());
    }

    /** When an item leaves the window: {@code days + lagDays} days after its anchor. */
    public Instant rollOffOf(Counted item) {
        return rollOffAt(anchorOf(item));
    }

    /** When an item anchored at an instant leaves the window. */
    public Instant rollOffAt(Instant anchor) {
        MetricDefinition definition = window.getDefinition();
        return anchor.plus(Duration.ofDays((long) definition.getDays() + definition.getLagDays()));
    }

    /** numerator / denominator ≥ bound, compared exactly; false when there is no denominator. */
    public boolean rateAtLeast(BigDecimal bound) {
        return denominator > 0
                && BigDecimal.valueOf(numerator).compareTo(bound.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    /** numerator / denominator ≤ bound, compared exactly; false when there is no denominator. */
    public boolean rateAtMost(BigDecimal bound) {
        return denominator > 0
                && BigDecimal.valueOf(numerator).compareTo(bound.multiply(BigDecimal.valueOf(denominator))) <= 0;
    }

    /** numerator &gt; bound, for counts. */
    public boolean countAbove(BigDecimal bound) {
        return BigDecimal.valueOf(numerator).compareTo(bound) > 0;
    }

    /** Whether this is the same metric window of the same marketplace as another count, at whatever moment. */
    public boolean sameWindowAs(MetricCount other) {
        MetricDefinition mine = getDefinition();
        MetricDefinition theirs = other.getDefinition();
        return marketplace == other.marketplace && mine.getMetric().equals(theirs.getMetric())
                && mine.getChannel() == theirs.getChannel() && mine.getDays() == theirs.getDays()
                && mine.getLagDays() == theirs.getLagDays();
    }

    /**
     * Whether this rate exceeds an earlier one by more than a margin, compared exactly:
     * n / d − pn / pd &gt; m, i.e. n·pd − pn·d &gt; m·d·pd. False when either has no denominator.
     */
    public boolean roseSince(MetricCount then, BigDecimal margin) {
        long d = denominator;
        long pd = then.denominator;
        if (d == 0 || pd == 0) {
            return false;
        }
        BigDecimal rise = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(pd))
                .subtract(BigDecimal.valueOf(then.numerator).multiply(BigDecimal.valueOf(d)));
        return rise.compareTo(margin.multiply(BigDecimal.valueOf(d)).multiply(BigDecimal.valueOf(pd))) > 0;
    }

    /**
     * The same count: of the same window (the same object, wherever its moment has moved to), in
     * the same marketplace, of the same classes, with the same figures, the same items flagged and
     * the same answers to {@link #countOf}. When a live session moves a moment, the counting rules
     * count each window again, and a count equal to the one concluded before stands in its place,
     * with every conclusion drawn from it: nothing downstream is judged again.
     */
    @Override
    public boolean equals(Object object) {
        if (this == object) {
            return true;
        }
        if (!(object instanceof MetricCount other)) {
            return false;
        }
        return window == other.window && marketplace == other.marketplace && numerator == other.numerator
                && denominator == other.denominator && flagsShortfalls == other.flagsShortfalls
                && enforcement == other.enforcement && denominatorClass.equals(other.denominatorClass)
                && numeratorClasses.ids.equals(other.numeratorClasses.ids) && sameItemsAs(other)
                && readsAsIn(other) && other.readsAsIn(this);
    }

    /** Whether the same items are flagged: read at the same version of the same kept count, or the same ones listed. */
    private boolean sameItemsAs(MetricCount other) {
        if (kept.isPresent() || other.kept.isPresent()) {
            return kept.equals(other.kept) && keptVersion == other.keptVersion
                    && keptFlaggedVersion == other.keptFlaggedVersion;
        }
        if (flagged.size() != other.flagged.size()) {
            return false;
        }
        for (int i = 0; i < flagged.size(); i++) {
            if (flagged.get(i) != other.flagged.get(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean readsAsIn(MetricCount other) {
        for (int i = 0; i < readClasses.length; i++) {
            if (other.countOf(readClasses[i]) != readCounts[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return (System.identityHashCode(window) * 31 + marketplace.hashCode()) * 31
                + Long.hashCode(numerator * 1_000_003L + denominator);
    }

    @Override
    public String toString() {
        return getDefinition() + " in " + marketplace + " at " + getMoment() + ": " + numerator + " / " + denominator;
    }
}
