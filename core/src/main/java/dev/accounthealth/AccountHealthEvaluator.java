package dev.accounthealth;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.inputs.InputNeeds;
import dev.accounthealth.internal.report.HealthEvaluation;
import dev.accounthealth.internal.report.HistoryEvaluation;
import dev.accounthealth.internal.report.LiveEvaluation;
import dev.accounthealth.internal.report.RuleTables;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthHistory;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.plan.MarkdownRenderer;
import dev.accounthealth.internal.plan.PlanWriter;
import dev.accounthealth.internal.plan.Wording;
import dev.accounthealth.state.internal.Retention;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Evaluates a seller's history against the Account Health targets of a rule set.
 *
 * <pre>{@code
 * AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder()
 *     .rules(RuleSet.defaults())
 *     .build();                                   // compiles the rules once
 * AccountHealthReport report = evaluator.evaluate(events, Instant.parse("2026-11-20T00:00:00Z"));
 * report.status();                                // HEALTHY, AT_RISK or CRITICAL
 * report.breaches();                              // what to fix first
 * }</pre>
 *
 * <p>An evaluator is immutable and thread-safe: build it once and evaluate any number of
 * histories, from any number of threads. Every evaluation takes its {@code asOf} instant
 * explicitly; nothing reads the system clock. Events after {@code asOf} are ignored, so the same
 * events give the same report whatever their order, repetition, or the day it is run.
 */
public final class AccountHealthEvaluator {
    private final RuleSet ruleSet;
    private final CompiledRules rules;
    private final Wording wording;
    private final HealthEvaluation evaluation;
    private final HistoryEvaluation history;
    private final InputNeeds inputNeeds;
    private final Duration retention;

    private AccountHealthEvaluator(RuleSet ruleSet, CompiledRules rules, int projectedRollOffs, Locale locale,
                                   boolean earlyWarnings, boolean deadlineRisk, boolean plansOfAction) {
        this.ruleSet = ruleSet;
        this.rules = rules;
        RuleTables tables = RuleTables.read(rules);
        this.wording = Wording.of(ruleSet, locale);
        List<String> required = new ArrayList<>(PlanWriter.COMMON_KEYS);
        for (String metric : tables.metrics()) {
            required.addAll(PlanWriter.keysFor(metric));
        }
        for (String dimension : tables.rootCauseDimensions()) {
            required.add("rootCause." + dimension);
        }
        required.addAll(InputNeeds.templateKeys());
        wording.require(required);
        this.evaluation = new HealthEvaluation(ruleSet.version(), projectedRollOffs,
                earlyWarnings ? tables.trendLookbacks() : Set.of(),
                deadlineRisk ? tables.deadlineLookahead() : Optional.empty(),
                plansOfAction ? Optional.of(new PlanWriter(wording)) : Optional.empty(), wording.locale());
        this.history = new HistoryEvaluation(ruleSet.version());
        this.inputNeeds = InputNeeds.of(ruleSet, tables.metrics(), wording);
        this.retention = Retention.of(rules);
    }

