package dev.accounthealth.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accounthealth.benchmarks.workload.SellerWorkloads;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result ({@code -rf json -rff file}) into the Markdown tables of the README,
 * with the ratio engine / plain Java of each workload, measured in that one run:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.accounthealth.benchmarks.ResultTable benchmarks/target/jmh-result.json
 * }</pre>
 *
 * A ratio's range pairs the ends of the two 99.9 % confidence intervals JMH gives, the widest the
 * ratio can be if both errors point against each other.
 */
public final class ResultTable {
    private static final String PACKAGE = "dev.accounthealth.benchmarks.";
    private static final double MB = 1024.0 * 1024.0;

    private final List<Row> rows = new ArrayList<>();

    private ResultTable(JsonNode results) {
        for (JsonNode result : results) {
            rows.add(new Row(result));
        }
    }

    /**
     * Prints the tables of a JMH JSON result.
     *
     * @param args the path of the JSON file
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultTable jmh-result.json");
            System.exit(2);
        }
        new ResultTable(new ObjectMapper().readTree(Path.of(args[0]).toFile())).print(System.out);
    }

    private void print(PrintStream out) {
        oneSeller(out);
        manySellers(out);
        live(out);
        fold(out);
        build(out);
        history(out);
        commandLine(out);
    }

    private void oneSeller(PrintStream out) {
        TreeMap<Integer, Map<String, Row>> bySize = new TreeMap<>();
        for (Row row : rows) {
            if (row.benchmark.equals("OneSellerBenchmark.evaluate")) {
                bySize.computeIfAbsent(Integer.parseInt(row.param("events")), k -> new TreeMap<>())
                        .put(row.param("competitor"), row);
            }
        }
        if (bySize.isEmpty()) {
            return;
        }
        out.println("One seller, whole history (OneSellerBenchmark, -Xmx1g)");
        out.println();
        out.println("| events | engine / plain Java | engine ms/op | plain Java ms/op | engine events/s "
                + "| plain Java events/s | allocated MB/op engine / plain | heap MB engine: held → live | heap MB plain: held → live |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<Integer, Map<String, Row>> size : bySize.entrySet()) {
            Row engine = size.getValue().get("ENGINE");
            Row plain = size.getValue().get("PLAIN_JAVA");
            int events = SellerWorkloads.oneSeller(size.getKey()).size();
            out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s / %s | %s | %s |%n", events,
                    ratio(engine, plain), time(engine), time(plain), perSecond(engine, events),
                    perSecond(plain, events), allocated(engine), allocated(plain), heap(engine), heap(plain));
        }
        out.println();
    }

    private void manySellers(PrintStream out) {
        Map<String, Row> byCompetitor = new TreeMap<>();
        for (Row row : rows) {
            if (row.benchmark.equals("ManySellersBenchmark.evaluateNextSeller")) {
                byCompetitor.put(row.param("competitor"), row);
            }
        }
        if (byCompetitor.isEmpty()) {
            return;
        }
        Row engine = byCompetitor.get("ENGINE");
        Row plain = byCompetitor.get("PLAIN_JAVA");
        Row any = engine != null ? engine : plain;
        int sellers = Integer.parseInt(any.param("sellers"));
        long events = SellerWorkloads.totalEvents(
                SellerWorkloads.manySellers(sellers, Integer.parseInt(any.param("eventsPerSeller"))));
        out.printf(Locale.ROOT, "Many sellers, one rule base (ManySellersBenchmark: %,d sellers, %,d events in all, "
                + "%,d per seller on average; one seller per op, %d thread(s), -Xmx1g)%n", sellers, events,
                events / sellers, any.threads);
        out.println();
        out.println("| engine / plain Java | engine ms per seller | plain Java ms per seller "
                + "| allocated MB per seller engine / plain | heap MB engine: held → live | heap MB plain: held → live |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        out.printf(Locale.ROOT, "| %s | %s | %s | %s / %s | %s | %s |%n", ratio(engine, plain), time(engine), time(plain),
                allocated(engine), allocated(plain), heap(engine), heap(plain));
        out.println();
        Row full = byCompetitor.get("ENGINE_FULL_REPORT");
        if (full != null) {
            out.printf(Locale.ROOT, "The whole report (ENGINE_FULL_REPORT: early warnings, the roll-off path and the"
                    + " deadline risk, root causes and plans): %s ms per seller, %s the plain Java baseline, %s MB"
                    + " allocated per seller%n%n",
                    time(full), ratio(full, plain), allocated(full));
        }
    }

    private void live(PrintStream out) {
        TreeMap<String, Map<String, Row>> byCase = new TreeMap<>();
        for (Row row : rows) {
            if (row.benchmark.startsWith("LiveSessionBenchmark.")) {
                String key = String.format(Locale.ROOT, "%07d %s", Integer.parseInt(row.param("events")),
                        row.param("report"));
                byCase.computeIfAbsent(key, k -> new TreeMap<>())
                        .put(row.benchmark.substring("LiveSessionBenchmark.".length()), row);
            }
        }
        if (byCase.isEmpty()) {
            return;
        }
        out.println("A live session: one new event and a report, against a full evaluation of the same seller "
                + "(LiveSessionBenchmark, -Xmx1g)");
        out.println();
        out.println("| events | report | one event + report ms | full evaluation ms | one event + report / full |");
        out.println("|---:|---|---:|---:|---:|");
        for (Map.Entry<String, Map<String, Row>> one : byCase.entrySet()) {
            Row live = one.getValue().get("oneEventAndReport");
            Row full = one.getValue().get("reEvaluation");
            Row any = live != null ? live : full;
            int events = SellerWorkloads.oneSeller(Integer.parseInt(any.param("events"))).size();
            String share = live == null || full == null ? "—"
                    : String.format(Locale.ROOT, "**1 / %.0f**", full.score / live.score);
            out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n", events, any.param("report"), time(live),
                    time(full), share);
        }
        out.println();
    }

    private void fold(PrintStream out) {
        for (Row row : rows) {
            Optional<Row> engine = Optional.empty();
            String what;
            if (row.benchmark.equals("EngineFoldBenchmark.fold")) {
                what = String.format(Locale.ROOT, "one seller, %s events", row.param("events"));
                engine = rows.stream().filter(r -> r.benchmark.equals("OneSellerBenchmark.evaluate")
                        && r.param("competitor").equals("ENGINE") && r.param("events").equals(row.param("events")))
                        .findFirst();
            } else if (row.benchmark.equals("EngineFoldBenchmark.foldNextSeller")) {
                what = "per seller of the fleet";
                engine = rows.stream().filter(r -> r.benchmark.equals("ManySellersBenchmark.evaluateNextSeller")
                        && r.param("competitor").equals("ENGINE")).findFirst();
            } else {
                continue;
            }
            out.printf(Locale.ROOT, "The engine's Java fold alone (EngineFoldBenchmark, %s): %s ms/op%s%n%n", what,
                    time(row), engine.map(e -> String.format(Locale.ROOT, ", %.0f %% of the engine's evaluation",
                            100 * row.score / e.score)).orElse(""));
        }
    }

    private void build(PrintStream out) {
        List<Row> builds = rows.stream().filter(r -> r.benchmark.startsWith("RuleBaseBuildBenchmark.")).toList();
        if (builds.isEmpty()) {
            return;
        }
        out.println("Rule base build, AccountHealthEvaluator.builder().build() (RuleBaseBuildBenchmark)");
        out.println();
        out.println("| build | ms | samples |");
        out.println("|---|---:|---:|");
        for (Row row : builds) {
            String what = row.benchmark.endsWith("firstBuild") ? "first build in a fresh JVM" : "later build, same JVM";
            out.printf(Locale.ROOT, "| %s | %s | %d |%n", what, time(row), row.samples);
        }
        out.println();
    }

    private void history(PrintStream out) {
        Map<String, Row> byMethod = byMethod("HistoryBenchmark");
        Row history = byMethod.get("dailyHistory");
        if (history == null) {
            return;
        }
        int events = SellerWorkloads.oneSeller(Integer.parseInt(history.param("events"))).size();
        out.printf(Locale.ROOT, "A daily history of %s days against one evaluation of the same seller (HistoryBenchmark, "
                + "%,d events, -Xmx1g)%n%n", history.param("days"), events);
        out.println("| operation | ms/op | the history / it | processor ms/op | the history / it, processor time "
                + "| allocated MB/op | the history / it, allocated |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        out.printf(Locale.ROOT, "| the daily history | %s | | %s | | %s | |%n", time(history), cpu(history),
                allocated(history));
        for (String single : List.of("evaluateFigures", "evaluateWholeReport")) {
            Row row = byMethod.get(single);
            if (row != null) {
                out.printf(Locale.ROOT, "| one evaluation, %s | %s | %s | %s | %s | %s | %s |%n",
                        single.equals("evaluateFigures") ? "the figures only" : "the whole report", time(row),
                        ratio(history, row), cpu(row), secondaryRatio(history, row, "cpu.time.norm"), allocated(row),
                        secondaryRatio(history, row, "gc.alloc.rate.norm"));
            }
        }
        out.println();
    }

    private void commandLine(PrintStream out) {
        Map<String, Row> byMethod = byMethod("CommandLineBenchmark");
        Row reader = byMethod.get("reader");
        if (reader == null) {
            return;
        }
        int events = SellerWorkloads.oneSeller(Integer.parseInt(reader.param("events"))).size();
        out.printf(Locale.ROOT, "The command line on a JSON Lines file of %,d events, against the library's reader alone "
                + "(CommandLineBenchmark, single shot, %s)%n%n", events, reader.heap);
        out.println("| operation | ms | the operation / the reader |");
        out.println("|---|---:|---:|");
        for (String method : List.of("reader", "readAndFold", "readAndEvaluateFigures", "readAndEvaluate", "writeReport",
                "commandLine")) {
            Row row = byMethod.get(method);
            if (row != null) {
                out.printf(Locale.ROOT, "| %s | %s | %s |%n", method, time(row), ratio(row, reader));
            }
        }
        out.println();
    }

    /** The rows of one benchmark class, by method name. */
    private Map<String, Row> byMethod(String benchmarkClass) {
        Map<String, Row> byMethod = new TreeMap<>();
        for (Row row : rows) {
            if (row.benchmark.startsWith(benchmarkClass + ".")) {
                byMethod.put(row.benchmark.substring(benchmarkClass.length() + 1), row);
            }
        }
        return byMethod;
    }

