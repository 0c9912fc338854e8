package dev.accounthealth.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.amazon.internal.Fields;
import dev.accounthealth.amazon.internal.JsonPages;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.json.EventFormatException;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import dev.accounthealth.report.Channel;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon's own figures: a {@code GET_V2_SELLER_PERFORMANCE_REPORT} document (schema
 * {@code accountHealthReport-2020-11-18}), read leniently as the schema's own flaws require:
 * both spellings of the misspelt fields ({@code preFulfillmentCancellationRate} /
 * {@code prefulfillmentCancelRate}, {@code warningStates} / {@code warningState},
 * {@code documentRequests} / {@code documentRequest}, {@code accountHealthRatingStatus} /
 * {@code ahrStatus}), unknown keys ignored, status values outside the schema's enums kept as
 * written ({@code SUSPENDED}), {@code rate} read as the fraction every example shows.
 *
 * @param accountStatuses Amazon's status of the account in each marketplace
 * @param marketplaces the figures of each marketplace
 */
public record PerformanceReport(List<AccountStatus> accountStatuses, List<MarketplaceFigures> marketplaces) {

    /**
     * Amazon's status of the account in one marketplace.
     *
     * @param marketplaceId as written
     * @param marketplace the marketplace it names, when it is one we know
     * @param status as written: {@code NORMAL}, {@code AT_RISK}, {@code DEACTIVATED} or another
     */
    public record AccountStatus(String marketplaceId, Optional<Marketplace> marketplace, String status) {
    }

    /**
     * The figures of one marketplace.
     *
     * @param marketplaceId as written
     * @param marketplace the marketplace it names, when it is one we know
     * @param metrics each rate Amazon reports, in the report's order
     * @param accountHealthRating the rating's status as written ({@code GREAT}, {@code WARNED}, …)
     * @param warningStates each warning type and its status, as written
     */
    public record MarketplaceFigures(String marketplaceId, Optional<Marketplace> marketplace, List<Figure> metrics,
                                     Optional<String> accountHealthRating, Map<String, String> warningStates) {
    }

    /**
     * One of Amazon's figures, named as our metric it corresponds to.
     *
     * @param field where it is in Amazon's report, e.g. {@code orderDefectRate.mfn.claims}
     * @param metric our metric id, e.g. {@code A_TO_Z_CLAIM_RATE}; empty when we have none
     *     ({@code unitOnTimeDeliveryRate} counts units, ours counts packages)
     * @param channel the orders it covers
     * @param from the window's first instant, as Amazon writes it (inclusive)
     * @param to the window's last instant (inclusive)
     * @param numerator the count (late orders, defective orders, valid tracking, …)
     * @param denominator what it is counted among; empty for a count with no denominator
     * @param rate Amazon's rate, a fraction; empty when not given
     * @param status as written: {@code GOOD}, {@code BAD}, {@code NONE} or another
     * @param targetValue the target, a fraction; empty when not given
     * @param targetCondition as written: {@code LESS_THAN}, {@code GREATER_THAN}, {@code EQUALS}
     */
    public record Figure(String field, Optional<String> metric, Channel channel, Instant from, Instant to,
                         long numerator, Optional<Long> denominator, Optional<BigDecimal> rate, String status,
                         Optional<BigDecimal> targetValue, Optional<String> targetCondition) {
    }

    /** The ten policy categories, each a count over 180 days; ours is one count of open notices. */
    private static final List<String> POLICY = List.of("listingPolicyViolations",
            "productAuthenticityCustomerComplaints", "productConditionCustomerComplaints",
            "productSafetyCustomerComplaints", "receivedIntellectualPropertyComplaints",
            "restrictedProductPolicyViolations", "suspectedIntellectualPropertyViolations", "foodAndProductSafetyIssues",
            "otherPolicyViolations", "documentRequests|documentRequest");

