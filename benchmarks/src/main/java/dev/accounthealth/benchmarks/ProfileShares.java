package dev.accounthealth.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the engine's time goes, from a flight recording of a benchmark
 * ({@code java -jar benchmarks.jar OneSellerBenchmark -p competitor=ENGINE -prof jfr}): the share of
 * the execution samples whose stack passes through each stage of an evaluation. A sample counts
 * for every stage on its stack (the rules' consequences run inside the rule session, the counting
 * inside the consequences), so shares overlap; "the rest of the rule engine" is what the rule
 * session spends outside our own code.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.accounthealth.benchmarks.ProfileShares profile.jfr
 * }</pre>
 */
public final class ProfileShares {
    /** The stage of samples whose innermost frames, before any of ours, are the rule engine's. */
    private static final String ENGINE_ONLY = "the rest of the rule engine (outside our code)";
    /** Each stage, and the frames (class and method name prefixes) that mark it. */
    private static final Map<String, List<String>> STAGES = stages();

    private ProfileShares() {
    }

    private static Map<String, List<String>> stages() {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        stages.put("the fold (events into one fact per order, claim…)",
                List.of("dev.accounthealth.AccountHealthEvaluator.fold", "dev.accounthealth.internal.facts.HistoryFolder."));
        stages.put("opening the rule session, inserting the facts, classifying",
                List.of("dev.accounthealth.internal.drools.CompiledRules.open"));
        stages.put("  of which classifying in our code (spans)",
                List.of("dev.accounthealth.internal.measure.Classification$Item.", "dev.accounthealth.internal.measure.Span."));
        stages.put("counting and judging at each moment",
                List.of("dev.accounthealth.internal.drools.RuleSession.countAt"));
        stages.put("counting in our code (groups, windows), for the rules and the root causes",
                List.of("dev.accounthealth.internal.measure.Classification.count",
                        "dev.accounthealth.internal.measure.Classification.group"));
        stages.put("the forecast's paths", List.of("dev.accounthealth.internal.forecast."));
        stages.put("building the report", List.of("dev.accounthealth.internal.report.ReportBuilder."));
        stages.put("  of which root causes", List.of("dev.accounthealth.internal.report.RootCauseFinder."));
        stages.put("  of which plans of action", List.of("dev.accounthealth.internal.plan."));
        stages.put(ENGINE_ONLY, List.of("org.drools.", "org.kie."));
        stages.put("the plain-Java baseline", List.of("dev.accounthealth.benchmarks.PlainJavaCalculator"));
        return stages;
    }

    /** Prints each stage's share of the samples of one recording. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ProfileShares RECORDING.jfr");
            System.exit(2);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        STAGES.keySet().forEach(stage -> counts.put(stage, 0L));
        long samples = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                for (Map.Entry<String, List<String>> stage : STAGES.entrySet()) {
                    boolean in = stage.getKey().equals(ENGINE_ONLY) ? innermostOutsideOurs(frames, stage.getValue())
                            : onStack(frames, stage.getValue());
                    if (in) {
                        counts.merge(stage.getKey(), 1L, Long::sum);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%,d execution samples%n", samples);
        for (Map.Entry<String, Long> stage : counts.entrySet()) {
            System.out.printf(Locale.ROOT, "%5.1f %%  %s%n", samples == 0 ? 0 : 100.0 * stage.getValue() / samples,
                    stage.getKey());
        }
    }

    private static boolean onStack(List<RecordedFrame> frames, List<String> marks) {
        for (RecordedFrame frame : frames) {
            if (marked(frame, marks)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a marked frame comes before, innermost first, any frame of our own code. */
    private static boolean innermostOutsideOurs(List<RecordedFrame> frames, List<String> marks) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod().getType().getName().startsWith("dev.accounthealth.")) {
                return false;
            }
            if (marked(frame, marks)) {
                return true;
            }
        }
        return false;
    }

    private static boolean marked(RecordedFrame frame, List<String> marks) {
        String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
        for (String mark : marks) {
            if (name.startsWith(mark)) {
                return true;
            }
        }
        return false;
    }
}