    private static String time(Row row) {
        if (row == null) {
            return "—";
        }
        return Double.isNaN(row.error) ? format(row.score) : format(row.score) + " ± " + format(row.error);
    }

    private static String ratio(Row engine, Row plain) {
        if (engine == null || plain == null) {
            return "—";
        }
        double ratio = engine.score / plain.score;
        if (Double.isNaN(engine.error) || Double.isNaN(plain.error) || plain.score - plain.error <= 0
                || engine.score - engine.error <= 0) {
            return String.format(Locale.ROOT, "**%.1f×**", ratio);
        }
        return String.format(Locale.ROOT, "**%.1f×** (%.1f–%.1f)", ratio,
                (engine.score - engine.error) / (plain.score + plain.error),
                (engine.score + engine.error) / (plain.score - plain.error));
    }

    private static String perSecond(Row row, int events) {
        return row == null ? "—" : String.format(Locale.ROOT, "%,.0f", events / (row.score / 1000));
    }

    /** Processor time per operation, from {@link CpuTimeProfiler}. */
    private static String cpu(Row row) {
        return row == null ? "—" : row.secondary("cpu.time.norm").map(ResultTable::format).orElse("—");
    }

    private static String secondaryRatio(Row a, Row b, String metric) {
        Optional<Double> x = a.secondary(metric);
        Optional<Double> y = b.secondary(metric);
        return x.isPresent() && y.isPresent() ? String.format(Locale.ROOT, "**%.1f×**", x.get() / y.get()) : "—";
    }

