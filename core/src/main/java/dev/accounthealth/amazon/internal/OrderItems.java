package dev.accounthealth.amazon.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Orders API v0 {@code getOrderItems} pages say of each order: its SKUs and whether the
 * buyer asked for its cancellation, the one v0 signal that tells a buyer's cancellation from the
 * seller's. The pages carry no date, so they only complete the orders of {@code getOrders} pages.
 */
public final class OrderItems {
    /** The items of one order, and where they were read. */
    public static final class Entry {
        final Set<String> skus = new LinkedHashSet<>();
        boolean buyerRequestedCancel;
        String cancelReason;
        final List<Place> places = new ArrayList<>();
        boolean used;

        public Set<String> skus() {
            return skus;
        }

        public boolean buyerRequestedCancel() {
            return buyerRequestedCancel;
        }

        public String cancelReason() {
            return cancelReason;
        }
    }

    /** Where an item was read: for the rejected row when its order is never given. */
    public record Place(String source, long line, String path, String text) {
    }

    private final Map<String, Entry> byOrder = new HashMap<>();

    /** Adds one item of an order. */
    public void add(String orderId, String sku, boolean buyerRequestedCancel, String reason, Place place) {
        Entry entry = byOrder.computeIfAbsent(orderId, id -> new Entry());
        if (sku != null) {
            entry.skus.add(sku);
        }
        if (buyerRequestedCancel) {
            entry.buyerRequestedCancel = true;
            if (entry.cancelReason == null) {
                entry.cancelReason = reason;
            }
        }
        entry.places.add(place);
    }

    /** The items of an order, marked as used; null when no page had them. */
    public Entry use(String orderId) {
        Entry entry = byOrder.get(orderId);
        if (entry != null) {
            entry.used = true;
        }
        return entry;
    }

    /** Where the items of orders no {@code getOrders} page gave were read, by order id. */
    public Map<String, List<Place>> unused() {
        Map<String, List<Place>> unused = new java.util.TreeMap<>();
        byOrder.forEach((id, entry) -> {
            if (!entry.used) {
                unused.put(id, entry.places);
            }
        });
        return unused;
    }
}
