package dev.accounthealth.state.internal;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackResolved;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimInfoRequested;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FeedbackRemoved;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.PolicyViolationResolved;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Groups a seller's events into items: an order with everything about it (its shipment,
 * delivery, feedback, claims, chargebacks, returns and the messages about it, and what follows
 * each of those), a message about no order, a policy notice. Events are tied through the ids
 * they carry, so an event that arrives before the one introducing its item (a claim resolved
 * before it was filed) joins the item as soon as the introduction is there.
 *
 * <p>An item is dropped only as a whole, once every instant it holds is before a cutoff: what
 * the rules count of an item is read from those instants (an anchor, a due date, an answer), so
 * an item wholly before the cutoff counts in no window and has no deadline left. The latest item
 * of each marketplace is kept whatever its age, so that a marketplace the seller sold in stays
 * in the report.
 */
public final class Items {
    private Items() {
    }

    /** The events to drop: those of items wholly before {@code cutoff}, the latest item of each marketplace kept. */
    public static Predicate<SellerEvent> before(Iterable<SellerEvent> events, Instant cutoff) {
        Map<String, Integer> refs = new HashMap<>();
        List<int[]> eventRefs = new ArrayList<>();
        List<SellerEvent> all = new ArrayList<>();
        UnionFind groups = new UnionFind();
        for (SellerEvent event : events) {
            List<String> ids = refs(event);
            int[] indices = new int[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                indices[i] = refs.computeIfAbsent(ids.get(i), id -> groups.add());
                if (i > 0) {
                    groups.union(indices[0], indices[i]);
                }
            }
            eventRefs.add(indices);
            all.add(event);
        }
        int size = groups.size();
        Instant[] latest = new Instant[size];
        Marketplace[] marketplace = new Marketplace[size];
        for (int e = 0; e < all.size(); e++) {
            SellerEvent event = all.get(e);
            int group = groups.find(eventRefs.get(e)[0]);
            Instant last = latestInstant(event);
            if (latest[group] == null || last.isAfter(latest[group])) {
                latest[group] = last;
            }
            marketplaceOf(event).ifPresent(m -> marketplace[group] = m);
        }
        Map<Marketplace, Integer> newest = new EnumMap<>(Marketplace.class);
        for (int g = 0; g < size; g++) {
            if (latest[g] != null && marketplace[g] != null) {
                Integer kept = newest.get(marketplace[g]);
                if (kept == null || latest[g].isAfter(latest[kept])) {
                    newest.put(marketplace[g], g);
                }
            }
        }
        boolean[] drop = new boolean[size];
        for (int g = 0; g < size; g++) {
            drop[g] = latest[g] != null && latest[g].isBefore(cutoff)
                    && (marketplace[g] == null || newest.get(marketplace[g]) != g);
        }
        Map<SellerEvent, Boolean> dropped = new HashMap<>();
        for (int e = 0; e < all.size(); e++) {
            if (drop[groups.find(eventRefs.get(e)[0])]) {
                dropped.put(all.get(e), Boolean.TRUE);
            }
        }
        return dropped::containsKey;
    }

    /** The latest instant an event holds: when it happened, or a date it promises. */
    static Instant latestInstant(SellerEvent event) {
        Instant latest = event.at();
        if (event instanceof OrderPlaced o) {
            for (Optional<Instant> promised : List.of(o.latestShipAt(), o.latestDeliveryAt())) {
                if (promised.isPresent() && promised.get().isAfter(latest)) {
                    latest = promised.get();
                }
            }
        }
        return latest;
    }

    private static Optional<Marketplace> marketplaceOf(SellerEvent event) {
        if (event instanceof OrderPlaced o) {
            return Optional.of(o.marketplace());
        } else if (event instanceof BuyerMessageReceived m) {
            return m.orderId().isPresent() ? Optional.empty() : m.marketplace();
        } else if (event instanceof PolicyViolationReported v) {
            return Optional.of(v.marketplace());
        }
        return Optional.empty();
    }

    /** The ids that tie an event to its item, the item's own first. */
    static List<String> refs(SellerEvent event) {
        if (event instanceof OrderPlaced e) {
            return List.of(order(e.orderId()));
        } else if (event instanceof OrderShipped e) {
            return List.of(order(e.orderId()));
        } else if (event instanceof CarrierScanned e) {
            return List.of(order(e.orderId()));
        } else if (event instanceof OrderDelivered e) {
            return List.of(order(e.orderId()));
        } else if (event instanceof OrderCancelled e) {
            return List.of(order(e.orderId()));
        } else if (event instanceof InvoiceUploaded e) {
            return List.of(order(e.orderId()));
        } else if (event instanceof FeedbackReceived e) {
            return List.of("feedback " + e.feedbackId(), order(e.orderId()));
        } else if (event instanceof FeedbackRemoved e) {
            return List.of("feedback " + e.feedbackId());
        } else if (event instanceof ClaimFiled e) {
            return List.of("claim " + e.claimId(), order(e.orderId()));
        } else if (event instanceof ClaimResolved e) {
            return List.of("claim " + e.claimId());
        } else if (event instanceof ClaimInfoRequested e) {
            return List.of("claim " + e.claimId());
        } else if (event instanceof ChargebackFiled e) {
            return List.of("chargeback " + e.chargebackId(), order(e.orderId()));
        } else if (event instanceof ChargebackResolved e) {
            return List.of("chargeback " + e.chargebackId());
        } else if (event instanceof ReturnRequested e) {
            return List.of("return " + e.returnId(), order(e.orderId()));
        } else if (event instanceof ReturnAnswered e) {
            return List.of("return " + e.returnId());
        } else if (event instanceof ReturnRejectionOverturned e) {
            return List.of("return " + e.returnId());
        } else if (event instanceof ReturnFeedbackReceived e) {
            return List.of("return " + e.returnId());
        } else if (event instanceof BuyerMessageReceived e) {
            return e.orderId().map(id -> List.of("message " + e.messageId(), order(id)))
                    .orElseGet(() -> List.of("message " + e.messageId()));
        } else if (event instanceof BuyerMessageAnswered e) {
            return List.of("message " + e.messageId());
        } else if (event instanceof PolicyViolationReported e) {
            return List.of("violation " + e.violationId());
        } else if (event instanceof PolicyViolationResolved e) {
            return List.of("violation " + e.violationId());
        }
        throw new IllegalArgumentException("unsupported event type " + event.type());
    }

    private static String order(String orderId) {
        return "order " + orderId;
    }

    /** Disjoint sets of ids, by index. */
    private static final class UnionFind {
        private int[] parent = new int[16];
        private int size;

        int add() {
            if (size == parent.length) {
                parent = java.util.Arrays.copyOf(parent, size * 2);
            }
            parent[size] = size;
            return size++;
        }

        int size() {
            return size;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[rb] = ra;
            }
        }
    }
}
