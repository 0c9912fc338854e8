package dev.accounthealth.benchmarks;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.benchmarks.workload.SellerWorkloads;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthHistory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a daily history costs against one evaluation: the figures of a seller at the same time of
 * day on each of the last {@code days} days ({@link AccountHealthEvaluator#dailyHistory}, in the
 * seller's zone), against one {@code evaluate} of the same history as of its end, in the same
 * run. The single evaluation is measured twice: with the figures only ({@code projectedRollOffs(0)},
 * {@code earlyWarnings(false)}, {@code plansOfAction(false)}: what the history computes at each
 * day) and with the whole report that {@code builder().build()} gives. The history is asked of
 * the figures-only evaluator; it computes the same whichever evaluator is asked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class HistoryBenchmark {

    /** About how many events the seller's history holds (as {@link OneSellerBenchmark}'s, at this size). */
    @Param({"1000"})
    public int events;

    /** How many days the history has, the last ending at the history's end. */
    @Param({"90"})
    public int days;

    private List<SellerEvent> history;
    private AccountHealthEvaluator figures;
    private AccountHealthEvaluator wholeReport;

    /** Generates the history and builds the evaluators, outside the measured time. */
    @Setup(Level.Trial)
    public void setUp() {
        history = SellerWorkloads.oneSeller(events);
        figures = AccountHealthEvaluator.builder().projectedRollOffs(0).earlyWarnings(false).plansOfAction(false)
                .build();
        wholeReport = AccountHealthEvaluator.builder().build();
    }

    /** The figures on each of the last {@code days} days. */
    @Benchmark
    public HealthHistory dailyHistory() {
        return figures.dailyHistory(history, SellerWorkloads.AS_OF, days);
    }

    /** One evaluation as of the end, the figures only. */
    @Benchmark
    public AccountHealthReport evaluateFigures() {
        return figures.evaluate(history, SellerWorkloads.AS_OF);
    }

    /** One evaluation as of the end, the whole report. */
    @Benchmark
    public AccountHealthReport evaluateWholeReport() {
        return wholeReport.evaluate(history, SellerWorkloads.AS_OF);
    }
}
