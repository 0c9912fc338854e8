package dev.accounthealth.examples.cli;

import dev.accounthealth.amazon.AccountStatusChange;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.EarlyWarning;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.RootCause;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricInputs;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The report as a dashboard a person reads in a terminal: per marketplace, breaches first. */
final class TextDashboard {
    private static final Comparator<MetricResult> BREACHES_FIRST = Comparator
            .comparingInt((MetricResult m) -> switch (m.status()) {
                case BREACH -> 0;
                case WARNING -> 1;
                case OK -> 2;
                case NO_DATA -> 3;
            })
            .thenComparing(MetricResult::metric)
            .thenComparing(MetricResult::channel)
            .thenComparingInt(m -> m.window().days());
    private static final String ROW = "  %-8s %-28s %-4s %-16s %13s %9s  %-9s %s%n";

    private TextDashboard() {
    }

    static String render(AccountHealthReport report, List<RejectedLine> rejected) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Account health as of %s: %s   (rules %s)%n", report.asOf(), report.status(),
                report.rulesVersion()));
        for (MarketplaceHealth marketplace : report.marketplaces()) {
            text.append(String.format(Locale.ROOT, "%n%s  %s%n", marketplace.marketplace(), marketplace.status()));
            text.append(String.format(Locale.ROOT, ROW, "", "metric", "", "window", "count", "rate", "target",
                    "enforcement"));
            for (MetricResult m : marketplace.metrics().stream().sorted(BREACHES_FIRST).toList()) {
                text.append(String.format(Locale.ROOT, ROW, m.status(), m.metric(), m.channel(), window(m),
                        m.numerator() + " / " + m.denominator(), rate(m), target(m), m.enforcement()));
                String recovery = recovery(m);
                if (m.status() == MetricStatus.NO_DATA) {
                    recovery = report.inputs().metric(m.metric())
                            .filter(i -> i.status() == MetricInputs.Measurability.NOT_MEASURABLE)
                            .map(i -> "-> " + i.reason()).orElse(recovery);
                }
                if (!recovery.isEmpty()) {
                    text.append("           ").append(recovery).append(System.lineSeparator());
                }
            }
        }
        if (!report.inputs().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nComputed from%n"));
            for (var source : report.inputs().sources()) {
                text.append(String.format(Locale.ROOT, "  %s (%s)%n", source.name(), source.kind()));
            }
            for (MetricInputs metric : report.inputs().metrics()) {
                if (metric.status() == MetricInputs.Measurability.PARTIAL) {
                    text.append(String.format(Locale.ROOT, "  %s: %s%n", metric.metric(), metric.reason()));
                }
            }
        }
        if (!report.earlyWarnings().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nEarly warnings%n"));
            for (EarlyWarning w : report.earlyWarnings()) {
                text.append(String.format(Locale.ROOT, "  %s %s %s %d d: %s now, %s %d days ago%n", w.marketplace(),
                        w.metric(), w.channel(), w.windowDays(), percent(w.rateNow()), percent(w.rateThen()),
                        w.lookbackDays()));
            }
        }
        if (!report.deadlines().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nDeadlines%n"));
            for (Deadline d : report.deadlines()) {
                text.append(String.format(Locale.ROOT, "  %-8s %s  %-22s %s%s%n", d.overdue() ? "OVERDUE" : "",
                        d.dueLocal().toLocalDateTime().toString().replace('T', ' '), d.kind(), d.ref(),
                        " (" + d.marketplace() + ")"));
            }
        }
        if (!report.outlook().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nOutlook if nothing new happens%n"));
            for (Outlook then : report.outlook()) {
                text.append(String.format(Locale.ROOT, "  %s  %s %s%n", then.at(), then.status(), then.marketplaces()));
            }
        }
        text.append(String.format(Locale.ROOT, "%n%s, %s; %s, %s, %s%n",
                count(report.breaches().size(), "breach", "breaches"),
                count(report.warnings().size(), "warning", "warnings"),
                count(report.orphans().size(), "orphaned event", "orphaned events"),
                count(report.conflicts().size(), "conflict", "conflicts"),
                count(rejected.size(), "rejected line", "rejected lines")));
        for (RejectedLine line : rejected) {
            text.append(String.format(Locale.ROOT, "  rejected %s:%d: %s: %s%n", line.source(), line.line(), line.field(),
                    line.reason()));
        }
        return text.toString();
    }

    /** Amazon's own account status notifications, when the inputs had any. */
    static String statusChanges(List<AccountStatusChange> changes) {
        StringBuilder text = new StringBuilder();
        if (!changes.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nAmazon's account status notifications%n"));
            for (AccountStatusChange change : changes) {
                text.append(String.format(Locale.ROOT, "  %s  %s -> %s%n", change.at(), change.previous(),
                        change.current()));
            }
        }
        return text.toString();
    }

    private static String recovery(MetricResult m) {
        List<String> parts = new ArrayList<>();
        m.recovery().cleanOrdersNeeded().ifPresent(k -> parts.add(k + " more good ones to get back on target"));
        if (m.status() == MetricStatus.WARNING) {
            m.recovery().defectsToBreach().ifPresent(x -> parts.add(x + " more to breach"));
        }
        if (m.status() == MetricStatus.BREACH || m.status() == MetricStatus.WARNING) {
            m.recovery().allClearAt().ifPresent(at -> parts.add("today's items all out of the window on " + at));
            for (RootCause cause : m.rootCauses()) {
                parts.add(cause.count() + " of " + cause.of() + ": " + cause.dimension() + " " + cause.value());
            }
        }
        return parts.isEmpty() ? "" : "-> " + String.join("; ", parts);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String window(MetricResult m) {
        return m.window().days() + " d" + (m.window().lagDays() == 0 ? "" : " (lag " + m.window().lagDays() + " d)");
    }

    private static String rate(MetricResult m) {
        return m.rate().map(TextDashboard::percent).orElse(m.status() == MetricStatus.NO_DATA ? "-" : "");
    }

    private static String target(MetricResult m) {
        String value = m.targetCondition() == TargetCondition.AT_MOST ? m.targetValue().toPlainString()
                : percent(m.targetValue().stripTrailingZeros());
        return switch (m.targetCondition()) {
            case LESS_THAN -> "< " + value;
            case GREATER_THAN -> "> " + value;
            case AT_MOST -> "<= " + value;
        };
    }

    private static String percent(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2);
        return (percent.scale() > 2 ? percent.setScale(2, RoundingMode.HALF_EVEN) : percent.stripTrailingZeros())
                .toPlainString() + " %";
    }
}
