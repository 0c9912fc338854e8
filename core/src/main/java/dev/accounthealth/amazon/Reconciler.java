package dev.accounthealth.amazon;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.InputCoverage;
import dev.accounthealth.amazon.Reconciliation.Cause;
import dev.accounthealth.amazon.Reconciliation.Explanation;
import dev.accounthealth.amazon.Reconciliation.MetricLine;
import dev.accounthealth.amazon.Reconciliation.Side;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricInputs;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds Amazon's figures against ours. For each of Amazon's figures it evaluates our inputs
 * over Amazon's own {@code reportingDateRange}: as of the instant at which our rules' window for
 * that metric (of Amazon's length, where the rules have one) ends where Amazon's ends. It also
 * evaluates as of one instant for every metric ("today"), to show what a seller sees on our
 * dashboard beside Amazon's page, and says why the figures differ where it can tell.
 *
 * <pre>{@code
 * PerformanceReport amazon = PerformanceReport.read(Path.of("performance.json"));
 * Reconciliation reconciliation = Reconciler.of(evaluator).reconcile(events, inputs.coverage(), amazon,
 *     Reconciler.reportDay(amazon));
 * }</pre>
 */
public final class Reconciler {
    private static final Duration DAY = Duration.ofDays(1);
    private final AccountHealthEvaluator evaluator;

    private Reconciler(AccountHealthEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** A reconciler that evaluates with this evaluator's rules. */
    public static Reconciler of(AccountHealthEvaluator evaluator) {
        return new Reconciler(Objects.requireNonNull(evaluator, "evaluator"));
    }

    /**
     * The day Amazon's report describes, read from the report itself: the end of its latest
     * window (the late shipment rate's and the rating's end on the day the report is made).
     *
     * @throws IllegalArgumentException when the report has no figure
     */
    public static Instant reportDay(PerformanceReport amazon) {
        return amazon.marketplaces().stream().flatMap(m -> m.metrics().stream()).map(PerformanceReport.Figure::to)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("Amazon's report has no figure to reconcile with"));
    }

    /**
     * Reconciles our inputs with Amazon's report.
     *
     * @param events the seller's events, read as many times as there are windows to evaluate
     * @param coverage what the inputs can tell; empty to take them as complete
     * @param asOf the instant of "ours as of today"
     */
    public Reconciliation reconcile(List<? extends SellerEvent> events, Optional<InputCoverage> coverage,
                                    PerformanceReport amazon, Instant asOf) {
        Map<Instant, AccountHealthReport> evaluations = new HashMap<>();
        AccountHealthReport today = evaluate(events, coverage, asOf, evaluations);
        List<Reconciliation.MarketplaceLine> lines = new ArrayList<>();
        Set<String> idsSeen = new TreeSet<>();
        for (PerformanceReport.MarketplaceFigures figures : amazon.marketplaces()) {
            idsSeen.add(figures.marketplaceId());
            Optional<String> amazonStatus = amazon.accountStatuses().stream()
                    .filter(s -> s.marketplaceId().equals(figures.marketplaceId())).map(s -> s.status()).findFirst();
            lines.add(marketplace(figures.marketplaceId(), figures.marketplace(), amazonStatus, figures, events, coverage,
                    today, evaluations));
        }
        for (PerformanceReport.AccountStatus status : amazon.accountStatuses()) {
            if (idsSeen.add(status.marketplaceId())) {
                lines.add(marketplace(status.marketplaceId(), status.marketplace(), Optional.of(status.status()), null,
                        events, coverage, today, evaluations));
            }
        }
        return new Reconciliation(asOf, lines);
    }

    private Reconciliation.MarketplaceLine marketplace(String id, Optional<Marketplace> marketplace,
                                                       Optional<String> amazonStatus,
                                                       PerformanceReport.MarketplaceFigures figures,
                                                       List<? extends SellerEvent> events,
                                                       Optional<InputCoverage> coverage, AccountHealthReport today,
                                                       Map<Instant, AccountHealthReport> evaluations) {
        Optional<MarketplaceHealth> ours = marketplace.flatMap(today::marketplace);
        Optional<HealthStatus> ourStatus = ours.map(MarketplaceHealth::status);
        boolean statusAgrees = amazonStatus.isEmpty() || ourStatus.isPresent() && switch (amazonStatus.get()) {
            case "NORMAL" -> ourStatus.get() == HealthStatus.HEALTHY;
            case "AT_RISK" -> ourStatus.get() != HealthStatus.HEALTHY;
            default -> false;
        };
        List<MetricLine> metrics = new ArrayList<>();
        List<String> amazonAlone = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        if (figures != null) {
            figures.accountHealthRating().ifPresent(r -> amazonAlone.add("accountHealthRating: " + r));
            figures.warningStates().forEach((type, status) -> amazonAlone.add("warningStates " + type + ": " + status));
            for (PerformanceReport.Figure figure : figures.metrics()) {
                if (figure.metric().isEmpty()) {
                    amazonAlone.add(figure.field() + ": " + figure.numerator() + " / "
                            + figure.denominator().map(String::valueOf).orElse("-") + " " + figure.status()
                            + " (we count packages, not units)");
                    continue;
                }
                reported.add(figure.metric().get());
                metrics.add(metric(figure, marketplace, events, coverage, today, evaluations));
            }
        }
        List<String> oursAlone = new ArrayList<>();
        ours.ifPresent(health -> {
            for (MetricResult result : health.metrics()) {
                if (figures != null && !reported.contains(result.metric())) {
                    oursAlone.add(result.metric() + " " + result.channel() + " " + result.window().days() + " d: "
                            + result.numerator() + " / " + result.denominator() + " " + result.status());
                }
            }
        });
        return new Reconciliation.MarketplaceLine(id, marketplace, amazonStatus, ourStatus, statusAgrees, metrics,
                oursAlone, amazonAlone);
    }

    private MetricLine metric(PerformanceReport.Figure figure, Optional<Marketplace> marketplace,
                              List<? extends SellerEvent> events, Optional<InputCoverage> coverage,
                              AccountHealthReport today, Map<Instant, AccountHealthReport> evaluations) {
        Instant amazonEnd = figure.to();
        int amazonDays = (int) Math.max(1, Math.round((double) Duration.between(figure.from(), amazonEnd.plusSeconds(1))
                .toSeconds() / DAY.toSeconds()));
        Side amazon = new Side(figure.from(), amazonEnd, amazonDays, figure.numerator(), figure.denominator(),
                figure.rate(), figure.status(), figure.targetCondition(), figure.targetValue());
        String metric = figure.metric().orElseThrow();
        Optional<MetricResult> todays = marketplace.flatMap(today::marketplace).flatMap(h -> pick(h, figure, amazonDays));
        List<Explanation> why = new ArrayList<>();
        if (todays.isEmpty()) {
            why.add(new Explanation(Cause.NOT_IN_INPUTS, "our inputs have nothing for this metric in "
                    + marketplace.map(Enum::name).orElse(figure.field())));
            return new MetricLine(metric, figure.channel(), figure.field(), amazon, Optional.empty(), Optional.empty(),
                    false, why);
        }
        MetricResult now = todays.get();
        Instant asOfForAmazon = amazonEnd.plus(Duration.ofDays(now.window().lagDays()));
        MetricResult windowed = evaluate(events, coverage, asOfForAmazon, evaluations).marketplace(marketplace.get())
                .flatMap(h -> h.metric(metric, now.channel(), now.window().days())).orElse(now);
        Side inWindow = side(windowed);
        Side todaySide = side(now);
        Optional<MetricInputs> inputs = today.inputs().metric(metric)
                .filter(i -> i.status() == MetricInputs.Measurability.NOT_MEASURABLE);
        if (inputs.isPresent()) {
            why.add(new Explanation(Cause.NOT_MEASURABLE, inputs.get().reason()));
        } else {
            if (now.window().days() != amazonDays) {
                why.add(new Explanation(Cause.WINDOW_LENGTH, "our rules count " + now.window().days()
                        + " days, Amazon's window is " + amazonDays + " days: ours is over the " + now.window().days()
                        + " days that end where Amazon's ends"));
            }
            counts(figure, amazon, inWindow, why);
            target(amazon, now, why);
            // A component of the order defect rate has a status in Amazon's report but no target of
            // its own: ours judges it against a reading target, so only the counts compare.
            if (why.isEmpty() && amazon.targetValue().isPresent() && !sameStatus(amazon.status(), windowed.status())) {
                why.add(new Explanation(Cause.STATUS_DIFFERS, "the same counts and target, Amazon says " + amazon.status()
                        + ", we say " + windowed.status()));
            }
        }
        boolean agrees = why.isEmpty();
        if (!now.window().to().equals(windowed.window().to()) && !sameCounts(todaySide, inWindow)) {
            long days = Duration.between(amazonEnd, now.window().to()).toHours() / 24;
            why.add(new Explanation(Cause.WINDOW_OFFSET, "Amazon's window ends " + amazonEnd + ", ours as of "
                    + today.asOf() + " ends " + now.window().to() + " (" + (days >= 0 ? days + " days later" : -days
                    + " days earlier") + "): today we count " + now.numerator() + " / " + now.denominator()
                    + ", over Amazon's window " + windowed.numerator() + " / " + windowed.denominator()));
            long outside = now.denominator() - windowed.denominator();
            if (outside > 0) {
                why.add(new Explanation(Cause.OUTSIDE_AMAZON_WINDOW, outside + " of the items we count today are "
                        + "outside Amazon's window"));
            }
        }
        return new MetricLine(metric, figure.channel(), figure.field(), amazon, Optional.of(inWindow),
                Optional.of(todaySide), agrees, why);
    }

    private static void counts(PerformanceReport.Figure figure, Side amazon, Side ours, List<Explanation> why) {
        long denominator = ours.denominator().orElse(0L);
        if (amazon.denominator().isPresent() && amazon.denominator().get() != denominator) {
            long gap = amazon.denominator().get() - denominator;
            why.add(gap > 0
                    ? new Explanation(Cause.MISSING_FROM_INPUTS, "Amazon counts " + amazon.denominator().get()
                            + " in its window, our inputs hold " + denominator + ": " + gap + " missing from the inputs "
                            + "(an export that starts later, a page not saved, another marketplace or channel)")
                    : new Explanation(Cause.NOT_COUNTED_BY_AMAZON, "our inputs hold " + denominator
                            + " in Amazon's window, Amazon counts " + amazon.denominator().get() + ": " + -gap
                            + " Amazon does not count (yet: Amazon reports some orders only weeks after purchase)"));
        }
        if (amazon.numerator() != ours.numerator()) {
            long gap = amazon.numerator() - ours.numerator();
            why.add(gap > 0
                    ? new Explanation(Cause.MISSING_FROM_INPUTS, "Amazon's count is " + amazon.numerator() + ", ours "
                            + ours.numerator() + ": " + gap + " that our inputs cannot explain (" + figure.field() + ")")
                    : new Explanation(Cause.NOT_COUNTED_BY_AMAZON, "our count is " + ours.numerator() + ", Amazon's "
                            + amazon.numerator() + ": " + -gap + " in our inputs that Amazon does not count ("
                            + figure.field() + ")"));
        }
    }

    private static void target(Side amazon, MetricResult ours, List<Explanation> why) {
        if (amazon.targetValue().isEmpty() || amazon.targetCondition().isEmpty()) {
            return;
        }
        String condition = amazon.targetCondition().get();
        boolean sameCondition = condition.equals(ours.targetCondition().name())
                || condition.equals("EQUALS") && ours.targetCondition() == TargetCondition.AT_MOST
                && ours.targetValue().signum() == 0;
        if (!sameCondition || amazon.targetValue().get().compareTo(ours.targetValue()) != 0) {
            why.add(new Explanation(Cause.TARGET_DIFFERS, "Amazon's target is " + words(condition) + " "
                    + amazon.targetValue().get().toPlainString() + ", our rules' " + words(ours.targetCondition().name())
                    + " " + ours.targetValue().toPlainString()));
        }
    }

    private static String words(String condition) {
        return switch (condition) {
            case "LESS_THAN" -> "under";
            case "GREATER_THAN" -> "over";
            case "AT_MOST" -> "at most";
            case "EQUALS" -> "exactly";
            default -> condition;
        };
    }

    private static boolean sameStatus(String amazon, MetricStatus ours) {
        return switch (amazon) {
            case "GOOD" -> ours == MetricStatus.OK || ours == MetricStatus.WARNING;
            case "BAD" -> ours == MetricStatus.BREACH;
            case "NONE" -> ours == MetricStatus.NO_DATA;
            default -> false;
        };
    }

    private static boolean sameCounts(Side a, Side b) {
        return a.numerator() == b.numerator() && a.denominator().equals(b.denominator());
    }

    /** Our metric for Amazon's figure: of the same channel, of Amazon's length where the rules have one. */
    private static Optional<MetricResult> pick(MarketplaceHealth health, PerformanceReport.Figure figure, int days) {
        List<MetricResult> candidates = health.metrics().stream()
                .filter(m -> m.metric().equals(figure.metric().orElseThrow()) && m.channel() == figure.channel())
                .toList();
        return candidates.stream().min(Comparator.comparingInt(m -> Math.abs(m.window().days() - days)));
    }

    private static Side side(MetricResult m) {
        return new Side(m.window().from(), m.window().to(), m.window().days(), m.numerator(),
                m.targetCondition() == TargetCondition.AT_MOST ? Optional.empty() : Optional.of(m.denominator()),
                m.rate(), m.status().name(), Optional.of(m.targetCondition().name()), Optional.of(m.targetValue()));
    }

    private AccountHealthReport evaluate(List<? extends SellerEvent> events, Optional<InputCoverage> coverage,
                                         Instant asOf, Map<Instant, AccountHealthReport> evaluations) {
        return evaluations.computeIfAbsent(asOf, at -> coverage.isPresent()
                ? evaluator.evaluate(events, at, coverage.get()) : evaluator.evaluate(events, at));
    }
}
