package dev.accounthealth.internal.forecast;

import dev.accounthealth.internal.facts.CountedFact;
import dev.accounthealth.internal.facts.MessageFact;
import dev.accounthealth.internal.facts.OrderFact;
import dev.accounthealth.internal.facts.OrderItemFact;
import dev.accounthealth.internal.facts.ReturnFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index of a live session's history, kept between reports: only the facts that entered,
 * left or changed are filed again, so a report does not pass over the whole history to find
 * what the forecast looks up. The orders that may be on their way are filed by promised
 * delivery instant.
 */
public final class KeptIndex implements HistoryIndex {
    private final Map<String, OrderFact> orders = new HashMap<>();
    private final Map<String, MessageFact> messages = new HashMap<>();
    private final Map<String, ReturnFact> returns = new HashMap<>();
    private final Map<OrderFact, List<CountedFact>> itemsOf = new IdentityHashMap<>();
    /** Orders confirmed shipped and not delivered, by promised delivery instant. */
    private final TreeMap<Instant, List<OrderFact>> shippedByPromise = new TreeMap<>();
    /** How each fact was filed, to take it out as it was filed whatever it became since. */
    private final Map<CountedFact, Filed> filed = new IdentityHashMap<>();

    /** Takes out the facts that left or changed, then files those that entered or changed as they are now. */
    public void update(Collection<? extends CountedFact> entered, Collection<? extends CountedFact> left,
                       Collection<? extends CountedFact> changed) {
        left.forEach(this::takeOut);
        changed.forEach(this::takeOut);
        entered.forEach(this::file);
        changed.forEach(this::file);
    }

    private void file(CountedFact fact) {
        OrderFact order = null;
        Instant promised = null;
        if (fact instanceof OrderFact o) {
            orders.put(o.getOrderId(), o);
            if (o.getShippedAt() != null && o.getDeliveredAt() == null && o.getLatestDeliveryAt() != null) {
                promised = o.getLatestDeliveryAt();
                shippedByPromise.computeIfAbsent(promised, p -> new ArrayList<>(1)).add(o);
            }
        } else if (fact instanceof MessageFact m) {
            messages.put(m.getMessageId(), m);
            order = m.getOrder();
        } else if (fact instanceof OrderItemFact item) {
            if (item instanceof ReturnFact r) {
                returns.put(r.getReturnId(), r);
            }
            order = item.getOrder();
        }
        if (order != null) {
            itemsOf.computeIfAbsent(order, o -> new ArrayList<>(1)).add(fact);
        }
        filed.put(fact, new Filed(order, promised));
    }

    private void takeOut(CountedFact fact) {
        Filed was = filed.remove(fact);
        if (was == null) {
            return;
        }
        if (fact instanceof OrderFact o) {
            orders.remove(o.getOrderId(), o);
            if (was.promised() != null) {
                removeFrom(shippedByPromise, was.promised(), o);
            }
        } else if (fact instanceof MessageFact m) {
            messages.remove(m.getMessageId(), m);
        } else if (fact instanceof ReturnFact r) {
            returns.remove(r.getReturnId(), r);
        }
        if (was.order() != null) {
            removeFrom(itemsOf, was.order(), fact);
        }
    }

    private static <K, V> void removeFrom(Map<K, List<V>> lists, K key, V value) {
        List<V> list = lists.get(key);
        if (list != null) {
            list.removeIf(v -> v == value);
            if (list.isEmpty()) {
                lists.remove(key);
            }
        }
    }

    @Override
    public OrderFact order(String orderId) {
        return orders.get(orderId);
    }

    @Override
    public MessageFact message(String messageId) {
        return messages.get(messageId);
    }

    @Override
    public ReturnFact returnRequest(String returnId) {
        return returns.get(returnId);
    }

    @Override
    public List<CountedFact> itemsOf(OrderFact order) {
        return itemsOf.getOrDefault(order, List.of());
    }

    @Override
    public Iterable<OrderFact> onTheirWay(Instant at) {
        List<OrderFact> found = new ArrayList<>();
        shippedByPromise.tailMap(at, false).values().forEach(found::addAll);
        return found;
    }

    /** The order a fact was filed under, and the promised instant an order was filed by. */
    private record Filed(OrderFact order, Instant promised) {
    }
}
