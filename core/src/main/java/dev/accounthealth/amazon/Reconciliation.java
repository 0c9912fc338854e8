package dev.accounthealth.amazon;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Amazon's Account Health figures beside ours: per marketplace and metric, Amazon's window,
 * counts, rate, status and target, ours over the same window, ours as of the evaluation, and why
 * they differ where we can tell. Amazon's figures come from its
 * {@code GET_V2_SELLER_PERFORMANCE_REPORT}; Amazon gives no history and no other window, so
 * once ours agree over Amazon's window, our past, forecast and plan rest on the same counting.
 *
 * @param asOf the instant "ours as of today" is evaluated at
 * @param marketplaces one per marketplace of Amazon's report, in its order
 */
public record Reconciliation(Instant asOf, List<MarketplaceLine> marketplaces) {

    /** Copies the list, so the value is immutable. */
    public Reconciliation {
        marketplaces = List.copyOf(marketplaces);
    }

    /** Whether every metric Amazon reports agrees with ours over Amazon's window, and the statuses too. */
    public boolean agrees() {
        return marketplaces.stream().allMatch(m -> m.statusAgrees() && m.metrics().stream().allMatch(MetricLine::agrees));
    }

    /**
     * One marketplace.
     *
     * @param marketplaceId as Amazon writes it
     * @param marketplace the marketplace it names, when we know it
     * @param amazonStatus Amazon's account status there ({@code NORMAL}, {@code AT_RISK},
     *     {@code DEACTIVATED} or another value, kept as written), when the report has one
     * @param ourStatus our status there as of {@link Reconciliation#asOf()}, when our inputs have events there
     * @param statusAgrees whether they say the same: {@code NORMAL} is our {@code HEALTHY},
     *     {@code AT_RISK} our {@code AT_RISK} or {@code CRITICAL}
     * @param metrics each of Amazon's figures beside ours
     * @param oursAlone our metrics Amazon's report has no figure for (return dissatisfaction,
     *     late responses), with our status as of today
     * @param amazonAlone Amazon's figures and statuses we have no metric for, in words
     */
    public record MarketplaceLine(String marketplaceId, Optional<Marketplace> marketplace, Optional<String> amazonStatus,
                                  Optional<HealthStatus> ourStatus, boolean statusAgrees, List<MetricLine> metrics,
                                  List<String> oursAlone, List<String> amazonAlone) {
        /** Copies the lists, so the value is immutable. */
        public MarketplaceLine {
            metrics = List.copyOf(metrics);
            oursAlone = List.copyOf(oursAlone);
            amazonAlone = List.copyOf(amazonAlone);
        }
    }

    /**
     * One metric.
     *
     * @param metric our metric id
     * @param channel the orders it covers
     * @param amazonField where Amazon's figure is in its report
     * @param amazon Amazon's figure
     * @param inAmazonWindow ours over Amazon's window: our rules' count for the window that ends
     *     where Amazon's ends (of Amazon's length where our rules have one); empty when the metric
     *     does not apply to our inputs there
     * @param today ours as of {@link Reconciliation#asOf()}, when it applies
     * @param agrees whether Amazon's figure and ours over its window have the same counts, the
     *     same status and the same target
     * @param explanations why they differ, and why our figure of today differs from Amazon's
     */
    public record MetricLine(String metric, Channel channel, String amazonField, Side amazon,
                             Optional<Side> inAmazonWindow, Optional<Side> today, boolean agrees,
                             List<Explanation> explanations) {
        /** Copies the list, so the value is immutable. */
        public MetricLine {
            explanations = List.copyOf(explanations);
        }
    }

    /**
     * A figure: its window, its counts and its verdict.
     *
     * @param from the window's start
     * @param to the window's end
     * @param days the window's length in days
     * @param numerator the count
     * @param denominator what it is counted among; empty for Amazon's policy counts
     * @param rate the rate as a fraction, when there is one
     * @param status Amazon's {@code GOOD}/{@code BAD}/{@code NONE} (or another value), or our
     *     {@code OK}/{@code WARNING}/{@code BREACH}/{@code NO_DATA}
     * @param targetCondition {@code LESS_THAN}, {@code GREATER_THAN}, {@code EQUALS} or {@code AT_MOST}
     * @param targetValue the target
     */
    public record Side(Instant from, Instant to, int days, long numerator, Optional<Long> denominator,
                       Optional<BigDecimal> rate, String status, Optional<String> targetCondition,
                       Optional<BigDecimal> targetValue) {
    }

    /**
     * Why two figures differ.
     *
     * @param cause the kind of reason
     * @param text the reason in words, with the figures
     */
    public record Explanation(Cause cause, String text) {
    }

    /** The kinds of reason two figures differ. */
    public enum Cause {
        /** Amazon's window is not ours as of today: today we count over other days. */
        WINDOW_OFFSET,
        /** Orders of our inputs counted today fall outside Amazon's window. */
        OUTSIDE_AMAZON_WINDOW,
        /** Our rules' window has another length than Amazon's. */
        WINDOW_LENGTH,
        /** Amazon counts orders or defects in its window that our inputs do not hold. */
        MISSING_FROM_INPUTS,
        /** Our inputs hold orders or defects in Amazon's window that Amazon does not count. */
        NOT_COUNTED_BY_AMAZON,
        /** Amazon judges the figure against another target than our rules. */
        TARGET_DIFFERS,
        /** The same counts and target, another verdict. */
        STATUS_DIFFERS,
        /** Our inputs cannot measure the metric. */
        NOT_MEASURABLE,
        /** Our inputs have nothing in that marketplace for this metric. */
        NOT_IN_INPUTS;
    }
}
