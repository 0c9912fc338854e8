package dev.accounthealth.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.accounthealth.json.internal.EventEncoder;
import dev.accounthealth.json.internal.JsonConfig;
import dev.accounthealth.InputCoverage;
import dev.accounthealth.InputData;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.MetricInputs;
import dev.accounthealth.report.ReportInputs;
import dev.accounthealth.report.Conflict;
import dev.accounthealth.report.Finding;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricAtRisk;
import dev.accounthealth.report.MetricFigures;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.EarlyWarning;
import dev.accounthealth.report.Outlook;
import dev.accounthealth.report.PlanOfAction;
import dev.accounthealth.report.ProjectedStatus;
import dev.accounthealth.report.Recovery;
import dev.accounthealth.report.RootCause;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.HealthHistory;
import dev.accounthealth.report.HealthSnapshot;
import dev.accounthealth.report.MarketplaceSnapshot;
import dev.accounthealth.report.MetricSnapshot;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Orphan;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an {@link AccountHealthReport} as the JSON of the report spec, for tools in other
 * languages.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.json"), ReportWriter.toJson(report, rejected));
 * }</pre>
 *
 * <p>Equal reports give byte-identical text: fields in a fixed order, lists in the report's
 * own order (already sorted), two-space indents, {@code \n} line ends whatever the platform,
 * and a final {@code \n}.
 *
 * <ul>
 *   <li>Decimals are plain JSON numbers, never with an exponent, written with the scale they
 *       have in the report: a rate has its 8 decimals ({@code 0.26229508}, a zero rate
 *       {@code 0.00000000}), a target the decimals of the rule set ({@code 0.04}).
 *   <li>{@code rate} is left out where the report has none (no denominator, or a count).
 *   <li>Instants are ISO-8601 strings in UTC ({@code 2026-11-20T00:00:00Z}).
 *   <li>An orphan or conflict shows its events as objects in their JSON Lines form (see
 *       {@link EventWriter}).
 *   <li>After {@code breaches} and {@code warnings} come the report's {@code outlook} (the roll-off
 *       path), {@code deadlineRisk} (what missing the deadlines due soon would do),
 *       {@code earlyWarnings}, {@code deadlines} (each open obligation by due instant; {@code due}
 *       in UTC, {@code dueLocal} the same instant with the offset of the marketplace's
 *       {@code zone}, which is named too) and {@code planOfAction} (one entry per marketplace,
 *       metric and channel in breach or warning, in the report's {@code language}); then
 *       {@code rejected}, {@code orphans}, {@code conflicts} and {@code ruleFirings}. A list with
 *       nothing in it is written as an empty list, never left out.
 *   <li>{@code inputs}, after {@code marketplaces}, only for an evaluation told what its inputs
 *       were: {@code sources} (each input's {@code name}, {@code kind} and what it
 *       {@code provides}) and {@code metrics} (per metric its {@code status} {@code MEASURED},
 *       {@code PARTIAL} or {@code NOT_MEASURABLE}, the inputs it was {@code computedFrom}, what it
 *       is {@code lacking} and what would complete it, {@code partial}, and the {@code reason} in words).
 * </ul>
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** The report as JSON, with no rejected lines. */
    public static String toJson(AccountHealthReport report) {
        return toJson(report, List.of());
    }

    /**
     * The report as JSON, with the lines a lenient {@link EventReader} set aside.
     *
     * @param rejected written as {@code rejected} in the order given
     */
    public static String toJson(AccountHealthReport report, List<RejectedLine> rejected) {
        return JsonConfig.written(out -> write(report, rejected, out));
    }

    /** Writes the report, with no rejected lines, to {@code out}; flushes it, does not close it. */
    public static void write(AccountHealthReport report, Writer out) throws IOException {
        write(report, List.of(), out);
    }

    /**
     * Writes the report, with the lines a lenient {@link EventReader} set aside, to {@code out};
     * flushes it, does not close it.
     *
     * @param rejected written as {@code rejected} in the order given
     */
    public static void write(AccountHealthReport report, List<RejectedLine> rejected, Writer out) throws IOException {
        try (JsonGenerator json = JsonConfig.pretty(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", report.schemaVersion());
            json.writeStringField("asOf", report.asOf().toString());
            json.writeStringField("rulesVersion", report.rulesVersion());
            json.writeStringField("status", report.status().name());
            json.writeArrayFieldStart("marketplaces");
            for (MarketplaceHealth marketplace : report.marketplaces()) {
                writeMarketplace(marketplace, json);
            }
            json.writeEndArray();
            writeInputs(report.inputs(), json);
            writeFindings("breaches", report.breaches(), json);
            writeFindings("warnings", report.warnings(), json);
            writeOutlook(report.outlook(), json);
            writeDeadlineRisk(report.deadlineRisk(), json);
            writeEarlyWarnings(report.earlyWarnings(), json);
            writeDeadlines(report.deadlines(), json);
            writePlans(report, json);
            JsonConfig.writeRejected(rejected, json);
            json.writeArrayFieldStart("orphans");
            for (Orphan orphan : report.orphans()) {
                json.writeStartObject();
                json.writeStringField("type", orphan.event().type());
                json.writeStringField("at", orphan.event().at().toString());
                json.writeStringField("refKind", orphan.refKind().name());
                json.writeStringField("ref", orphan.ref());
                json.writeFieldName("event");
                EventEncoder.encode(orphan.event(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("conflicts");
            for (Conflict conflict : report.conflicts()) {
                json.writeStartObject();
                json.writeFieldName("kept");
                EventEncoder.encode(conflict.kept(), json);
                json.writeFieldName("ignored");
                EventEncoder.encode(conflict.ignored(), json);
                json.writeStringField("reason", conflict.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("ruleFirings");
            for (Map.Entry<String, Integer> firing : report.ruleFirings().entrySet()) {
                json.writeNumberField(firing.getKey(), firing.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Written only for an evaluation told what its inputs were, so other reports keep their shape. */
    private static void writeInputs(ReportInputs inputs, JsonGenerator json) throws IOException {
        if (inputs.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("inputs");
        json.writeArrayFieldStart("sources");
        for (InputCoverage.Input source : inputs.sources()) {
            json.writeStartObject();
            json.writeStringField("name", source.name());
            json.writeStringField("kind", source.kind());
            json.writeArrayFieldStart("provides");
            for (InputData data : source.provides()) {
                json.writeString(data.name());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("metrics");
        for (MetricInputs metric : inputs.metrics()) {
            json.writeStartObject();
            json.writeStringField("metric", metric.metric());
            json.writeStringField("status", metric.status().name());
            writeTexts("computedFrom", metric.computedFrom(), json);
            writeTexts("lacking", metric.lacking().stream().map(Enum::name).toList(), json);
            writeTexts("partial", metric.partial().stream().map(Enum::name).toList(), json);
            json.writeStringField("reason", metric.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeMarketplace(MarketplaceHealth marketplace, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("marketplace", marketplace.marketplace().name());
        json.writeStringField("status", marketplace.status().name());
        json.writeArrayFieldStart("metrics");
        for (MetricResult metric : marketplace.metrics()) {
            writeMetric(metric, json);
        }
        json.writeEndArray();
        writeTexts("statusRules", marketplace.statusRules(), json);
        json.writeEndObject();
    }

    private static void writeMetric(MetricResult metric, JsonGenerator json) throws IOException {
        json.writeStartObject();
        writeFiguresOf(metric.snapshot(), json);
        writeTexts("orderIds", metric.orderIds(), json);
        writeTexts("itemIds", metric.itemIds(), json);
        json.writeStringField("rule", metric.rule());
        writeTexts("firedRules", metric.firedRules(), json);
        writeRecovery(metric.recovery(), json);
        json.writeArrayFieldStart("rootCauses");
        for (RootCause cause : metric.rootCauses()) {
            json.writeStartObject();
            json.writeStringField("dimension", cause.dimension());
            json.writeStringField("value", cause.value());
            json.writeNumberField("count", cause.count());
            json.writeNumberField("of", cause.of());
            json.writeNumberField("populationCount", cause.populationCount());
            json.writeNumberField("population", cause.population());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** What a metric says in a report and in a history alike: which metric, its window, figures and verdict. */
    private static void writeFiguresOf(MetricSnapshot metric, JsonGenerator json) throws IOException {
        json.writeStringField("metric", metric.metric());
        json.writeStringField("channel", metric.channel().name());
        json.writeObjectFieldStart("window");
        json.writeNumberField("days", metric.window().days());
        json.writeNumberField("lagDays", metric.window().lagDays());
        json.writeStringField("from", metric.window().from().toString());
        json.writeStringField("to", metric.window().to().toString());
        json.writeEndObject();
        json.writeNumberField("numerator", metric.numerator());
        json.writeNumberField("denominator", metric.denominator());
        writeRate(metric.rate(), json);
        json.writeStringField("targetCondition", metric.targetCondition().name());
        json.writeNumberField("targetValue", metric.targetValue());
        json.writeStringField("status", metric.status().name());
        json.writeStringField("enforcement", metric.enforcement().name());
    }

    /** The history as JSON: see {@link #write(HealthHistory, Writer)}. */
    public static String toJson(HealthHistory history) {
        return JsonConfig.written(out -> write(history, out));
    }

    /**
     * Writes a history to {@code out}, in the conventions of the report: {@code schemaVersion},
     * {@code asOf}, {@code rulesVersion}, then {@code snapshots}, earliest first, each with its
     * {@code at}, the account's {@code status} and its {@code marketplaces}, each with its
     * {@code status} and {@code metrics} as the report writes them (window, figures, rate, target,
     * status, enforcement), without the items behind them. Flushes {@code out}, does not close it.
     */
    public static void write(HealthHistory history, Writer out) throws IOException {
        try (JsonGenerator json = JsonConfig.pretty(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", history.schemaVersion());
            json.writeStringField("asOf", history.asOf().toString());
            json.writeStringField("rulesVersion", history.rulesVersion());
            json.writeArrayFieldStart("snapshots");
            for (HealthSnapshot snapshot : history.snapshots()) {
                json.writeStartObject();
                json.writeStringField("at", snapshot.at().toString());
                json.writeStringField("status", snapshot.status().name());
                json.writeArrayFieldStart("marketplaces");
                for (MarketplaceSnapshot marketplace : snapshot.marketplaces()) {
                    json.writeStartObject();
                    json.writeStringField("marketplace", marketplace.marketplace().name());
                    json.writeStringField("status", marketplace.status().name());
                    json.writeArrayFieldStart("metrics");
                    for (MetricSnapshot metric : marketplace.metrics()) {
                        json.writeStartObject();
                        writeFiguresOf(metric, json);
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeRecovery(Recovery recovery, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("recovery");
        if (recovery.cleanOrdersNeeded().isPresent()) {
            json.writeNumberField("cleanOrdersNeeded", recovery.cleanOrdersNeeded().getAsLong());
        }
        if (recovery.defectsToBreach().isPresent()) {
            json.writeNumberField("defectsToBreach", recovery.defectsToBreach().getAsLong());
        }
        if (recovery.nextRollOff().isPresent()) {
            json.writeStringField("nextRollOff", recovery.nextRollOff().get().toString());
        }
        if (recovery.allClearAt().isPresent()) {
            json.writeStringField("allClearAt", recovery.allClearAt().get().toString());
        }
        json.writeArrayFieldStart("projection");
        for (ProjectedStatus projected : recovery.projection()) {
            json.writeStartObject();
            json.writeStringField("at", projected.at().toString());
            json.writeNumberField("numerator", projected.numerator());
            json.writeNumberField("denominator", projected.denominator());
            writeRate(projected.rate(), json);
            json.writeStringField("status", projected.status().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePlans(AccountHealthReport report, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("planOfAction");
        for (PlanOfAction plan : report.planOfAction()) {
            json.writeStartObject();
            json.writeStringField("marketplace", plan.marketplace().name());
            json.writeStringField("metric", plan.metric());
            json.writeStringField("channel", plan.channel().name());
            json.writeStringField("status", plan.status().name());
            json.writeArrayFieldStart("windowDays");
            for (int days : plan.windowDays()) {
                json.writeNumber(days);
            }
            json.writeEndArray();
            json.writeStringField("language", report.language());
            json.writeStringField("title", plan.title());
            writeTexts("summary", plan.summary(), json);
            writeTexts("recovery", plan.recovery(), json);
            writeTexts("rootCauses", plan.rootCauses(), json);
            writeTexts("correctiveActions", plan.correctiveActions(), json);
            writeTexts("preventiveMeasures", plan.preventiveMeasures(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeEarlyWarnings(List<EarlyWarning> warnings, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("earlyWarnings");
        for (EarlyWarning warning : warnings) {
            json.writeStartObject();
            json.writeStringField("marketplace", warning.marketplace().name());
            json.writeStringField("metric", warning.metric());
            json.writeStringField("channel", warning.channel().name());
            json.writeNumberField("windowDays", warning.windowDays());
            json.writeNumberField("lookbackDays", warning.lookbackDays());
            json.writeNumberField("rateThen", warning.rateThen());
            json.writeNumberField("rateNow", warning.rateNow());
            json.writeNumberField("riseMargin", warning.riseMargin());
            json.writeStringField("status", warning.status().name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeDeadlines(List<Deadline> deadlines, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("deadlines");
        for (Deadline deadline : deadlines) {
            json.writeStartObject();
            json.writeStringField("kind", deadline.kind());
            json.writeStringField("ref", deadline.ref());
            json.writeStringField("marketplace", deadline.marketplace().name());
            if (deadline.orderId().isPresent()) {
                json.writeStringField("orderId", deadline.orderId().get());
            }
            json.writeStringField("due", deadline.due().toString());
            json.writeStringField("dueLocal", deadline.dueLocal().toOffsetDateTime().toString());
            json.writeStringField("zone", deadline.marketplace().zone().getId());
            json.writeBooleanField("overdue", deadline.overdue());
            json.writeStringField("rule", deadline.rule());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeOutlook(List<Outlook> outlook, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("outlook");
        for (Outlook then : outlook) {
            json.writeStartObject();
            json.writeStringField("at", then.at().toString());
            json.writeStringField("status", then.status().name());
            json.writeObjectFieldStart("marketplaces");
            for (Map.Entry<Marketplace, HealthStatus> marketplace : then.marketplaces().entrySet()) {
                json.writeStringField(marketplace.getKey().name(), marketplace.getValue().name());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeDeadlineRisk(List<DeadlineRisk> risks, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("deadlineRisk");
        for (DeadlineRisk risk : risks) {
            json.writeStartObject();
            json.writeStringField("marketplace", risk.marketplace().name());
            json.writeStringField("kind", risk.kind());
            json.writeStringField("dueDate", risk.dueDate().toString());
            json.writeStringField("due", risk.due().toString());
            json.writeStringField("dueLocal", risk.dueLocal().toOffsetDateTime().toString());
            json.writeStringField("zone", risk.marketplace().zone().getId());
            json.writeNumberField("count", risk.refs().size());
            writeTexts("refs", risk.refs(), json);
            json.writeStringField("statusIfMet", risk.statusIfMet().name());
            json.writeStringField("statusIfMissed", risk.statusIfMissed().name());
            json.writeArrayFieldStart("metrics");
            for (MetricAtRisk metric : risk.metrics()) {
                json.writeStartObject();
                json.writeStringField("metric", metric.metric());
                json.writeStringField("channel", metric.channel().name());
                json.writeNumberField("windowDays", metric.windowDays());
                writeFigures("ifMet", metric.ifMet(), json);
                writeFigures("ifMissed", metric.ifMissed(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeFigures(String name, MetricFigures figures, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("numerator", figures.numerator());
        json.writeNumberField("denominator", figures.denominator());
        writeRate(figures.rate(), json);
        json.writeStringField("status", figures.status().name());
        json.writeEndObject();
    }

    private static void writeFindings(String name, List<Finding> findings, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringField("marketplace", finding.marketplace().name());
            json.writeStringField("metric", finding.metric());
            json.writeStringField("channel", finding.channel().name());
            json.writeNumberField("windowDays", finding.windowDays());
            writeRate(finding.rate(), json);
            json.writeNumberField("targetValue", finding.targetValue());
            json.writeStringField("status", finding.status().name());
            json.writeStringField("enforcement", finding.enforcement().name());
            json.writeNumberField("numerator", finding.numerator());
            json.writeNumberField("denominator", finding.denominator());
            writeTexts("orderIds", finding.orderIds(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeRate(Optional<BigDecimal> rate, JsonGenerator json) throws IOException {
        if (rate.isPresent()) {
            json.writeNumberField("rate", rate.get());
        }
    }

    private static void writeTexts(String name, List<String> texts, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (String text : texts) {
            json.writeString(text);
        }
        json.writeEndArray();
    }
}
