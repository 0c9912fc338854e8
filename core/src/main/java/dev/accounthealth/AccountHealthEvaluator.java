package dev.accounthealth;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.drools.CompiledRules;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.inputs.InputNeeds;
import dev.accounthealth.internal.report.HealthEvaluation;
import dev.accounthealth.internal.report.LiveEvaluation;
import dev.accounthealth.internal.report.RuleTables;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.internal.plan.MarkdownRenderer;
import dev.accounthealth.internal.plan.PlanWriter;
import dev.accounthealth.internal.plan.Wording;
import dev.accounthealth.state.internal.Retention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    private final InputNeeds inputNeeds;
    private final Duration retention;

    private AccountHealthEvaluator(RuleSet ruleSet, CompiledRules rules, int projectedRollOffs, Locale locale,
                                   boolean earlyWarnings, boolean deadlineRisk) {
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
        wording.require(required);
        this.evaluation = new HealthEvaluation(ruleSet.version(), projectedRollOffs,
                earlyWarnings ? tables.trendLookbacks() : Set.of(),
                deadlineRisk ? tables.deadlineLookahead() : Optional.empty(), new PlanWriter(wording));
        this.inputNeeds = InputNeeds.of(ruleSet, tables.metrics());
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
         * ({@code deadlineRisk}): each batch of them costs one more run of the rules, over the
         * roll-off path with that batch missed. True when not set; false leaves
         * {@code deadlineRisk} empty and saves those runs.
         */
        public Builder deadlineRisk(boolean enabled) {
            if (this.deadlineRisk != null) {
                throw new IllegalStateException("deadlineRisk was already set to " + this.deadlineRisk);
            }
            this.deadlineRisk = enabled;
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
                    deadlineRisk == null || deadlineRisk);
            evaluator.evaluate(new HistoryFolder(), Instant.EPOCH);
            return evaluator;
        }
    }
}
