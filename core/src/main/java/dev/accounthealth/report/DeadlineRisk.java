package dev.accounthealth.report;

import dev.accounthealth.event.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What missing a batch of deadlines would do: the open deadlines of one kind that fall due in one
 * marketplace on one local day, and the metrics they would change if none of them were met, just
 * after the last is due, against the roll-off path on which they are all met ("if the 23 orders
 * due by 2026-11-20 23:59 are not confirmed by then, the late shipment rate reaches 38 %").
 *
 * @param marketplace where
 * @param kind the kind of deadline: {@code SHIPMENT_CONFIRMATION}, {@code BUYER_MESSAGE_RESPONSE},
 *     {@code RETURN_RESPONSE} or {@code INVOICE_UPLOAD}
 * @param dueDate the day they fall due, in the marketplace's time zone
 * @param due the latest of their due instants
 * @param refs what they are about (order, message or return ids), ascending
 * @param statusIfMet the marketplace's status just after {@code due} on the roll-off path
 * @param statusIfMissed its status then with the batch missed
 * @param metrics every metric of the marketplace whose figures differ between the two, in
 *     metric, channel and window order; never empty
 */
public record DeadlineRisk(Marketplace marketplace, String kind, LocalDate dueDate, Instant due, List<String> refs,
                           HealthStatus statusIfMet, HealthStatus statusIfMissed, List<MetricAtRisk> metrics) {

    /** Copies the lists, so the value is immutable. */
    public DeadlineRisk {
        refs = List.copyOf(refs);
        metrics = List.copyOf(metrics);
    }

    /** The due instant in the marketplace's own time zone. */
    public ZonedDateTime dueLocal() {
        return due.atZone(marketplace.zone());
    }
}