    private static String allocated(Row row) {
        return row == null ? "—" : row.secondary("gc.alloc.rate.norm")
                .map(bytes -> format(bytes / MB)).orElse("—");
    }

    /** What the state held before the iteration, and the most in use after a collection during it. */
    private static String heap(Row row) {
        if (row == null || row.secondary("heap.live").isEmpty()) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,.0f → %,.0f", row.secondary("heap.input").orElse(Double.NaN),
                row.secondary("heap.live").get());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 1 ? "%.2f" : "%.3f", value);
    }

    /** One benchmark with one set of parameters; times are in ms (the benchmarks' unit). */
    private static final class Row {
        final String benchmark;
        final JsonNode node;
        final double score;
        final double error;
        final int samples;
        final int threads;
        /** The fork's last {@code -Xmx}, the heap it ran in. */
        final String heap;

        Row(JsonNode node) {
            this.node = node;
            this.benchmark = node.get("benchmark").asText().replace(PACKAGE, "");
            JsonNode primary = node.get("primaryMetric");
            this.score = primary.get("score").asDouble();
            this.error = primary.get("scoreError").isNumber() ? primary.get("scoreError").asDouble() : Double.NaN;
            int count = 0;
            for (JsonNode fork : primary.get("rawData")) {
                count += fork.size();
            }
            this.samples = count;
            this.threads = node.get("threads").asInt();
            JsonNode args = node.get("jvmArgs");
            String maxHeap = "";
            if (args != null) {
                for (JsonNode arg : args) {
                    if (arg.asText().startsWith("-Xmx")) {
                        maxHeap = arg.asText();
                    }
                }
            }
            this.heap = maxHeap;
        }

        String param(String name) {
            JsonNode params = node.get("params");
            return params == null || params.get(name) == null ? "" : params.get(name).asText();
        }

        Optional<Double> secondary(String name) {
            JsonNode metrics = node.get("secondaryMetrics");
            if (metrics == null || metrics.get(name) == null) {
                return Optional.empty();
            }
            return Optional.of(metrics.get(name).get("score").asDouble());
        }
    }
}
