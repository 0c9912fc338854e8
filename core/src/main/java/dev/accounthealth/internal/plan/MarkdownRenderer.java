package dev.accounthealth.internal.plan;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.EarlyWarning;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricAtRisk;
import dev.accounthealth.report.MetricFigures;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.PlanOfAction;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The report as a Markdown document to paste into an appeal: dashboard, plan of action,
 * deadlines, early warnings, the outlook (the roll-off path) and the deadline risk, every heading
 * and sentence from the templates.
 */
public final class MarkdownRenderer {
    private static final Comparator<MetricResult> BREACHES_FIRST = Comparator
            .comparingInt((MetricResult m) -> m.status() == MetricStatus.BREACH ? 0
                    : m.status() == MetricStatus.WARNING ? 1 : 2)
            .thenComparing(MetricResult::metric).thenComparing(MetricResult::channel)
            .thenComparingInt(m -> m.window().days());

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final Wording wording;

    public MarkdownRenderer(Wording wording) {
        this.wording = wording;
    }

    public String render(AccountHealthReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(wording.text("markdown.title", wording.when(report.asOf(), UTC),
                report.status())).append("\n\n");
        dashboard(report, md);
        plans(report.planOfAction(), md);
        deadlines(report.deadlines(), md);
        earlyWarnings(report.earlyWarnings(), md);
        outlook(report, md);
        deadlineRisk(report.deadlineRisk(), md);
        return md.toString();
    }

    private void dashboard(AccountHealthReport report, StringBuilder md) {
        md.append("## ").append(wording.text("markdown.dashboard")).append("\n\n");
        row(md, wording.text("markdown.column.marketplace"), wording.text("markdown.column.metric"),
                wording.text("markdown.column.window"), wording.text("markdown.column.count"),
                wording.text("markdown.column.rate"), wording.text("markdown.column.target"),
                wording.text("markdown.column.status"));
        md.append("|---|---|---|---:|---:|---|---|\n");
        for (MarketplaceHealth marketplace : report.marketplaces()) {
            for (MetricResult m : marketplace.metrics().stream().sorted(BREACHES_FIRST).toList()) {
                if (m.status() == MetricStatus.NO_DATA) {
                    continue;
                }
                String target = wording.target(m);
                row(md, marketplace.marketplace() + " (" + marketplace.status() + ")",
                        wording.text("metric." + m.metric() + ".name") + " " + m.channel(),
                        wording.text("markdown.days", m.window().days()), m.numerator() + " / " + m.denominator(),
                        m.rate().map(wording::percent).orElse(""), target, emphasis(m.status()));
            }
        }
        md.append('\n');
    }

    private static String emphasis(MetricStatus status) {
        return status == MetricStatus.BREACH ? "**BREACH**" : status.name();
    }

    private void plans(List<PlanOfAction> plans, StringBuilder md) {
        md.append("## ").append(wording.text("plan.title")).append("\n\n");
        if (plans.isEmpty()) {
            md.append(wording.text("markdown.none")).append("\n\n");
        }
        for (PlanOfAction plan : plans) {
            md.append("### ").append(plan.marketplace()).append(" — ").append(plan.title()).append(" (")
                    .append(plan.channel()).append("): ").append(plan.status()).append("\n\n");
            for (String sentence : plan.summary()) {
                md.append(sentence).append('\n');
            }
            for (String sentence : plan.recovery()) {
                md.append(sentence).append('\n');
            }
            md.append('\n');
            section(md, wording.text("plan.rootCauses"), plan.rootCauses());
            section(md, wording.text("plan.correctiveActions"), plan.correctiveActions());
            section(md, wording.text("plan.preventiveMeasures"), plan.preventiveMeasures());
        }
    }

    private static void section(StringBuilder md, String title, List<String> sentences) {
        md.append("**").append(title).append("**\n\n");
        for (String sentence : sentences) {
            md.append("- ").append(sentence).append('\n');
        }
        md.append('\n');
    }