    /** Starts configuring an evaluator. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates a history as of an instant.
     *
     * @param events the seller's events, in any order, duplicates allowed
     * @param asOf the instant to evaluate at; later events are ignored
     * @throws RuleSetException when the rules fail or contradict themselves while running
     */
    public AccountHealthReport evaluate(Iterable<? extends SellerEvent> events, Instant asOf) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(asOf, "asOf");
        return evaluate(fold(events, asOf), asOf);
    }

    /**
     * Evaluates a stream of events as of an instant; the stream is consumed.
     *
     * @see #evaluate(Iterable, Instant)
     */
    public AccountHealthReport evaluate(Stream<? extends SellerEvent> events, Instant asOf) {
        Objects.requireNonNull(events, "events");
        return evaluate((Iterable<SellerEvent>) events.map(SellerEvent.class::cast)::iterator, asOf);
    }

    /**
     * Evaluates a history as of an instant, knowing what its inputs can tell: a metric whose
     * needs the inputs lack (the rule set's {@code metric-inputs.properties}) is {@code NO_DATA}
     * rather than a confident figure, a deadline the inputs cannot tell is not listed, and
     * {@link AccountHealthReport#inputs()} says per metric what it was computed from and lacks.
     *
     * @param coverage what the inputs carry, e.g. {@code SellerInputs.coverage()}
     * @see #evaluate(Iterable, Instant)
     */
    public AccountHealthReport evaluate(Iterable<? extends SellerEvent> events, Instant asOf, InputCoverage coverage) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(coverage, "coverage");
        return evaluate(fold(events, asOf), asOf, coverage);
    }

    /**
     * As {@link #evaluate(Iterable, Instant, InputCoverage)}, consuming a stream. The coverage is
     * read once the stream is consumed.
     */
    public AccountHealthReport evaluate(Stream<? extends SellerEvent> events, Instant asOf, InputCoverage coverage) {
        Objects.requireNonNull(events, "events");
        return evaluate((Iterable<SellerEvent>) events.map(SellerEvent.class::cast)::iterator, asOf, coverage);
    }

    /**
     * As {@link #evaluateAsOfLatestEvent(Iterable)}, knowing what the inputs can tell.
     *
     * @see #evaluate(Iterable, Instant, InputCoverage)
     */
    public AccountHealthReport evaluateAsOfLatestEvent(Stream<? extends SellerEvent> events, InputCoverage coverage) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(coverage, "coverage");
        HistoryFolder folder = fold((Iterable<SellerEvent>) events.map(SellerEvent.class::cast)::iterator, null);
        Instant latest = folder.latestEvent().orElseThrow(
                () -> new IllegalArgumentException("no event to evaluate: give an asOf instant instead"));
        return evaluate(folder, latest, coverage);
    }

    /**
     * Evaluates a history as of its own latest event: the instant a history exported today
     * describes, read from the data rather than from a clock, so the same events give the same
     * report tomorrow.
     *
     * @throws IllegalArgumentException when there is no event
     */
    public AccountHealthReport evaluateAsOfLatestEvent(Iterable<? extends SellerEvent> events) {
        Objects.requireNonNull(events, "events");
        HistoryFolder folder = fold(events, null);
        Instant latest = folder.latestEvent().orElseThrow(
                () -> new IllegalArgumentException("no event to evaluate: give an asOf instant instead"));
        return evaluate(folder, latest);
    }

    /** As {@link #evaluateAsOfLatestEvent(Iterable)}, consuming a stream. */
    public AccountHealthReport evaluateAsOfLatestEvent(Stream<? extends SellerEvent> events) {
        Objects.requireNonNull(events, "events");
        return evaluateAsOfLatestEvent((Iterable<SellerEvent>) events.map(SellerEvent.class::cast)::iterator);
    }

    /**
     * Where the account stood at each of some instants: per instant the account's status, each
     * marketplace's, and every metric's numerator, denominator, rate, window and verdict, each
     * equal to what {@link #evaluate(Iterable, Instant)} as of that instant reports. Events after
     * the latest instant are ignored; at an earlier instant only the events that had happened by
     * then count, and a marketplace in which the seller had no event yet is not listed.
     *
     * <p>The rules judge each item once, as of the latest instant, and every instant is counted
     * from that judgement: a history of 90 days costs little more than one evaluation. The
     * account's status at each instant is what the rules conclude over the marketplaces the seller
     * has by the latest instant; one with nothing counted yet is healthy by the default rules.
     *
     * <pre>{@code
     * HealthHistory history = evaluator.history(events, List.of(weekAgo, yesterday, now));
     * history.snapshots().get(0).status();            // the account's status a week ago
     * }</pre>
     *
     * @param events the seller's events, in any order, duplicates allowed
     * @param instants the instants, in any order, at least one; the same instant twice counts once
     * @throws IllegalArgumentException when no instant is given
     * @throws RuleSetException when the rules fail or contradict themselves while running
     */
    public HealthHistory history(Iterable<? extends SellerEvent> events, Collection<Instant> instants) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(instants, "instants");
        TreeSet<Instant> sorted = new TreeSet<>();
        for (Instant instant : instants) {
            sorted.add(Objects.requireNonNull(instant, "an instant of the history is null"));
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a history needs at least one instant");
        }
        List<Instant> all = List.copyOf(sorted);
        return history.evaluate(rules, fold(events, sorted.last()), sorted.last(), h -> all, List.of());
    }

    /**
     * A daily history: the account as it stood at {@code asOf} and at the same time of day in
     * {@code zone} on each of the {@code days - 1} days before (on a day whose clocks change, the
     * nearest valid local time, as {@link ZonedDateTime#minusDays} gives it), earliest first. A
     * 90-day history is 90 snapshots, the last at {@code asOf}.
     *
     * @param days how many days, at least 1
     * @param zone the zone whose days are counted
     * @see #history(Iterable, Collection)
     */
    public HealthHistory dailyHistory(Iterable<? extends SellerEvent> events, Instant asOf, int days, ZoneId zone) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        requireDays(days);
        List<Instant> instants = dailyInstants(asOf, days, zone);
        return history.evaluate(rules, fold(events, asOf), asOf, h -> instants, List.of());
    }

    /**
     * A daily history in the seller's own zone: that of its marketplace, the first by code when it
     * sells in several, UTC when it has none by {@code asOf}.
     *
     * @see #dailyHistory(Iterable, Instant, int, ZoneId)
     */
    public HealthHistory dailyHistory(Iterable<? extends SellerEvent> events, Instant asOf, int days) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(asOf, "asOf");
        requireDays(days);
        return history.evaluate(rules, fold(events, asOf), asOf, h -> dailyInstants(asOf, days,
                h.marketplaces().stream().findFirst().map(Marketplace::zone).orElse(ZoneOffset.UTC)), List.of());
    }

    private static void requireDays(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a daily history needs at least 1 day, was " + days);
        }
    }

    private static List<Instant> dailyInstants(Instant asOf, int days, ZoneId zone) {
        ZonedDateTime end = asOf.atZone(zone);
        TreeSet<Instant> instants = new TreeSet<>();
        for (int day = 0; day < days; day++) {
            instants.add(day == 0 ? asOf : end.minusDays(day).toInstant());
        }
        return List.copyOf(instants);
    }

    /**
     * Opens a session to feed events one at a time and ask for a report whenever needed. A
     * session is for one seller and one thread; the evaluator may serve many sessions at once.
     */
    public HealthSession openSession() {
        return new HealthSession(this);
    }

    /**
     * The report as a Markdown document, worded in this evaluator's language: the dashboard, the
     * plan of action (ready to paste into an appeal), the deadlines, early warnings and outlook.
     */
    public String toMarkdown(AccountHealthReport report) {
        return new MarkdownRenderer(wording).render(report);
    }

    /** The language reports are worded in. */
    public Locale locale() {
        return wording.locale();
    }

    /** The rule set this evaluator was built from. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * How far back the rules can still count or schedule anything: the longest window and lag,
     * trend lookback and deadline durations the rule set declares, added up. An item of a
     * history wholly older than {@code asOf} minus this changes no status, figure or deadline as
     * of {@code asOf} or later, so a {@link dev.accounthealth.state.SellerState} may forget it.
     */
    public Duration retention() {
        return retention;
    }

    /** The name of every rule in the rule set. */
    public Set<String> ruleNames() {
        return rules.ruleNames();
    }

    /** The events folded, those after {@code until} left out (none when it is {@code null}). */
    private static HistoryFolder fold(Iterable<? extends SellerEvent> events, Instant until) {
        HistoryFolder folder = new HistoryFolder(until);
        for (SellerEvent event : events) {
            folder.add(Objects.requireNonNull(event, "an event of the history is null"));
        }
        return folder;
    }

    /** A history kept judged between reports, for a session. */
    LiveEvaluation live() {
        return new LiveEvaluation(rules, evaluation);
    }

    AccountHealthReport evaluate(HistoryFolder folder, Instant asOf) {
        return evaluation.evaluate(rules, folder, asOf, List.of());
    }

    private AccountHealthReport evaluate(HistoryFolder folder, Instant asOf, InputCoverage coverage) {
        AccountHealthReport report = evaluation.evaluate(rules, folder, asOf, inputNeeds.facts(coverage));
        return inputNeeds.account(report, coverage);
    }

    /**
     * Configures an {@link AccountHealthEvaluator}. Each option may be set once; setting it again
     * is an error that names it.
     */
    public static final class Builder {
        /** Enough to see a breach start to clear without paying for a long forecast. */
        private static final int DEFAULT_PROJECTED_ROLL_OFFS = 4;

        private RuleSet rules;
        private Integer projectedRollOffs;
        private Locale locale;
        private Boolean earlyWarnings;
        private Boolean deadlineRisk;
        private Boolean plansOfAction;

        private Builder() {
        }

        /** The rules to evaluate with; {@link RuleSet#defaults()} when not set. */
        public Builder rules(RuleSet rules) {
            if (this.rules != null) {
                throw new IllegalStateException("rules were already set to " + this.rules);
            }
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * How many of the next roll-off instants to project breaches and warnings to
         * ({@link dev.accounthealth.report.Recovery#projection()}, {@code outlook}); 4 when not set.
         * The roll-off path is judged once and counted at each of them; 0 turns the whole forecast
         * off: no outlook, no projection, no deadline risk.
         */
        public Builder projectedRollOffs(int count) {
            if (this.projectedRollOffs != null) {
                throw new IllegalStateException("projectedRollOffs was already set to " + this.projectedRollOffs);
            }
            if (count < 0) {
                throw new IllegalArgumentException("projectedRollOffs must not be negative, was " + count);
            }
            this.projectedRollOffs = count;
            return this;
        }

        /**
         * Whether to look for early warnings: for each trend lookback the rule files set, the
         * figures are also counted as they stood then. True when not set; false leaves
         * {@code earlyWarnings} empty.
         */
        public Builder earlyWarnings(boolean enabled) {
            if (this.earlyWarnings != null) {
                throw new IllegalStateException("earlyWarnings was already set to " + this.earlyWarnings);
            }
            this.earlyWarnings = enabled;
            return this;
        }

        /**
         * Whether to weigh the deadlines that fall due within the rules' look-ahead
         * ({@code deadlineRisk}): each batch of them costs its facts judged again with its
         * deadlines missed and the figures counted once more. True when not set; false leaves
         * {@code deadlineRisk} empty and saves that.
         */
        public Builder deadlineRisk(boolean enabled) {
            if (this.deadlineRisk != null) {
                throw new IllegalStateException("deadlineRisk was already set to " + this.deadlineRisk);
            }
            this.deadlineRisk = enabled;
            return this;
        }

        /**
         * Whether to write a plan of action for each metric in breach or warning, with the root
         * causes it is written from: the items behind each such figure tallied along the
         * dimensions the rule files name ({@code RootCauseSearch}), which costs a pass over them.
         * True when not set; false leaves {@code planOfAction} and every metric's
         * {@code rootCauses} empty, for a tool that shows the figures, verdicts and statuses alone.
         * The figures, the orders behind each breach and everything else are the same either way.
         */
        public Builder plansOfAction(boolean enabled) {
            if (this.plansOfAction != null) {
                throw new IllegalStateException("plansOfAction was already set to " + this.plansOfAction);
            }
            this.plansOfAction = enabled;
            return this;
        }

        /**
         * The language of the plan of action and of the Markdown rendering: the rule set's
         * {@code plan-of-action_<language>.properties}, English when not set or not found.
         */
        public Builder locale(Locale locale) {
            if (this.locale != null) {
                throw new IllegalStateException("locale was already set to " + this.locale);
            }
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Compiles the rules and checks that they run: an empty history is evaluated once, so a
         * rule set with an impossible target fails here rather than on the first seller.
         *
         * @throws RuleSetException listing each DRL error as {@code file:line:column message}, or
         *     each plan-of-action template missing for a metric or dimension the rules define
         */
        public AccountHealthEvaluator build() {
            RuleSet ruleSet = rules != null ? rules : RuleSet.defaults();
            AccountHealthEvaluator evaluator = new AccountHealthEvaluator(ruleSet, CompiledRules.compile(ruleSet),
                    projectedRollOffs != null ? projectedRollOffs : DEFAULT_PROJECTED_ROLL_OFFS,
                    locale != null ? locale : Locale.ENGLISH, earlyWarnings == null || earlyWarnings,
                    deadlineRisk == null || deadlineRisk, plansOfAction == null || plansOfAction);
            evaluator.evaluate(new HistoryFolder(), Instant.EPOCH);
            return evaluator;
        }
    }
}
