package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** The rows of the returns, feedback and FBA customer returns reports, each an event. */
public final class Reports {
    public static final List<String> RETURNS_NEEDED = List.of("Order ID", "Return request date", "Amazon RMA ID");
    public static final List<String> FEEDBACK_NEEDED = List.of("Date", "Rating", "Order ID");
    public static final List<String> FBA_RETURNS_NEEDED = List.of("return-date", "order-id");

    private Reports() {
    }

    /**
     * {@code GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE}: each row a {@code ReturnRequested} on
     * the day of {@code Return request date} ({@code 14-Jul-2025}) in the marketplace's zone,
     * {@code returnId} the Amazon RMA ID, {@code inPolicy} from {@code In policy} ({@code Y}/{@code N}).
     */
    public static EventRows returns(Reader in, String source, Consumer<? super RejectedLine> onRejected,
                                    LongConsumer rowsRead, ZoneId zone) {
        return new ReportRows(in, source, onRejected, rowsRead, RETURNS_NEEDED,
                Map.of("orderId", "Order ID", "returnId", "Amazon RMA ID", "at", "Return request date",
                        "reason", "Return Reason"),
                cells -> {
                    // Read only as a check that the row's cells have not shifted.
                    if (cells.text("Return quantity") != null) {
                        cells.integer("Return quantity");
                    }
                    return new ReturnRequested(
                            cells.day("Return request date", zone, "14-Jul-2025", Dates.DAY_MONTH_NAME_YEAR),
                            cells.required("Order ID"), cells.required("Amazon RMA ID"),
                            Optional.ofNullable(cells.text("Return Reason")), cells.bool("In policy", true));
                });
    }

    /**
     * {@code GET_SELLER_FEEDBACK_DATA}: each row a {@code FeedbackReceived} on the day of
     * {@code Date} ({@code 5/13/26} or {@code 2026/05/13}) in the marketplace's zone; the order id
     * is the feedback id (one feedback per order).
     */
    public static EventRows feedback(Reader in, String source, Consumer<? super RejectedLine> onRejected,
                                     LongConsumer rowsRead, ZoneId zone) {
        return new ReportRows(in, source, onRejected, rowsRead, FEEDBACK_NEEDED,
                Map.of("orderId", "Order ID", "feedbackId", "Order ID", "at", "Date", "rating", "Rating",
                        "comment", "Comments"),
                cells -> {
                    Instant at = cells.day("Date", zone, "5/13/26 or 2026/05/13", Dates.MONTH_DAY_YEAR,
                            Dates.YEAR_MONTH_DAY);
                    String orderId = cells.required("Order ID");
                    return new FeedbackReceived(at, orderId, orderId, cells.integer("Rating"),
                            Optional.ofNullable(cells.text("Comments")));
                });
    }

    /**
     * {@code GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA}: each row a {@code ReturnRequested} at
     * {@code return-date} (a date-time with offset, or a plain {@code 2026-05-11} read in the
     * marketplace's zone); the report has no return id, so it is the order id and the
     * license plate number of the returned unit (or the SKU when there is none).
     */
    public static EventRows fbaReturns(Reader in, String source, Consumer<? super RejectedLine> onRejected,
                                       LongConsumer rowsRead, ZoneId zone) {
        return new ReportRows(in, source, onRejected, rowsRead, FBA_RETURNS_NEEDED,
                Map.of("orderId", "order-id", "at", "return-date", "reason", "reason",
                        "returnId", "license-plate-number"),
                cells -> {
                    // Read only as a check that the row's cells have not shifted.
                    if (cells.text("quantity") != null) {
                        cells.integer("quantity");
                    }
                    String when = cells.required("return-date");
                    Instant at = when.contains("T") ? Dates.instant(when, "return-date")
                            : Dates.startOfDay(when, "return-date", zone, "2026-05-11 or 2026-05-11T10:22:31+00:00",
                                    java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
                    String orderId = cells.required("order-id");
                    String unit = cells.text("license-plate-number");
                    if (unit == null) {
                        unit = cells.text("sku");
                    }
                    if (unit == null) {
                        throw new BadField("license-plate-number", "required when the row has no sku: it names the return");
                    }
                    return new ReturnRequested(at, orderId, orderId + ":" + unit,
                            Optional.ofNullable(cells.text("reason")), true);
                });
    }
}
