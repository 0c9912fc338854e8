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
 * one fact per order, claim, return, message and notice, before any rule runs, on the workloads of
 * {@link OneSellerBenchmark} (a million events) and {@link ManySellersBenchmark}. Set beside the
 * engine's time there, it splits that time between the Java fold and the Drools session, which
 * says where a faster design has to save.
 *
 * <p>It reaches into {@code dev.accounthealth.internal.facts}, which no user should: the
 * benchmarks are part of the project and measure its machinery.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineFoldBenchmark {

    /** Folds {@link OneSellerBenchmark}'s history, as the engine does before it opens a Drools session. */
    @Benchmark
    public SellerHistory fold(OneHistory one) {
        return fold(one.history);
    }

    /** Folds the next seller of {@link ManySellersBenchmark}'s fleet. */
    @Benchmark
    public SellerHistory foldNextSeller(Fleet fleet) {
        return fold(fleet.next());
    }

    private static SellerHistory fold(List<SellerEvent> history) {
        HistoryFolder folder = new HistoryFolder(SellerWorkloads.AS_OF);
        for (SellerEvent event : history) {
            folder.add(event);
        }
        return folder.history(SellerWorkloads.AS_OF);
    }

    /** One seller's history, as in {@link OneSellerBenchmark}. */
    @State(Scope.Benchmark)
    public static class OneHistory {
        /** About how many events the history holds. */
        @Param({"1000000"})
        public int events;

        private List<SellerEvent> history;

        /** Generates the history, outside the measured time. */
        @Setup(Level.Trial)
        public void setUp() {
            history = SellerWorkloads.oneSeller(events);
        }
    }

    /** The fleet of {@link ManySellersBenchmark}. */
    @State(Scope.Benchmark)
    public static class Fleet {
        /** How many sellers the fleet has. */
        @Param("1000")
        public int sellers;

        /** About how many events each seller's history holds. */
        @Param("1000")
        public int eventsPerSeller;

        private List<List<SellerEvent>> histories;
        private int next;

        /** Generates the fleet, outside the measured time. */
        @Setup(Level.Trial)
        public void setUp() {
            histories = SellerWorkloads.manySellers(sellers, eventsPerSeller);
        }

        List<SellerEvent> next() {
            List<SellerEvent> history = histories.get(next);
            next = next + 1 == histories.size() ? 0 : next + 1;
            return history;
        }
    }
}
