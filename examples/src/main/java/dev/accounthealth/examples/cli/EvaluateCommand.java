package dev.accounthealth.examples.cli;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.RuleSet;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.ReportWriter;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A directory of DRL files to use instead of the default rules.")
    private Path rules;

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
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder()
                .rules(rules == null ? RuleSet.defaults() : RuleSet.fromDirectory(rules))
                .locale(Locale.forLanguageTag(language.name()))
                .build();
        List<RejectedLine> rejected = input.rejected;
        AccountHealthReport report;
        InputOptions.Read read = input.open(spec, spec.commandLine().getErr());
        try (Stream<SellerEvent> stream = read.events()) {
            if (read.coverage().isPresent()) {
                report = asOf == null ? evaluator.evaluateAsOfLatestEvent(stream, read.coverage().get())
                        : evaluator.evaluate(stream, asOf, read.coverage().get());
            } else {
                report = asOf == null ? evaluator.evaluateAsOfLatestEvent(stream) : evaluator.evaluate(stream, asOf);
            }
        }
        switch (format) {
            case json -> ReportWriter.write(report, rejected, out);
            case markdown -> out.print(evaluator.toMarkdown(report));
            case text -> out.print(TextDashboard.render(report, rejected) + TextDashboard.statusChanges(
                    input.statusChanges));
        }
        out.flush();
        boolean failed = failOn != null && report.status().compareTo(failOn) >= 0;
        return failed ? AccountHealthCli.FAILED_ON_STATUS : 0;
    }

}
