package dev.accounthealth.benchmarks;

import dev.accounthealth.AccountHealthEvaluator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code AccountHealthEvaluator.builder().build()} with the default rules: compiling the DRL into
 * a knowledge base and test-running it on an empty history. Paid once per rule set, not per
 * seller.
 *
 * <p>Two numbers, each a single call timed on its own: the first build in a fresh JVM (what an
 * application pays at start-up, Drools' class loading included), and a build once the JVM has
 * built a few (what reloading an edited rule set costs a running service).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBaseBuildBenchmark {

    /** The first build of a fresh JVM; each fork gives one sample. */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public AccountHealthEvaluator firstBuild() {
        return AccountHealthEvaluator.builder().build();
    }

    /** A build after five others in the same JVM. */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public AccountHealthEvaluator laterBuild() {
        return AccountHealthEvaluator.builder().build();
    }
}
