package dev.accounthealth.amazon;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.accounthealth.amazon.Reconciliation.Explanation;
import dev.accounthealth.amazon.Reconciliation.MarketplaceLine;
import dev.accounthealth.amazon.Reconciliation.MetricLine;
import dev.accounthealth.amazon.Reconciliation.Side;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.JsonConfig;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a {@link Reconciliation} as JSON, as text for a terminal, or as Markdown.
 *
 * <p>The JSON is one object: {@code schemaVersion} (1), {@code reconciliation} and
 * {@code rejected} (the rows a lenient reader set aside, as in the report). {@code reconciliation}
 * holds {@code asOf}, {@code agrees} and {@code marketplaces}; each marketplace its
 * {@code marketplaceId}, {@code marketplace} (our code, when known), {@code amazonStatus},
 * {@code ourStatus}, {@code statusAgrees}, {@code metrics}, {@code oursAlone} and
 * {@code amazonAlone}; each metric {@code metric}, {@code channel}, {@code amazonField},
 * {@code amazon}, {@code inAmazonWindow} and {@code today} (each with {@code from}, {@code to},
 * {@code days}, {@code numerator}, {@code denominator}, {@code rate}, {@code status},
 * {@code targetCondition}, {@code targetValue}; absent parts left out), {@code agrees} and
 * {@code explanations} ({@code cause}, {@code text}). Fields come in this order, equal
 * reconciliations give byte-identical text.
 */
public final class ReconciliationWriter {

    private ReconciliationWriter() {
    }

    /** The reconciliation as JSON, with the rows set aside. */
    public static String toJson(Reconciliation reconciliation, List<RejectedLine> rejected) {
        return JsonConfig.written(out -> write(reconciliation, rejected, out));
    }

