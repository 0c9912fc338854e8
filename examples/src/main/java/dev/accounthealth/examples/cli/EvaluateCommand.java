package dev.accounthealth.examples.cli;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.RuleSet;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.ReportWriter;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthStatus;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code account-health evaluate}: reads events, evaluates them, prints the report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a JSON Lines file of seller events and print where the account stands.")
final class EvaluateCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format { text, json, markdown }

    /** The languages the default plan-of-action templates are written in. */
    enum Language { en, fr }

    @Spec
    private CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "FILE",
            description = "JSON Lines file of events; '-' reads standard input.")
    private String events;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT",
            description = "Evaluate as of this instant, e.g. 2026-11-20T00:00:00Z. "
                    + "Default: the latest event in the file (never the clock).")
    private Instant asOf;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a dashboard per marketplace, breaches first), json (the report) or markdown "
                    + "(dashboard, plan of action and deadlines). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--locale", defaultValue = "en", paramLabel = "LANGUAGE",
            description = "Language of the plan of action: en or fr. Default: ${DEFAULT-VALUE}.")
    private Language language;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A directory of DRL files to use instead of the default rules. DRL is code that runs "
                    + "with your rights: the directory and every file in it must be yours and not writable by others.")
    private Path rules;

    @Option(names = "--lenient",
            description = "Set malformed lines aside (they are listed in the report) instead of stopping at the first.")
    private boolean lenient;

    @Option(names = "--fail-on", paramLabel = "STATUS",
            description = "Exit with status 1 when the account is at this status or worse: AT_RISK or CRITICAL.")
    private HealthStatus failOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (failOn == HealthStatus.HEALTHY) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on takes AT_RISK or CRITICAL: every account is HEALTHY or worse");
        }
        // Everything the user gave is checked before the rules compile, which takes seconds.
        if (rules != null) {
            RulesDirectory.check(rules);
        }
        List<RejectedLine> rejected = new ArrayList<>();
        EventReader reader = lenient ? EventReader.lenient(rejected::add) : EventReader.strict();
        String source = "-".equals(events) ? "<stdin>" : events;
        AccountHealthReport report;
        AccountHealthEvaluator evaluator;
        try (InputStream in = open(); Stream<SellerEvent> stream = reader.events(in, source)) {
            Iterator<SellerEvent> read = stream.iterator();
            if (asOf == null && !read.hasNext()) {
                throw nothingToEvaluate(source, rejected);
            }
            evaluator = AccountHealthEvaluator.builder()
                    .rules(rules == null ? RuleSet.defaults() : RuleSet.fromDirectory(rules))
                    .locale(Locale.forLanguageTag(language.name()))
                    .build();
            Stream<SellerEvent> all = StreamSupport.stream(Spliterators.spliteratorUnknownSize(read, Spliterator.ORDERED),
                    false);
            report = asOf == null ? evaluator.evaluateAsOfLatestEvent(all) : evaluator.evaluate(all, asOf);
        }
        switch (format) {
            case json -> ReportWriter.write(report, rejected, out);
            case markdown -> out.print(evaluator.toMarkdown(report));
            case text -> out.print(TextDashboard.render(report, rejected));
        }
        out.flush();
        boolean failed = failOn != null && report.status().compareTo(failOn) >= 0;
        return failed ? AccountHealthCli.FAILED_ON_STATUS : 0;
    }

    /** Standard input, or the file, opened at once so that a file that cannot be read says why. */
    private InputStream open() {
        if ("-".equals(events)) {
            // The caller closes what it opened; standard input stays open for whoever comes after.
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                }
            };
        }
        Path file = Path.of(events);
        if (Files.isDirectory(file)) {
            throw new InputError("cannot read --events " + events + ": is a directory");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new InputError("cannot read --events " + events + ": " + InputError.reason(e));
        }
    }

    private static InputError nothingToEvaluate(String source, List<RejectedLine> rejected) {
        StringBuilder message = new StringBuilder("nothing to evaluate: ").append(source).append(" holds no event");
        if (!rejected.isEmpty()) {
            message.append(" (").append(rejected.size()).append(rejected.size() == 1 ? " line" : " lines")
                    .append(" rejected, listed below)");
        }
        message.append(", so there is no latest event to evaluate as of: give the instant with --as-of ISO-INSTANT, ")
                .append("e.g. --as-of 2026-11-20T00:00:00Z");
        for (RejectedLine line : rejected) {
            message.append("\n  rejected ").append(line.source()).append(':').append(line.line()).append(": ")
                    .append(line.field()).append(": ").append(line.reason());
        }
        return new InputError(message.toString());
    }
}
