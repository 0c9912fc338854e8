package dev.accounthealth.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far a metric is from its target, and when it gets better by itself.
 *
 * <p>For a "less than" target T, with numerator d of denominator n:
 * <ul>
 *   <li>{@code cleanOrdersNeeded}, on a breach: the least k ≥ 0 with d / (n + k) &lt; T, that is
 *       ⌊d / T⌋ + 1 − n clean orders (16 late of 61 against 4 %: 400 + 1 − 61 = 340);</li>
 *   <li>{@code defectsToBreach}, when not breached: the least x ≥ 0 with (d + x) / (n + x) ≥ T.</li>
 * </ul>
 * For a "greater than" target T, with g good items of n (valid tracking, on-time delivery), the
 * mirror figures: {@code cleanOrdersNeeded} is the least number of good items k with
 * (g + k) / (n + k) &gt; T, and {@code defectsToBreach} the least number of items x falling
 * short with g / (n + x) ≤ T. For a count ({@link TargetCondition#AT_MOST}),
 * {@code defectsToBreach} is how many more open items would breach it. Every figure is computed
 * on exact fractions; a figure that does not apply is empty.
 *
 * @param cleanOrdersNeeded on a breach, the good items needed to get back on target
 * @param defectsToBreach when not in breach, the bad items that would cause one
 * @param nextRollOff the earliest instant at which an item behind the figure leaves the window
 *     (its anchor plus the window's length and lag)
 * @param allClearAt the instant the last item behind today's figure leaves the window
 * @param projection for a metric in breach or warning, or whose verdict changes on the way: the
 *     figures at each instant of the report's {@code outlook}, on the roll-off path (nothing new
 *     happens, every open deadline is met on time)
 */
public record Recovery(
        OptionalLong cleanOrdersNeeded,
        OptionalLong defectsToBreach,
        Optional<Instant> nextRollOff,
        Optional<Instant> allClearAt,
        List<ProjectedStatus> projection) {

    /** Copies the list, so the value is immutable. */
    public Recovery {
        projection = List.copyOf(projection);
    }
}
