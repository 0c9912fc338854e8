package com.example.consumer;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.RuleSet;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.json.ReportWriter;
import dev.accounthealth.report.AccountHealthReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a seller's events from JSON Lines, evaluates them with the default rules as of the
 * latest event, writes the JSON report and the Markdown plan beside each other, and prints one
 * line: {@code status AT_RISK, 5 breaches, 4 warnings, 12 deadlines}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Main EVENTS.jsonl OUTPUT-DIRECTORY");
        }
        List<SellerEvent> events;
        try (Stream<SellerEvent> lines = EventReader.strict().events(Path.of(args[0]))) {
            events = lines.toList();
        }
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder().rules(RuleSet.defaults()).build();
        AccountHealthReport report = evaluator.evaluateAsOfLatestEvent(events);

        Path out = Files.createDirectories(Path.of(args[1]));
        Files.writeString(out.resolve("report.json"), ReportWriter.toJson(report));
        Files.writeString(out.resolve("plan.md"), evaluator.toMarkdown(report));
        System.out.printf("status %s, %d breaches, %d warnings, %d deadlines%n", report.status(),
                report.breaches().size(), report.warnings().size(), report.deadlines().size());
    }
}
