package dev.accounthealth.benchmarks;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.benchmarks.workload.SellerWorkloads;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.examples.cli.AccountHealthCli;
import dev.accounthealth.internal.facts.HistoryFolder;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.json.EventWriter;
import dev.accounthealth.json.ReportWriter;
import dev.accounthealth.report.AccountHealthReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The command line on a generated JSON Lines file of about a million events, against reading the
 * same file with the library's reader alone, in the same run and the same fixed heap. The file is
 * {@link SellerWorkloads#oneSeller}'s history as {@code EventWriter} writes it, written once per
 * fork to a temporary file (the history is let go before anything is measured).
 *
 * <p>{@code commandLine} is {@code account-health evaluate --events FILE --as-of … --format json}
 * run through {@link AccountHealthCli#run} in this JVM, its report written to a writer that keeps
 * nothing: the rule base built, the file read and evaluated (the whole report), the JSON written.
 * {@code reader} reads every event of the file and does nothing with it. The others split the
 * command line's time: {@code readAndFold} reads the file into the engine's fold (and links the
 * facts, as an evaluation does before the rules run); {@code readAndEvaluate} reads and evaluates
 * it with an evaluator built beforehand ({@code readAndEvaluateFigures}: one of the figures only);
 * {@code writeReport} writes the JSON of that report.
 * What is left of {@code commandLine} is the rule base's build.
 *
 * <p>One operation is one run over the whole file, so the mode is single shot. It reaches into
 * {@code dev.accounthealth.internal.facts} for the fold, as {@link EngineFoldBenchmark} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CommandLineBenchmark {

    /** About how many events the file holds. */
    @Param({"1000000"})
    public int events;

    private Path file;
    private AccountHealthEvaluator evaluator;
    private AccountHealthReport report;

    /** Writes the file and builds the evaluator of {@code readAndEvaluate}, outside the measured time. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("account-health-", ".jsonl");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            EventWriter.write(SellerWorkloads.oneSeller(events), out);
        }
        evaluator = AccountHealthEvaluator.builder().build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The command line, from its arguments to the last byte of the JSON report. */
    @Benchmark
    public int commandLine() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        int status = AccountHealthCli.run(nowhere, nowhere, "evaluate", "--events", file.toString(), "--as-of",
                SellerWorkloads.AS_OF.toString(), "--format", "json");
        if (status != 0) {
            throw new IllegalStateException("the command line exited with status " + status);
        }
        return status;
    }

    /** The library's reader alone: every event of the file read, nothing done with it. */
    @Benchmark
    public void reader(Blackhole blackhole) throws IOException {
        try (Stream<SellerEvent> stream = EventReader.strict().events(file)) {
            Iterator<SellerEvent> each = stream.iterator();
            while (each.hasNext()) {
                blackhole.consume(each.next());
            }
        }
    }

    /** The file read into the engine's fold, its facts linked. */
    @Benchmark
    public SellerHistory readAndFold() throws IOException {
        HistoryFolder folder = new HistoryFolder(SellerWorkloads.AS_OF);
        try (Stream<SellerEvent> stream = EventReader.strict().events(file)) {
            stream.forEach(folder::add);
        }
        return folder.history(SellerWorkloads.AS_OF);
    }

    /** The file read and evaluated, the whole report, by an evaluator built beforehand; the report is kept for {@code writeReport}. */
    @Benchmark
    public AccountHealthReport readAndEvaluate() throws IOException {
        report = null;
        try (Stream<SellerEvent> stream = EventReader.strict().events(file)) {
            report = evaluator.evaluate(stream, SellerWorkloads.AS_OF);
        }
        return report;
    }

    /**
     * The file read and evaluated by an evaluator of the figures only ({@code projectedRollOffs(0)},
     * {@code earlyWarnings(false)}): beside {@code readAndEvaluate}, what the forecast and early
     * warnings add.
     */
    @Benchmark
    public AccountHealthReport readAndEvaluateFigures(Figures figures) throws IOException {
        try (Stream<SellerEvent> stream = EventReader.strict().events(file)) {
            return figures.evaluator.evaluate(stream, SellerWorkloads.AS_OF);
        }
    }

    /** An evaluator of the figures only, built before {@code readAndEvaluateFigures} is measured. */
    @State(Scope.Benchmark)
    public static class Figures {
        AccountHealthEvaluator evaluator;

        @Setup(Level.Trial)
        public void setUp() {
            evaluator = AccountHealthEvaluator.builder().projectedRollOffs(0).earlyWarnings(false).build();
        }
    }

    /** The JSON of the report, written to a writer that keeps nothing. */
    @Benchmark
    public void writeReport(Report state) throws IOException {
        ReportWriter.write(state.report, Writer.nullWriter());
    }

    /** The report of the file, evaluated once before {@code writeReport} is measured. */
    @State(Scope.Benchmark)
    public static class Report {
        AccountHealthReport report;

        @Setup(Level.Trial)
        public void setUp(CommandLineBenchmark benchmark) throws IOException {
            report = benchmark.readAndEvaluate();
        }
    }
}
