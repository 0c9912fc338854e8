package dev.accounthealth.benchmarks;

import dev.accounthealth.benchmarks.workload.SellerWorkloads;
import dev.accounthealth.event.SellerEvent;
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
 * One seller's whole history evaluated at once, 10 thousand to a million events, by each
 * competitor: the time of one evaluation, from the raw events to the summary.
 *
 * <p>Every fork runs with a fixed 1 GB heap, the goal's budget, which holds the history as well as
 * the evaluation: a competitor that needs more fails here rather than passing on a bigger machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class OneSellerBenchmark {

    /** About how many events the history holds; the generator's count varies by a few percent. */
    @Param({"10000", "100000", "1000000"})
    public int events;

    /** Who computes the figures. */
    @Param({"ENGINE", "PLAIN_JAVA"})
    public Competitor competitor;

    private List<SellerEvent> history;
    private HealthCalculator calculator;

    /** Generates the history and builds the calculator, outside the measured time. */
    @Setup(Level.Trial)
    public void setUp() {
        history = SellerWorkloads.oneSeller(events);
        calculator = competitor.create();
    }

    /** One evaluation of the whole history. */
    @Benchmark
    public HealthSummary evaluate() {
        return calculator.summarize(history, SellerWorkloads.AS_OF);
    }
}
