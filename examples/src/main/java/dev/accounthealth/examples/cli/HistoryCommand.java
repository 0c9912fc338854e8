package dev.accounthealth.examples.cli;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.ReportWriter;
import dev.accounthealth.report.HealthHistory;
import dev.accounthealth.report.HealthSnapshot;
import dev.accounthealth.report.MarketplaceSnapshot;
import dev.accounthealth.report.MetricSnapshot;
import dev.accounthealth.report.MetricStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code account-health history}: where the account stood on each of the last days. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Print where the account stood at the same time of day on each of the last days, "
                + "ending at --as-of: the account's and each marketplace's status and every metric's figures.")
final class HistoryCommand implements Callable<Integer> {

    /** How the history is printed. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "FILE",
            description = "JSON Lines file of events; '-' reads standard input.")
    private String events;

    @Option(names = "--as-of", required = true, paramLabel = "ISO-INSTANT",
            description = "The last instant of the history, e.g. 2026-11-20T00:00:00Z.")
    private Instant asOf;

    @Option(names = "--days", defaultValue = "90", paramLabel = "DAYS",
            description = "How many days, the last ending at --as-of. Default: ${DEFAULT-VALUE}.")
    private int days;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The time zone whose days are counted, e.g. Europe/Paris. "
                    + "Default: the zone of the seller's marketplace (the first, when it sells in several).")
    private ZoneId zone;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (one line a day: statuses and what is in breach or warning) or json "
                    + "(every metric's figures each day). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Mixin
    private RulesOption rules;

    @Option(names = "--lenient",
            description = "Set malformed lines aside (they are listed after the history) instead of stopping at the first.")
    private boolean lenient;

    @Override
    public Integer call() throws IOException {
        if (days < 1) {
            throw new ParameterException(spec.commandLine(), "--days takes at least 1, was " + days);
        }
        rules.check();
        List<RejectedLine> rejected = new ArrayList<>();
        EventReader reader = lenient ? EventReader.lenient(rejected::add) : EventReader.strict();
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder()
                .rules(rules.ruleSet())
                .build();
        HealthHistory history;
        try (Stream<SellerEvent> stream = "-".equals(events) ? reader.events(System.in, "<stdin>")
                : reader.events(Path.of(events))) {
            Iterable<SellerEvent> all = stream::iterator;
            history = zone == null ? evaluator.dailyHistory(all, asOf, days)
                    : evaluator.dailyHistory(all, asOf, days, zone);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> ReportWriter.write(history, out);
            case text -> out.print(text(history, rejected));
        }
        out.flush();
        return 0;
    }

    /** One line a day: the instant, the account's status, each marketplace's and its metrics in breach or warning. */
    static String text(HealthHistory history, List<RejectedLine> rejected) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Account health, %d days to %s   (rules %s)%n",
                history.snapshots().size(), history.asOf(), history.rulesVersion()));
        for (HealthSnapshot snapshot : history.snapshots()) {
            text.append(String.format(Locale.ROOT, "%s  %-8s", snapshot.at(), snapshot.status()));
            for (MarketplaceSnapshot marketplace : snapshot.marketplaces()) {
                text.append(String.format(Locale.ROOT, "  %s %s", marketplace.marketplace(), marketplace.status()));
                List<String> concerns = new ArrayList<>();
                for (MetricSnapshot m : marketplace.metrics()) {
                    if (m.status() == MetricStatus.BREACH || m.status() == MetricStatus.WARNING) {
                        concerns.add(m.metric() + " " + m.channel() + " " + m.window().days() + " d "
                                + m.rate().map(TextDashboard::percent).orElse(Long.toString(m.numerator()))
                                + " " + m.status());
                    }
                }
                if (!concerns.isEmpty()) {
                    text.append(" (").append(String.join(", ", concerns)).append(')');
                }
            }
            text.append(System.lineSeparator());
        }
        for (RejectedLine line : rejected) {
            text.append(String.format(Locale.ROOT, "rejected %s:%d: %s: %s%n", line.source(), line.line(),
                    line.field(), line.reason()));
        }
        return text.toString();
    }
}
