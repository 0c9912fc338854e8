package dev.accounthealth.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.json.ReportWriter;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MarketplaceHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The alerts of one evaluation: one JSON object per status that changed since the statuses last
 * alerted on, the account's first, then each marketplace's in code order. A seller never
 * evaluated, and a marketplace not in the last report, count as {@code HEALTHY}: the first
 * report of a healthy seller alerts nothing, that of a seller at risk alerts at once.
 *
 * <pre>{@code
 * {"seller":"A1B2C3","at":"2026-10-05T00:00:00Z","scope":"MARKETPLACE","marketplace":"FR",
 *  "from":"HEALTHY","to":"AT_RISK","breaches":[...],"warnings":[...],"planOfAction":[...]}
 * }</pre>
 *
 * <p>{@code breaches}, {@code warnings} and {@code planOfAction} are those of the report (the
 * report format's own objects), of the marketplace alerted on, or all of them for the account.
 */
final class Alerts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Alerts() {
    }

    /** The marketplace statuses of a report. */
    static SortedMap<Marketplace, HealthStatus> statuses(AccountHealthReport report) {
        SortedMap<Marketplace, HealthStatus> statuses = new TreeMap<>();
        for (MarketplaceHealth marketplace : report.marketplaces()) {
            statuses.put(marketplace.marketplace(), marketplace.status());
        }
        return statuses;
    }

    /** The alerts of a report against the statuses last alerted on; none when nothing changed. */
    static List<String> of(String seller, SellerRecord last, AccountHealthReport report, String reportJson) {
        SortedMap<Marketplace, HealthStatus> now = statuses(report);
        HealthStatus accountBefore = last.account().orElse(HealthStatus.HEALTHY);
        List<Optional<Marketplace>> changed = new ArrayList<>();
        if (accountBefore != report.status()) {
            changed.add(Optional.empty());
        }
        TreeSet<Marketplace> all = new TreeSet<>(now.keySet());
        all.addAll(last.marketplaces().keySet());
        for (Marketplace marketplace : all) {
            if (before(last, marketplace) != now.getOrDefault(marketplace, HealthStatus.HEALTHY)) {
                changed.add(Optional.of(marketplace));
            }
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        JsonNode full = read(reportJson);
        List<String> alerts = new ArrayList<>();
        for (Optional<Marketplace> scope : changed) {
            ObjectNode alert = JSON.createObjectNode();
            alert.put("seller", seller);
            alert.put("at", report.asOf().toString());
            alert.put("scope", scope.isPresent() ? "MARKETPLACE" : "ACCOUNT");
            scope.ifPresent(m -> alert.put("marketplace", m.name()));
            alert.put("from", scope.map(m -> before(last, m)).orElse(accountBefore).name());
            alert.put("to", scope.map(m -> now.getOrDefault(m, HealthStatus.HEALTHY)).orElse(report.status()).name());
            for (String list : List.of("breaches", "warnings", "planOfAction")) {
                ArrayNode kept = alert.putArray(list);
                for (JsonNode entry : full.path(list)) {
                    if (scope.isEmpty() || scope.get().name().equals(entry.path("marketplace").asText())) {
                        kept.add(entry);
                    }
                }
            }
            alerts.add(alert.toString());
        }
        return alerts;
    }

    private static HealthStatus before(SellerRecord last, Marketplace marketplace) {
        return last.marketplaces().getOrDefault(marketplace, HealthStatus.HEALTHY);
    }

    private static JsonNode read(String reportJson) {
        try {
            return JSON.readTree(reportJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the library's report JSON does not parse", e);
        }
    }

    /** The report's JSON, once per evaluation. */
    static String reportJson(AccountHealthReport report) {
        return ReportWriter.toJson(report);
    }
}
