package dev.accounthealth.benchmarks;

import dev.accounthealth.benchmarks.workload.SellerWorkloads;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.SellerHistory;
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
 * A diagnostic, not a competitor: the engine's first step alone, the Java fold of the events into
 * one fact per order, claim, return, message and notice, before any rule runs. Set beside
 * {@link OneSellerBenchmark}'s engine time, it splits that time between the Java fold and the
 * Drools session, which says where a faster design has to save.
 *
 * <p>It reaches into {@code dev.accounthealth.internal.facts}, which no user should: the
 * benchmarks are part of the project and measure its machinery.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
public class EngineFoldBenchmark {

    /** About how many events the history holds, as in {@link OneSellerBenchmark}. */
    @Param({"1000000"})
    public int events;

    private List<SellerEvent> history;

    /** Generates the history, outside the measured time. */
    @Setup(Level.Trial)
    public void setUp() {
        history = SellerWorkloads.oneSeller(events);
    }

    /** Folds the history as the engine does before it opens a Drools session. */
    @Benchmark
    public SellerHistory fold() {
        HistoryFolder folder = new HistoryFolder(SellerWorkloads.AS_OF);
        for (SellerEvent event : history) {
            folder.add(event);
        }
        return folder.fold();
    }
}
