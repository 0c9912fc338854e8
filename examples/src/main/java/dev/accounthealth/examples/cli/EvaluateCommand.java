package dev.accounthealth.examples.cli;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.ReportWriter;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code account-health evaluate}: reads events, evaluates them, prints the report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a seller's events (JSON Lines, or Amazon's reports and responses) and print where "
                + "the account stands. With --input, a metric the inputs cannot measure is NO_DATA, with the reason.")
final class EvaluateCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format { text, json, markdown }

    /** The languages the default plan-of-action templates are written in. */
    enum Language { en, fr }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

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

    @Mixin
    private RulesOption rules;

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
        rules.check();
        List<RejectedLine> rejected = input.rejected;
        InputOptions.Read read = input.open(spec, spec.commandLine().getErr());
        AccountHealthReport report;
        AccountHealthEvaluator evaluator;
        try (Stream<SellerEvent> stream = read.events()) {
            Iterator<SellerEvent> events = stream.iterator();
            if (asOf == null && !events.hasNext()) {
                throw nothingToEvaluate(input.names(), rejected);
            }
            evaluator = AccountHealthEvaluator.builder()
                    .rules(rules.ruleSet())
                    .locale(Locale.forLanguageTag(language.name()))
                    .build();
            Stream<SellerEvent> all = StreamSupport.stream(Spliterators.spliteratorUnknownSize(events,
                    Spliterator.ORDERED), false);
            if (read.coverage().isPresent()) {
                report = asOf == null ? evaluator.evaluateAsOfLatestEvent(all, read.coverage().get())
                        : evaluator.evaluate(all, asOf, read.coverage().get());
            } else {
                report = asOf == null ? evaluator.evaluateAsOfLatestEvent(all) : evaluator.evaluate(all, asOf);
            }
        }
        switch (format) {
            case json -> ReportWriter.write(report, rejected, out);
            case markdown -> out.print(evaluator.toMarkdown(report));
            case text -> out.print(TextDashboard.render(report, rejected)
                    + TextDashboard.statusChanges(input.statusChanges));
        }
        out.flush();
        boolean failed = failOn != null && report.status().compareTo(failOn) >= 0;
        return failed ? AccountHealthCli.FAILED_ON_STATUS : 0;
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
