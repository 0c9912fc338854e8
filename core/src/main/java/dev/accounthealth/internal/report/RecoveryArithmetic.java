package dev.accounthealth.internal.report;

import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.ProjectedStatus;
import dev.accounthealth.report.Recovery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The exact arithmetic of {@link Recovery}: how many good or bad items move a count across the
 * target the rules gave it. Targets, windows and verdicts come from the rules; this only counts.
 */
final class RecoveryArithmetic {
    private RecoveryArithmetic() {
    }

    /**
     * A count's recovery with its projection. The figures part is found once for as long as a live
     * session's count keeps the same items; the projection, which follows the forecast's paths,
     * is not part of what is kept, so what a count keeps stays one entry per definition and verdict.
     */
    static Recovery of(MetricCount count, MetricStatus status, List<ProjectedStatus> projection) {
        Recovery figures = count.derived(new FiguresOf(count.getDefinition(), status), () -> ofFigures(count, status));
        return projection.isEmpty() ? figures : new Recovery(figures.cleanOrdersNeeded(), figures.defectsToBreach(),
                figures.nextRollOff(), figures.allClearAt(), projection);
    }

    /** The key of a count's recovery figures: its definition's target and its verdict decide them. */
    private record FiguresOf(MetricDefinition definition, MetricStatus status) {
    }

    private static Recovery ofFigures(MetricCount count, MetricStatus status) {
        // Every item rolls off the same time after its anchor: the earliest and latest anchors say when.
        Optional<Instant> next = count.getFirstAnchor().map(count::rollOffAt);
        Optional<Instant> last = count.getLatestAnchor().map(count::rollOffAt);
        boolean breach = status == MetricStatus.BREACH;
        OptionalLong clean = OptionalLong.empty();
        OptionalLong defects = OptionalLong.empty();
        long d = count.getNumerator();
        long n = count.getDenominator();
        BigDecimal target = count.getTarget();
        switch (count.getCondition()) {
            case LESS_THAN -> {
                if (breach) {
                    clean = cleanToGetUnder(d, n, target);
                } else {
                    defects = defectsToReach(d, n, target);
                }
            }
            case GREATER_THAN -> {
                if (breach) {
                    clean = goodToGetOver(d, n, target);
                } else if (n > 0) {
                    defects = shortfallsToFallTo(d, n, target);
                }
            }
            case AT_MOST -> {
                if (!breach) {
                    defects = OptionalLong.of(target.add(BigDecimal.ONE).subtract(BigDecimal.valueOf(d))
                            .setScale(0, RoundingMode.CEILING).longValueExact());
                }
            }
        }
        return new Recovery(clean, defects, next, last, List.of());
    }

    /** Least k ≥ 0 with d / (n + k) &lt; T: ⌊d / T⌋ + 1 − n. */
    static OptionalLong cleanToGetUnder(long d, long n, BigDecimal target) {
        if (target.signum() <= 0) {
            return OptionalLong.empty();
        }
        long floor = BigDecimal.valueOf(d).divide(target, 0, RoundingMode.FLOOR).longValueExact();
        return OptionalLong.of(Math.max(0, floor + 1 - n));
    }

    /** Least x ≥ 0 with (d + x) / (n + x) ≥ T and n + x &gt; 0: ⌈(T n − d) / (1 − T)⌉. */
    static OptionalLong defectsToReach(long d, long n, BigDecimal target) {
        BigDecimal room = BigDecimal.ONE.subtract(target);
        if (room.signum() <= 0) {
            return OptionalLong.empty();
        }
        BigDecimal gap = target.multiply(BigDecimal.valueOf(n)).subtract(BigDecimal.valueOf(d));
        long x = Math.max(0, gap.divide(room, 0, RoundingMode.CEILING).longValueExact());
        return OptionalLong.of(n + x == 0 ? 1 : x);
    }

    /** Least k ≥ 0 with (g + k) / (n + k) &gt; T: ⌊(T n − g) / (1 − T)⌋ + 1. */
    static OptionalLong goodToGetOver(long g, long n, BigDecimal target) {
        BigDecimal room = BigDecimal.ONE.subtract(target);
        if (room.signum() <= 0) {
            return OptionalLong.empty();
        }
        BigDecimal gap = target.multiply(BigDecimal.valueOf(n)).subtract(BigDecimal.valueOf(g));
        long k = gap.divide(room, 0, RoundingMode.FLOOR).longValueExact() + 1;
        return OptionalLong.of(Math.max(0, k));
    }

    /** Least x ≥ 0 with g / (n + x) ≤ T: ⌈g / T⌉ − n. */
    static OptionalLong shortfallsToFallTo(long g, long n, BigDecimal target) {
        if (target.signum() <= 0) {
            return OptionalLong.empty();
        }
        long x = BigDecimal.valueOf(g).divide(target, 0, RoundingMode.CEILING).longValueExact() - n;
        return OptionalLong.of(Math.max(0, x));
    }
}
