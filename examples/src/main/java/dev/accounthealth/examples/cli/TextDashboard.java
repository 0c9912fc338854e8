package dev.accounthealth.examples.cli;

import dev.accounthealth.amazon.AccountStatusChange;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.EarlyWarning;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.RootCause;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricAtRisk;
import dev.accounthealth.report.MetricFigures;
import dev.accounthealth.report.MetricInputs;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report as a dashboard a person reads in a terminal: per marketplace, breaches first. An
 * instant that concerns the whole account (the header, the outlook) is in UTC, written with its
 * {@code Z}; one that concerns a marketplace (a roll-off, a deadline) is in the marketplace's
 * local time, followed by its zone.
 */
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
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
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
                List<String> lines = recovery(m, marketplace.marketplace().zone());
                if (m.status() == MetricStatus.NO_DATA) {
                    report.inputs().metric(m.metric())
                            .filter(i -> i.status() == MetricInputs.Measurability.NOT_MEASURABLE)
                            .ifPresent(i -> lines.add(i.reason()));
                }
                for (String line : lines) {
                    text.append("           -> ").append(line).append(System.lineSeparator());
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
            text.append(String.format(Locale.ROOT, "%nDeadlines (local time where the obligation applies)%n"));
            int zoneWidth = report.deadlines().stream().mapToInt(d -> d.marketplace().zone().getId().length()).max()
                    .orElse(0);
            for (Deadline d : report.deadlines()) {
                text.append(String.format(Locale.ROOT, "  %-8s %s %-" + zoneWidth + "s  %-22s %s (%s)%n",
                        d.overdue() ? "OVERDUE" : "", LOCAL.format(d.dueLocal()), d.dueLocal().getZone().getId(),
                        d.kind(), d.ref(), d.marketplace()));
            }
        }
        if (!report.outlook().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nOutlook, roll-off path (nothing new, every open deadline met on time)%n"));
            for (Outlook then : report.outlook()) {
                text.append(String.format(Locale.ROOT, "  %s  %s %s%n", then.at(), then.status(), then.marketplaces()));
            }
        }
        if (!report.deadlineRisk().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nDeadline risk (just after each deadline, if what is due by then is missed)%n"));
            for (DeadlineRisk risk : report.deadlineRisk()) {
                text.append(String.format(Locale.ROOT, "  %s %s  %d x %s: %s if missed, %s if met%n", risk.due(),
                        risk.marketplace(), risk.refs().size(), risk.kind(), risk.statusIfMissed(), risk.statusIfMet()));
                for (MetricAtRisk m : risk.metrics()) {
                    text.append(String.format(Locale.ROOT, "      %s %s %d d: %s %s if missed, %s %s if met%n",
                            m.metric(), m.channel(), m.windowDays(), figures(m.ifMissed()), m.ifMissed().status(),
                            figures(m.ifMet()), m.ifMet().status()));
                }
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

    /**
     * The lines under a breach or warning. A "bad item" is one the metric counts against its
     * target (a late order, a defective order, an untracked shipment, a late response, an open
     * notice…), a "good item" one it counts that is not bad.
     */
    private static List<String> recovery(MetricResult m, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        if (m.status() != MetricStatus.BREACH && m.status() != MetricStatus.WARNING) {
            return lines;
        }
        long bad = m.targetCondition() == TargetCondition.GREATER_THAN ? m.denominator() - m.numerator() : m.numerator();
        m.recovery().cleanOrdersNeeded().ifPresent(k ->
                lines.add(count(k, "more good item", "more good items") + " and no new bad one bring it back on target"));
        if (m.status() == MetricStatus.WARNING) {
            m.recovery().defectsToBreach().ifPresent(x ->
                    lines.add(count(x, "more bad item breaches", "more bad items breach") + " the target"));
        }
        m.recovery().allClearAt().ifPresent(at -> lines.add((bad == 1 ? "its 1 bad item leaves"
                : "the last of its " + bad + " bad items leaves") + " the window on " + LOCAL.format(at.atZone(zone))
                + " " + zone.getId()));
        for (RootCause cause : m.rootCauses()) {
            lines.add(String.format(Locale.ROOT, "%d of its %d bad items share %s %s (%d of all %d items)", cause.count(),
                    cause.of(), cause.dimension(), cause.value(), cause.populationCount(), cause.population()));
        }
        return lines;
    }

    private static String figures(MetricFigures f) {
        String count = f.numerator() + " / " + f.denominator();
        return f.rate().map(rate -> percent(rate) + " (" + count + ")").orElse(count);
    }

    private static String count(long n, String one, String many) {
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

    static String percent(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2);
        return (percent.scale() > 2 ? percent.setScale(2, RoundingMode.HALF_EVEN) : percent.stripTrailingZeros())
                .toPlainString() + " %";
    }
}