    /**
     * Reads a report from a file.
     *
     * @throws EventFormatException naming the file, the line where its document starts, the field
     *     and the reason, when a figure Amazon's schema requires cannot be read
     */
    public static PerformanceReport read(Path file) throws IOException {
        try (Reader in = AmazonReader.open(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a report from text; {@code source} names it in errors. */
    public static PerformanceReport read(Reader in, String source) throws IOException {
        JsonNode root;
        try {
            root = JsonPages.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new EventFormatException(new RejectedLine(source, e.getLocation() == null ? 1
                    : e.getLocation().getLineNr(), "(json)", e.getOriginalMessage(), ""));
        }
        try {
            return parse(root == null ? JsonPages.MAPPER.createObjectNode() : root);
        } catch (BadField bad) {
            throw new EventFormatException(new RejectedLine(source, 1, bad.field(), bad.reason(), ""));
        }
    }

    private static PerformanceReport parse(JsonNode root) {
        Fields f = new Fields(root, "");
        List<AccountStatus> statuses = new ArrayList<>();
        int index = 0;
        for (JsonNode node : f.list("accountStatuses")) {
            Fields s = f.child(node, "accountStatuses[" + index++ + "]");
            String id = s.required("marketplaceId");
            statuses.add(new AccountStatus(id, Marketplace.find(id), s.required("status")));
        }
        List<MarketplaceFigures> marketplaces = new ArrayList<>();
        index = 0;
        for (JsonNode node : f.list("performanceMetrics")) {
            Fields m = f.child(node, "performanceMetrics[" + index++ + "]");
            String id = m.required("marketplaceId");
            List<Figure> figures = new ArrayList<>();
            for (String channel : List.of("mfn", "afn")) {
                String key = "orderDefectRate." + channel;
                if (m.node(key) != null) {
                    Channel ch = channel.equals("mfn") ? Channel.MFN : Channel.AFN;
                    figures.add(figure(m, key, "ORDER_DEFECT_RATE", ch, "orderWithDefects.count", "orderCount"));
                    figures.add(component(m, key, "claims", "A_TO_Z_CLAIM_RATE", ch));
                    figures.add(component(m, key, "chargebacks", "CHARGEBACK_RATE", ch));
                    figures.add(component(m, key, "negativeFeedback", "NEGATIVE_FEEDBACK_RATE", ch));
                }
            }
            optional(m, "lateShipmentRate", "LATE_SHIPMENT_RATE", "lateShipmentCount", "orderCount", figures);
            optional(m, spelling(m, "preFulfillmentCancellationRate", "prefulfillmentCancelRate"),
                    "PRE_FULFILLMENT_CANCEL_RATE", "cancellationCount", "orderCount", figures);
            optional(m, "validTrackingRate", "VALID_TRACKING_RATE", "validTrackingCount", "shipmentCount", figures);
            optional(m, "onTimeDeliveryRate", "ON_TIME_DELIVERY_RATE", "onTimeDeliveryCount",
                    "shipmentCountWithValidTracking", figures);
            optional(m, "unitOnTimeDeliveryRate", null, "unitOnTimeDeliveryCount", "totalUnitCount", figures);
            optional(m, "invoiceDefectRate", "INVOICE_DEFECT_RATE", "invoiceDefect.count", "orderCount", figures);
            Figure policy = policy(m);
            if (policy != null) {
                figures.add(policy);
            }
            String rating = m.node("accountHealthRating") == null ? null
                    : m.text(spelling(m, "accountHealthRating.ahrStatus", "accountHealthRating.accountHealthRatingStatus"));
            Map<String, String> warnings = new java.util.TreeMap<>();
            String warningKey = spelling(m, "warningStates", "warningState");
            int w = 0;
            for (JsonNode warning : m.list(warningKey)) {
                Fields ws = m.child(warning, warningKey + "[" + w++ + "]");
                if (warning.isTextual()) {
                    warnings.put(warning.asText(), "");
                } else {
                    warnings.put(ws.required("warningType"), Optional.ofNullable(ws.text("status")).orElse(""));
                }
            }
            marketplaces.add(new MarketplaceFigures(id, Marketplace.find(id), figures, Optional.ofNullable(rating),
                    warnings));
        }
        return new PerformanceReport(statuses, marketplaces);
    }

    private static String spelling(Fields m, String right, String wrong) {
        return m.node(right) == null && m.node(wrong) != null ? wrong : right;
    }

    private static void optional(Fields m, String key, String metric, String count, String of, List<Figure> figures) {
        if (m.node(key) != null) {
            figures.add(figure(m, key, metric, Channel.MFN, count, of));
        }
    }

    private static Figure component(Fields m, String key, String part, String metric, Channel channel) {
        Figure whole = figure(m, key, metric, channel, part + ".count", "orderCount");
        // A component's status is its own; its target and rate are the order defect rate's.
        String status = Optional.ofNullable(m.text(key + "." + part + ".status")).orElse(whole.status());
        return new Figure(key + "." + part, whole.metric(), channel, whole.from(), whole.to(), whole.numerator(),
                whole.denominator(), Optional.empty(), status, Optional.empty(), Optional.empty());
    }

    private static Figure figure(Fields m, String key, String metric, Channel channel, String count, String of) {
        Fields f = m.child(m.node(key), key);
        return new Figure(key, Optional.ofNullable(metric), channel, f.requiredInstant("reportingDateRange.reportingDateFrom"),
                f.requiredInstant("reportingDateRange.reportingDateTo"), whole(f, count),
                Optional.of(whole(f, of)), Optional.ofNullable(f.decimal("rate")), f.required("status"),
                Optional.ofNullable(f.decimal("targetValue")), Optional.ofNullable(f.text("targetCondition")));
    }

    private static Figure policy(Fields m) {
        long total = 0;
        Instant from = null;
        Instant to = null;
        boolean any = false;
        boolean bad = false;
        for (String keys : POLICY) {
            Iterator<String> spellings = List.of(keys.split("\\|")).iterator();
            String key = spellings.next();
            while (m.node(key) == null && spellings.hasNext()) {
                key = spellings.next();
            }
            if (m.node(key) == null) {
                continue;
            }
            Fields f = m.child(m.node(key), key);
            any = true;
            total += whole(f, "defectsCount");
            bad |= "BAD".equals(f.text("status"));
            Instant start = f.requiredInstant("reportingDateRange.reportingDateFrom");
            Instant end = f.requiredInstant("reportingDateRange.reportingDateTo");
            from = from == null || start.isBefore(from) ? start : from;
            to = to == null || end.isAfter(to) ? end : to;
        }
        if (!any) {
            return null;
        }
        return new Figure("listingPolicyViolations…documentRequests", Optional.of("POLICY_COMPLIANCE"), Channel.ALL,
                from, to, total, Optional.empty(), Optional.empty(), bad ? "BAD" : "GOOD",
                Optional.of(BigDecimal.ZERO), Optional.of("EQUALS"));
    }

    private static long whole(Fields f, String field) {
        BigDecimal value = f.decimal(field);
        if (value == null) {
            throw new BadField(f.at(field), "required");
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadField(f.at(field), "expected a whole number, was " + value.toPlainString());
        }
    }
}
