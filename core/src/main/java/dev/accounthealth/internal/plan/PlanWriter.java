package dev.accounthealth.internal.plan;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.Enforcement;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.PlanOfAction;
import dev.accounthealth.report.RootCause;
import dev.accounthealth.report.TargetCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a plan of action for each metric in breach or warning, from the templates: one plan per
 * marketplace, metric and channel, gathering its windows. Components shown for information
 * (enforcement {@code INFO}) get none: their metric's plan covers them.
 */
public final class PlanWriter {
    private static final Pattern DAY_AND_TIME = Pattern.compile("([A-Z]+)(<|>=)(\\d{2}:\\d{2})");

    private final Wording wording;

    public PlanWriter(Wording wording) {
        this.wording = wording;
    }

    /** The keys every metric needs in the templates. */
    public static List<String> keysFor(String metric) {
        return List.of("metric." + metric + ".name", "metric." + metric + ".items", "metric." + metric + ".population",
                "metric." + metric + ".corrective.1", "metric." + metric + ".preventive.1");
    }

    /** The keys the plan and its rendering need whatever the metric. */
    public static final List<String> COMMON_KEYS = List.of("plan.title", "plan.rootCauses",
            "plan.correctiveActions", "plan.preventiveMeasures", "plan.noRootCause", "summary.BREACH",
            "summary.WARNING", "summary.count.BREACH", "target.LESS_THAN", "target.GREATER_THAN", "target.AT_MOST",
            "recovery.clean.LESS_THAN", "recovery.clean.GREATER_THAN", "recovery.defects", "recovery.allClear",
            "dayAndTime.after", "dayAndTime.before", "weekday.MONDAY", "weekday.TUESDAY", "weekday.WEDNESDAY",
            "weekday.THURSDAY", "weekday.FRIDAY", "weekday.SATURDAY", "weekday.SUNDAY", "markdown.title",
            "markdown.dashboard", "markdown.deadlines", "markdown.earlyWarnings", "markdown.outlook",
            "markdown.column.marketplace", "markdown.column.metric", "markdown.column.window",
            "markdown.column.count", "markdown.column.rate", "markdown.column.target", "markdown.column.status",
            "markdown.column.due", "markdown.column.what", "markdown.column.overdue", "markdown.column.at",
            "markdown.column.account", "markdown.days", "markdown.yes", "markdown.no", "markdown.earlyWarning",
            "markdown.none", "markdown.outlook.assumes", "markdown.risk", "markdown.risk.assumes",
            "risk.SHIPMENT_CONFIRMATION.one", "risk.SHIPMENT_CONFIRMATION.many", "risk.BUYER_MESSAGE_RESPONSE.one",
            "risk.BUYER_MESSAGE_RESPONSE.many", "risk.RETURN_RESPONSE.one", "risk.RETURN_RESPONSE.many",
            "risk.INVOICE_UPLOAD.one", "risk.INVOICE_UPLOAD.many", "risk.becomes", "risk.stays", "risk.metric");

    /** The plans of a report, taking from a session's memory each plan its last report wrote from the same reading. */
    public List<PlanOfAction> plans(List<MarketplaceHealth> marketplaces, PlanMemory memory) {
        List<PlanOfAction> plans = new ArrayList<>();
        for (MarketplaceHealth marketplace : marketplaces) {
            Map<String, List<WindowReading>> byMetric = new LinkedHashMap<>();
            for (MetricResult result : marketplace.metrics()) {
                boolean concerning = result.status() == MetricStatus.BREACH || result.status() == MetricStatus.WARNING;
                if (concerning && result.enforcement() != Enforcement.INFO) {
                    byMetric.computeIfAbsent(result.metric() + " " + result.channel(), k -> new ArrayList<>())
                            .add(WindowReading.of(result));
                }
            }
            for (List<WindowReading> windows : byMetric.values()) {
                plans.add(memory.plan(new Reading(marketplace.marketplace(), windows), this::plan));
            }
        }
        memory.reportWritten();
        plans.sort(Comparator.comparing(PlanOfAction::marketplace).thenComparing(PlanOfAction::metric)
                .thenComparing(PlanOfAction::channel));
        return plans;
    }

    /** Everything a plan is written from: a marketplace and the windows of one metric in breach or warning there. */
    record Reading(Marketplace marketplace, List<WindowReading> windows) {
    }

