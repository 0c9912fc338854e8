package dev.accounthealth.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler of the processor time an operation takes, which the wall-clock score does not
 * say on a machine other programs share: a benchmark waiting for a core is not working. Use it as
 * {@code -prof dev.accounthealth.benchmarks.CpuTimeProfiler}. For each iteration it reports
 * {@code cpu.time.norm}, the processor time of the whole fork (every thread: the benchmark's,
 * the collector's, the compiler's) over the iteration, in ms per operation. Collection is part of
 * an operation's cost and counts; compilation, after the warm-up, is next to nothing.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final com.sun.management.OperatingSystemMXBean system =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "Processor time of the fork per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = system.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's own signature
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long spent = system.getProcessCpuTime() - before;
        long operations = result.getMetadata().getMeasuredOps();
        return List.of(new ScalarResult("cpu.time.norm", spent / 1e6 / Math.max(1, operations), "ms/op",
                AggregationPolicy.AVG));
    }
}
