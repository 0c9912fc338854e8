package dev.accounthealth.benchmarks;

import java.util.function.Supplier;

/**
 * The implementations a benchmark compares, by the name a {@code @Param} gives them: the rules
 * engine, the product, against the plain-Java baseline, the lower bound.
 */
public enum Competitor {
    /**
     * {@link RulesEngineCalculator} over the default rules, compiled once, computing what the
     * baseline does: the figures, verdicts and statuses, without forecast, early warnings, root
     * causes or plans.
     */
    ENGINE(RulesEngineCalculator::withDefaultRules),
    /** The same, with the whole report: early warnings, the forecast's paths, root causes and plans. */
    ENGINE_FULL_REPORT(RulesEngineCalculator::withFullReport),
    /** {@link PlainJavaCalculator}, the hand-written single pass. */
    PLAIN_JAVA(PlainJavaCalculator::new);

    private final Supplier<HealthCalculator> factory;

    Competitor(Supplier<HealthCalculator> factory) {
        this.factory = factory;
    }

    /** A new calculator; for the engine this compiles the rule base, which takes seconds. */
    public HealthCalculator create() {
        return factory.get();
    }
}