    /** What a plan reads of one window's result: its figures, verdict, recovery and root causes, not the items behind them. */
    record WindowReading(String metric, Channel channel, int days, int lagDays, long numerator, long denominator,
                         Optional<BigDecimal> rate, TargetCondition targetCondition, BigDecimal targetValue,
                         MetricStatus status, OptionalLong cleanOrdersNeeded, OptionalLong defectsToBreach,
                         Optional<Instant> allClearAt, List<RootCause> rootCauses) {
        static WindowReading of(MetricResult result) {
            return new WindowReading(result.metric(), result.channel(), result.window().days(),
                    result.window().lagDays(), result.numerator(), result.denominator(), result.rate(),
                    result.targetCondition(), result.targetValue(), result.status(),
                    result.recovery().cleanOrdersNeeded(), result.recovery().defectsToBreach(),
                    result.recovery().allClearAt(), result.rootCauses());
        }

        /** How many items are behind the figure: the numerator, or those falling short of a good numerator. */
        long flagged() {
            return targetCondition == TargetCondition.GREATER_THAN ? denominator - numerator : numerator;
        }
    }

    private PlanOfAction plan(Reading reading) {
        Marketplace marketplace = reading.marketplace();
        List<WindowReading> windows = reading.windows();
        WindowReading first = windows.get(0);
        String metric = first.metric();
        Channel channel = first.channel();
        String name = wording.text("metric." + metric + ".name");
        String items = wording.text("metric." + metric + ".items");
        boolean breach = windows.stream().anyMatch(w -> w.status() == MetricStatus.BREACH);
        List<String> summary = new ArrayList<>();
        List<String> recovery = new ArrayList<>();
        WindowReading mostItems = first;
        for (WindowReading window : windows) {
            summary.add(summary(name, marketplace, window));
            recovery.addAll(recovery(items, wording.text("metric." + metric + ".population"), window, marketplace));
            if (window.flagged() > mostItems.flagged()) {
                mostItems = window;
            }
        }
        List<String> causes = new ArrayList<>();
        for (RootCause cause : mostItems.rootCauses()) {
            causes.add(wording.text("rootCause." + cause.dimension(), cause.count(), cause.of(), items,
                    valuePhrase(cause), cause.populationCount(), cause.population()));
        }
        if (causes.isEmpty()) {
            causes.add(wording.text("plan.noRootCause", mostItems.flagged(), items));
        }
        List<String> corrective = wording.numbered("metric." + metric + ".corrective");
        List<String> preventive = wording.numbered("metric." + metric + ".preventive");
        if (!breach) {
            corrective = corrective.subList(0, 1);
            preventive = preventive.subList(0, 1);
        }
        return new PlanOfAction(marketplace, metric, channel, breach ? MetricStatus.BREACH : MetricStatus.WARNING,
                windows.stream().map(WindowReading::days).toList(), name, summary, recovery, causes, corrective,
                preventive);
    }

    private String summary(String name, Marketplace marketplace, WindowReading window) {
        String target = wording.target(window.targetCondition(), window.targetValue());
        String key = window.targetCondition() == TargetCondition.AT_MOST ? "summary.count.BREACH"
                : "summary." + window.status();
        return wording.text(key, name, marketplace.name(), window.rate().map(wording::percent).orElse("-"),
                window.days(), window.numerator(), window.denominator(), target);
    }

    private List<String> recovery(String items, String population, WindowReading window, Marketplace marketplace) {
        List<String> sentences = new ArrayList<>();
        window.cleanOrdersNeeded().ifPresent(k -> sentences.add(wording.text(
                "recovery.clean." + (window.targetCondition() == TargetCondition.GREATER_THAN ? "GREATER_THAN"
                        : "LESS_THAN"), k, population)));
        if (window.status() == MetricStatus.WARNING) {
            window.defectsToBreach().ifPresent(x -> sentences.add(wording.text("recovery.defects", x)));
        }
        window.allClearAt().ifPresent(at -> sentences.add(wording.text("recovery.allClear", items,
                window.days() + window.lagDays(), wording.when(at, marketplace.zone()))));
        return sentences;
    }

    private String valuePhrase(RootCause cause) {
        Matcher dayAndTime = DAY_AND_TIME.matcher(cause.value());
        if (dayAndTime.matches()) {
            String day = wording.text("weekday." + dayAndTime.group(1));
            return wording.text(dayAndTime.group(2).equals("<") ? "dayAndTime.before" : "dayAndTime.after", day,
                    dayAndTime.group(3));
        }
        return wording.optional("value." + cause.value()).orElse(cause.value());
    }
}
