package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.InvalidEventException;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * {@code GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL}: one row per item, the rows of an
 * order one after another. The rows of one order become one {@code OrderPlaced} (with every
 * SKU of the rows) and, for a cancelled order, one {@code OrderCancelled}; see
 * {@code InputKind.ALL_ORDERS_REPORT} for the mapping.
 */
public final class AllOrdersRows extends FlatFileRows {
    public static final List<String> NEEDED = List.of("amazon-order-id", "purchase-date", "last-updated-date",
            "order-status", "fulfillment-channel", "sales-channel");
    private static final Map<String, String> COLUMNS = Map.of("orderId", "amazon-order-id", "at", "purchase-date",
            "skus", "sku");
    private static final Words<FulfillmentChannel> CHANNELS = Words.ordered("AFN", FulfillmentChannel.AFN,
            "MFN", FulfillmentChannel.MFN, "Amazon", FulfillmentChannel.AFN, "Merchant", FulfillmentChannel.MFN);
    /** Whether the order was cancelled as a whole; statuses Amazon documents, in its spellings. */
    private static final Words<Boolean> STATUSES = Words.ordered("Pending", false, "PendingAvailability", false,
            "Unshipped", false, "PartiallyShipped", false, "Shipped", false, "Shipping", false, "Complete", false,
            "InvoiceUnconfirmed", false, "Unfulfillable", false, "Cancelled", true, "Canceled", true);

    private Group pending;

    public AllOrdersRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead) {
        super(in, source, onRejected, rowsRead, NEEDED, COLUMNS);
    }

    @Override
    protected void readCells() {
        Group group = read();
        if (pending != null && pending.orderId.equals(group.orderId)) {
            pending.join(group);
        } else {
            flush();
            pending = group;
        }
    }

    @Override
    protected void finish() {
        flush();
    }

    private Group read() {
        Group group = new Group(line(), cells.line());
        group.orderId = cells.required("amazon-order-id");
        group.purchasedAt = cells.instant("purchase-date");
        group.updatedAt = cells.instant("last-updated-date");
        group.cancelled = cells.code("order-status", STATUSES);
        group.channel = cells.code("fulfillment-channel", CHANNELS);
        group.marketplace = SalesChannels.read(cells.required("sales-channel"), "sales-channel");
        group.business = cells.bool("is-business-order", false);
        // Read only as a check: a stray tab in a product name shifts every later cell, and a
        // shifted row must be rejected rather than misread.
        if (cells.text("quantity") != null) {
            cells.integer("quantity");
        }
        cells.decimal("item-price");
        String sku = cells.text("sku");
        if (sku != null) {
            group.skus.add(sku);
        }
        return group;
    }

    private void flush() {
        if (pending == null) {
            return;
        }
        Group group = pending;
        pending = null;
        try {
            emit(OrderPlaced.builder().at(group.purchasedAt).orderId(group.orderId).marketplace(group.marketplace)
                    .channel(group.channel).businessOrder(group.business).skus(new ArrayList<>(group.skus)).build());
            if (group.cancelled) {
                // The report says the order was cancelled, not by whom nor when: its last update is
                // the latest the cancellation can have happened.
                emit(new OrderCancelled(group.updatedAt, group.orderId, CancelledBy.UNKNOWN));
            }
        } catch (InvalidEventException e) {
            reject(group.line, from(e, COLUMNS), group.text);
        }
    }

    /** The rows of one order read so far; order-level cells must agree from row to row. */
    private static final class Group {
        final long line;
        final String text;
        String orderId;
        Instant purchasedAt;
        Instant updatedAt;
        boolean cancelled;
        FulfillmentChannel channel;
        Marketplace marketplace;
        boolean business;
        final Set<String> skus = new LinkedHashSet<>();

        Group(long line, String text) {
            this.line = line;
            this.text = text;
        }

        /** Adds the item of a later row, which must describe the same order. */
        void join(Group row) {
            disagree("purchase-date", purchasedAt, row.purchasedAt);
            disagree("fulfillment-channel", channel, row.channel);
            disagree("sales-channel", marketplace, row.marketplace);
            disagree("is-business-order", business, row.business);
            disagree("order-status", cancelled, row.cancelled);
            if (row.updatedAt.isAfter(updatedAt)) {
                updatedAt = row.updatedAt;
            }
            skus.addAll(row.skus);
        }

        private void disagree(String column, Object mine, Object theirs) {
            if (!Objects.equals(mine, theirs)) {
                throw new BadField(column, "differs from line " + line + " of the same order " + orderId);
            }
        }
    }
}
