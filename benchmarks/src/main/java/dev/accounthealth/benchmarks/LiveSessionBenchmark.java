package dev.accounthealth.benchmarks;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.HealthSession;
import dev.accounthealth.benchmarks.workload.SellerWorkloads;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a stream deployment pays per event: a {@link HealthSession} that holds one seller's
 * history takes one new event and reports, against a full evaluation of the same seller by the
 * same evaluator, in the same run. The new events follow the history's end one second apart, as
 * a store's do: a seller-fulfilled order placed in the seller's marketplace, then its shipment
 * confirmed, and so on (so the deadlines open at any time stay as few as in the history); each
 * report is as of the new event.
 *
 * <p>A session is filled with the history, outside the measured time, before every
 * {@value #EVENTS_PER_FILL} new events, so that what it holds stays near the history (a tenth
 * more at most at 10k events): a session kept for a whole 5-second iteration would take tens of
 * thousands of events once reports cost a fraction of a millisecond, and be measured at several
 * times the history's size. The first reports after a fill, which set up what the session keeps
 * (some 10 ms each at 100k events), are measured with the rest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class LiveSessionBenchmark {
    /** How many new events a session filled with the history takes before it is filled afresh. */
    public static final int EVENTS_PER_FILL = 1000;

    /** About how many events the seller's history holds. */
    @Param({"10000", "100000"})
    public int events;

    /**
     * What each report holds: {@code FIGURES} the figures as of its instant, without the forecast
     * or early warnings ({@code projectedRollOffs(0)}, {@code earlyWarnings(false)}) but with the
     * root causes and plans of action of what is in breach or warning, which a live session keeps
     * while what they are written from stays the same; {@code WHOLE_REPORT} what
     * {@code builder().build()} gives.
     */
    @Param({"FIGURES", "WHOLE_REPORT"})
    public String report;

    private List<SellerEvent> history;
    private AccountHealthEvaluator evaluator;

    /** Generates the history and builds the evaluator, outside the measured time. */
    @Setup(Level.Trial)
    public void setUp() {
        history = SellerWorkloads.oneSeller(events);
        evaluator = report.equals("FIGURES")
                ? AccountHealthEvaluator.builder().projectedRollOffs(0).earlyWarnings(false).build()
                : AccountHealthEvaluator.builder().build();
    }

    /** {@value #EVENTS_PER_FILL} new events into a session holding the history, each followed by the report as of it. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_FILL)
    public AccountHealthReport oneEventAndReport(LiveSeller seller) {
        AccountHealthReport last = null;
        for (int i = 0; i < EVENTS_PER_FILL; i++) {
            last = seller.oneEventAndReport();
        }
        return last;
    }

    /** The same seller evaluated afresh by the same evaluator. */
    @Benchmark
    public AccountHealthReport reEvaluation() {
        return evaluator.evaluate(history, SellerWorkloads.AS_OF);
    }

    /** A session holding the history, filled afresh before each invocation, and the events it has taken since. */
    @State(Scope.Thread)
    public static class LiveSeller {
        private HealthSession session;
        private long next;

        /** A session holding the whole history, reported on once, outside the measured time. */
        @Setup(Level.Invocation)
        public void fill(LiveSessionBenchmark benchmark) {
            close();
            session = benchmark.evaluator.openSession();
            session.acceptAll(benchmark.history);
            session.report(SellerWorkloads.AS_OF);
            next = 0;
        }

        @TearDown(Level.Trial)
        public void close() {
            if (session != null) {
                session.close();
                session = null;
            }
        }

        AccountHealthReport oneEventAndReport() {
            next++;
            Instant at = SellerWorkloads.AS_OF.plusSeconds(next);
            String order = "LIVE-" + (next + 1) / 2;
            session.accept(next % 2 == 1
                    ? OrderPlaced.builder().orderId(order).marketplace(Marketplace.FR)
                            .channel(FulfillmentChannel.MFN).at(at).latestShipAt(at.plus(Duration.ofDays(1)))
                            .latestDeliveryAt(at.plus(Duration.ofDays(4))).build()
                    : new OrderShipped(at, order, "Colissimo", "TRK-" + order));
            return session.report(at);
        }
    }
}
