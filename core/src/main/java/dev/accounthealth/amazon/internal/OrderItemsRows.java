package dev.accounthealth.amazon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Orders API v0 {@code getOrderItems} pages ({@code {"payload":{"AmazonOrderId":…,"OrderItems":[…]}}}):
 * each item goes into {@link OrderItems}, to complete its order when the {@code getOrders}
 * pages are read; an item gives no event of its own.
 */
public final class OrderItemsRows extends PageRows {
    private final OrderItems items;

    public OrderItemsRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead,
                          OrderItems items) {
        super(in, source, onRejected, rowsRead, Set.of("payload.OrderItems", "OrderItems"),
                Set.of("payload.AmazonOrderId", "AmazonOrderId"));
        this.items = items;
    }

    @Override
    protected List<SellerEvent> read(JsonPages.Record record) {
        JsonNode id = record.page().getOrDefault("payload.AmazonOrderId", record.page().get("AmazonOrderId"));
        String prefix = record.path().startsWith("payload.") ? "payload." : "";
        if (id == null || id.isNull() || id.asText().isBlank()) {
            throw new BadField(prefix + "AmazonOrderId", "required: the page must say whose items these are");
        }
        Fields f = new Fields(record.node(), record.path());
        f.required("OrderItemId");
        boolean buyer = f.bool("BuyerRequestedCancel.IsBuyerRequestedCancel", false);
        items.add(id.asText().strip(), f.text("SellerSKU"), buyer, f.text("BuyerRequestedCancel.BuyerCancelReason"),
                new OrderItems.Place(source, record.line(), record.path(), record.node().toString()));
        return List.of();
    }
}