    /** Writes the reconciliation as JSON to {@code out}; flushes it, does not close it. */
    public static void write(Reconciliation reconciliation, List<RejectedLine> rejected, Writer out) throws IOException {
        try (JsonGenerator json = JsonConfig.pretty(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeObjectFieldStart("reconciliation");
            json.writeStringField("asOf", reconciliation.asOf().toString());
            json.writeBooleanField("agrees", reconciliation.agrees());
            json.writeArrayFieldStart("marketplaces");
            for (MarketplaceLine m : reconciliation.marketplaces()) {
                json.writeStartObject();
                json.writeStringField("marketplaceId", m.marketplaceId());
                if (m.marketplace().isPresent()) {
                    json.writeStringField("marketplace", m.marketplace().get().name());
                }
                if (m.amazonStatus().isPresent()) {
                    json.writeStringField("amazonStatus", m.amazonStatus().get());
                }
                if (m.ourStatus().isPresent()) {
                    json.writeStringField("ourStatus", m.ourStatus().get().name());
                }
                json.writeBooleanField("statusAgrees", m.statusAgrees());
                json.writeArrayFieldStart("metrics");
                for (MetricLine line : m.metrics()) {
                    json.writeStartObject();
                    json.writeStringField("metric", line.metric());
                    json.writeStringField("channel", line.channel().name());
                    json.writeStringField("amazonField", line.amazonField());
                    side("amazon", Optional.of(line.amazon()), json);
                    side("inAmazonWindow", line.inAmazonWindow(), json);
                    side("today", line.today(), json);
                    json.writeBooleanField("agrees", line.agrees());
                    json.writeArrayFieldStart("explanations");
                    for (Explanation why : line.explanations()) {
                        json.writeStartObject();
                        json.writeStringField("cause", why.cause().name());
                        json.writeStringField("text", why.text());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                texts("oursAlone", m.oursAlone(), json);
                texts("amazonAlone", m.amazonAlone(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            JsonConfig.writeRejected(rejected, json);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * The cause in words, then what it says: {@code window offset: Amazon's window ends …}. A text
     * that already opens with its cause (the inputs' own "not measurable: …") is not told it twice.
     */
    private static String inWords(Explanation why) {
        String cause = why.cause().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return why.text().startsWith(cause + ":") ? why.text() : cause + ": " + why.text();
    }

    private static void side(String name, Optional<Side> side, JsonGenerator json) throws IOException {
        if (side.isEmpty()) {
            return;
        }
        Side s = side.get();
        json.writeObjectFieldStart(name);
        json.writeStringField("from", s.from().toString());
        json.writeStringField("to", s.to().toString());
        json.writeNumberField("days", s.days());
        json.writeNumberField("numerator", s.numerator());
        if (s.denominator().isPresent()) {
            json.writeNumberField("denominator", s.denominator().get());
        }
        if (s.rate().isPresent()) {
            json.writeNumberField("rate", s.rate().get());
        }
        json.writeStringField("status", s.status());
        if (s.targetCondition().isPresent()) {
            json.writeStringField("targetCondition", s.targetCondition().get());
        }
        if (s.targetValue().isPresent()) {
            json.writeNumberField("targetValue", s.targetValue().get());
        }
        json.writeEndObject();
    }

    private static void texts(String name, List<String> texts, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (String text : texts) {
            json.writeString(text);
        }
        json.writeEndArray();
    }

    /** The reconciliation as text for a terminal: per marketplace, Amazon's figure above ours. */
    public static String toText(Reconciliation reconciliation) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Amazon's Account Health report beside ours (ours as of %s): %s%n",
                reconciliation.asOf(), reconciliation.agrees() ? "they agree" : "they differ"));
        String row = "  %-28s %-4s %-7s %-17s %13s %9s  %-8s %s%n";
        for (MarketplaceLine m : reconciliation.marketplaces()) {
            text.append(String.format(Locale.ROOT, "%n%s  Amazon: %s, ours: %s%s%n",
                    m.marketplace().map(Enum::name).orElse(m.marketplaceId()), m.amazonStatus().orElse("-"),
                    m.ourStatus().map(Enum::name).orElse("-"), m.statusAgrees() ? "" : "  (they differ)"));
            text.append(String.format(Locale.ROOT, row, "metric", "", "", "window", "count", "rate", "status", "target"));
            for (MetricLine line : m.metrics()) {
                text.append(String.format(Locale.ROOT, row, line.metric(), line.channel(), "Amazon",
                        window(line.amazon()), count(line.amazon()), rate(line.amazon()), line.amazon().status(),
                        target(line.amazon())));
                line.inAmazonWindow().ifPresent(s -> text.append(String.format(Locale.ROOT, row, "", "", "ours",
                        window(s), count(s), rate(s), s.status(), target(s))));
                line.today().filter(s -> !s.equals(line.inAmazonWindow().orElse(null)))
                        .ifPresent(s -> text.append(String.format(Locale.ROOT, row, "", "", "today", window(s),
                                count(s), rate(s), s.status(), target(s))));
                text.append(line.agrees() ? "           = the same\n" : "");
                for (Explanation why : line.explanations()) {
                    text.append("           -> ").append(inWords(why)).append('\n');
                }
            }
            for (String ours : m.oursAlone()) {
                text.append("  ours alone: ").append(ours).append('\n');
            }
            for (String amazon : m.amazonAlone()) {
                text.append("  Amazon's alone: ").append(amazon).append('\n');
            }
        }
        return text.toString();
    }

    /** The reconciliation as Markdown: a table per marketplace. */
    public static String toMarkdown(Reconciliation reconciliation) {
        StringBuilder md = new StringBuilder();
        md.append("# Amazon's Account Health report beside ours\n\n");
        md.append("Ours as of ").append(reconciliation.asOf()).append(": ")
                .append(reconciliation.agrees() ? "**they agree**" : "**they differ**").append(".\n");
        for (MarketplaceLine m : reconciliation.marketplaces()) {
            md.append("\n## ").append(m.marketplace().map(Enum::name).orElse(m.marketplaceId())).append("\n\n");
            md.append("Amazon's account status: ").append(m.amazonStatus().orElse("-")).append("; ours: ")
                    .append(m.ourStatus().map(Enum::name).orElse("-"))
                    .append(m.statusAgrees() ? "." : " (they differ).").append("\n\n");
            md.append("| metric | channel | whose | window | count | rate | status | target |\n");
            md.append("|---|---|---|---|---|---|---|---|\n");
            for (MetricLine line : m.metrics()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | Amazon | %s | %s | %s | %s | %s |%n", line.metric(),
                        line.channel(), window(line.amazon()), count(line.amazon()), rate(line.amazon()),
                        line.amazon().status(), target(line.amazon())));
                line.inAmazonWindow().ifPresent(s -> md.append(String.format(Locale.ROOT,
                        "|  |  | ours | %s | %s | %s | %s | %s |%n", window(s), count(s), rate(s), s.status(),
                        target(s))));
                line.today().filter(s -> !s.equals(line.inAmazonWindow().orElse(null))).ifPresent(s -> md.append(
                        String.format(Locale.ROOT, "|  |  | ours today | %s | %s | %s | %s | %s |%n", window(s),
                                count(s), rate(s), s.status(), target(s))));
            }
            md.append('\n');
            for (MetricLine line : m.metrics()) {
                for (Explanation why : line.explanations()) {
                    md.append("- **").append(line.metric()).append(' ').append(line.channel()).append("**, ")
                            .append(inWords(why)).append('\n');
                }
            }
            for (String ours : m.oursAlone()) {
                md.append("- Ours alone: ").append(ours).append('\n');
            }
            for (String amazon : m.amazonAlone()) {
                md.append("- Amazon's alone: ").append(amazon).append('\n');
            }
        }
        return md.toString();
    }

    /** Length and last day: Amazon's windows start at their first second, ours just before it. */
    private static String window(Side s) {
        return s.days() + " d to " + s.to().toString().substring(0, 10);
    }

    private static String count(Side s) {
        return s.numerator() + s.denominator().map(d -> " / " + d).orElse("");
    }

    private static String rate(Side s) {
        return s.rate().map(ReconciliationWriter::percent).orElse("-");
    }

    private static String target(Side s) {
        if (s.targetValue().isEmpty()) {
            return "-";
        }
        String condition = switch (s.targetCondition().orElse("")) {
            case "LESS_THAN" -> "< ";
            case "GREATER_THAN" -> "> ";
            case "AT_MOST" -> "<= ";
            case "EQUALS" -> "= ";
            default -> "";
        };
        boolean count = s.targetCondition().map(c -> c.equals("AT_MOST") || c.equals("EQUALS")).orElse(false);
        return condition + (count ? s.targetValue().get().toPlainString() : percent(s.targetValue().get()));
    }

    private static String percent(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2);
        return (percent.scale() > 2 ? percent.setScale(2, RoundingMode.HALF_EVEN) : percent.stripTrailingZeros())
                .toPlainString() + " %";
    }
}
