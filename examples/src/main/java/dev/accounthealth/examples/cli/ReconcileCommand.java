package dev.accounthealth.examples.cli;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.amazon.PerformanceReport;
import dev.accounthealth.amazon.Reconciler;
import dev.accounthealth.amazon.Reconciliation;
import dev.accounthealth.amazon.ReconciliationWriter;
import dev.accounthealth.event.SellerEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code account-health reconcile}: Amazon's Account Health report beside ours. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Hold Amazon's Account Health report (GET_V2_SELLER_PERFORMANCE_REPORT) against our figures, "
                + "evaluated over Amazon's own windows, and say why they differ.")
final class ReconcileCommand implements Callable<Integer> {

    /** How the reconciliation is printed. */
    enum Format { text, json, markdown }

    @Spec
    private CommandSpec spec;

    @Option(names = "--amazon-report", required = true, paramLabel = "FILE",
            description = "Amazon's GET_V2_SELLER_PERFORMANCE_REPORT JSON document.")
    private Path amazonReport;

    @Mixin
    private InputOptions input;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT",
            description = "Our figures of today as of this instant. Default: the end of the latest window of "
                    + "Amazon's report, the day it describes (never the clock).")
    private Instant asOf;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Mixin
    private RulesOption rules;

    @Option(names = "--fail-on-difference",
            description = "Exit with status 1 when Amazon's figures and ours differ.")
    private boolean failOnDifference;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        rules.check();
        PerformanceReport amazon = PerformanceReport.read(amazonReport);
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder()
                .rules(rules.ruleSet())
                .build();
        InputOptions.Read read = input.open(spec, spec.commandLine().getErr());
        List<SellerEvent> events;
        try (Stream<SellerEvent> stream = read.events()) {
            events = stream.toList();
        }
        Reconciliation reconciliation = Reconciler.of(evaluator).reconcile(events, read.coverage(), amazon,
                asOf != null ? asOf : Reconciler.reportDay(amazon));
        switch (format) {
            case json -> ReconciliationWriter.write(reconciliation, input.rejected, out);
            case markdown -> out.print(ReconciliationWriter.toMarkdown(reconciliation));
            case text -> out.print(ReconciliationWriter.toText(reconciliation)
                    + TextDashboard.statusChanges(input.statusChanges) + rejected());
        }
        out.flush();
        return failOnDifference && !reconciliation.agrees() ? AccountHealthCli.FAILED_ON_STATUS : 0;
    }

    private String rejected() {
        StringBuilder text = new StringBuilder();
        input.rejected.forEach(line -> text.append(String.format(java.util.Locale.ROOT, "  rejected %s:%d: %s: %s%n",
                line.source(), line.line(), line.field(), line.reason())));
        return text.isEmpty() ? "" : System.lineSeparator() + input.rejected.size() + " rejected rows"
                + System.lineSeparator() + text;
    }
}