    private void deadlines(List<Deadline> deadlines, StringBuilder md) {
        md.append("## ").append(wording.text("markdown.deadlines")).append("\n\n");
        if (deadlines.isEmpty()) {
            md.append(wording.text("markdown.none")).append("\n\n");
            return;
        }
        row(md, wording.text("markdown.column.due"), wording.text("markdown.column.what"),
                wording.text("markdown.column.marketplace"), wording.text("markdown.column.overdue"));
        md.append("|---|---|---|---|\n");
        for (Deadline deadline : deadlines) {
            row(md, wording.when(deadline.due(), deadline.marketplace().zone()),
                    wording.optional("deadline." + deadline.kind(), deadline.ref()).orElse(deadline.kind() + " "
                            + deadline.ref()),
                    deadline.marketplace().name(),
                    deadline.overdue() ? "**" + wording.text("markdown.yes") + "**" : wording.text("markdown.no"));
        }
        md.append('\n');
    }

    private void earlyWarnings(List<EarlyWarning> warnings, StringBuilder md) {
        md.append("## ").append(wording.text("markdown.earlyWarnings")).append("\n\n");
        if (warnings.isEmpty()) {
            md.append(wording.text("markdown.none")).append("\n\n");
            return;
        }
        for (EarlyWarning warning : warnings) {
            md.append("- ").append(wording.text("markdown.earlyWarning", wording.text("metric." + warning.metric()
                            + ".name"), warning.marketplace(), warning.windowDays(), wording.percent(warning.rateNow()),
                    wording.percent(warning.rateThen()), warning.lookbackDays())).append('\n');
        }
        md.append('\n');
    }

    private void outlook(AccountHealthReport report, StringBuilder md) {
        md.append("## ").append(wording.text("markdown.outlook")).append("\n\n");
        if (report.outlook().isEmpty()) {
            md.append(wording.text("markdown.none")).append("\n\n");
            return;
        }
        md.append(wording.text("markdown.outlook.assumes")).append("\n\n");
        List<Marketplace> marketplaces = report.marketplaces().stream().map(MarketplaceHealth::marketplace).toList();
        StringBuilder header = new StringBuilder("| ").append(wording.text("markdown.column.at")).append(" | ")
                .append(wording.text("markdown.column.account")).append(" |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Marketplace marketplace : marketplaces) {
            header.append(' ').append(marketplace).append(" |");
            rule.append("---|");
        }
        md.append(header).append('\n').append(rule).append('\n');
        for (Outlook then : report.outlook()) {
            md.append("| ").append(wording.when(then.at(), UTC)).append(" | ").append(then.status())
                    .append(" |");
            for (Marketplace marketplace : marketplaces) {
                HealthStatus status = then.marketplaces().get(marketplace);
                md.append(' ').append(status == null ? "" : status.name()).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void deadlineRisk(List<DeadlineRisk> risks, StringBuilder md) {
        md.append("## ").append(wording.text("markdown.risk")).append("\n\n");
        if (risks.isEmpty()) {
            md.append(wording.text("markdown.none")).append("\n");
            return;
        }
        md.append(wording.text("markdown.risk.assumes")).append("\n\n");
        for (DeadlineRisk risk : risks) {
            String status = risk.statusIfMissed() == risk.statusIfMet()
                    ? wording.text("risk.stays", risk.marketplace(), risk.statusIfMissed())
                    : wording.text("risk.becomes", risk.marketplace(), risk.statusIfMissed(), risk.statusIfMet());
            String batch = "risk." + risk.kind() + (risk.refs().size() == 1 ? ".one" : ".many");
            md.append("- ").append(wording.text(batch, risk.refs().size(), risk.marketplace(),
                    wording.when(risk.due(), risk.marketplace().zone()), status)).append('\n');
            for (MetricAtRisk metric : risk.metrics()) {
                md.append("  - ").append(wording.text("risk.metric", wording.text("metric." + metric.metric() + ".name"),
                        metric.channel(), metric.windowDays(), figures(metric.ifMissed()), metric.ifMissed().status(),
                        figures(metric.ifMet()), metric.ifMet().status())).append('\n');
            }
        }
    }

    /** "8.62 % (5 / 58)", or "5 / 58" for a count or without a denominator. */
    private String figures(MetricFigures figures) {
        String count = figures.numerator() + " / " + figures.denominator();
        return figures.rate().map(rate -> wording.percent(rate) + " (" + count + ")").orElse(count);
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        md.append('\n');
    }
}
