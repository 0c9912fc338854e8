package dev.accounthealth.internal.forecast;

import dev.accounthealth.internal.facts.CountedFact;
import dev.accounthealth.internal.facts.MessageFact;
import dev.accounthealth.internal.facts.OrderFact;
import dev.accounthealth.internal.facts.OrderItemFact;
import dev.accounthealth.internal.facts.ReturnFact;
import dev.accounthealth.internal.facts.SellerHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of a history the forecast looks up: orders, messages and return requests by id,
 * the items and messages of each order, which follow it onto a path, and the orders on their
 * way. Only facts the rules see are in it.
 */
public interface HistoryIndex {

    /** The order with an id, or {@code null}. */
    OrderFact order(String orderId);

    /** The buyer message with an id, or {@code null}. */
    MessageFact message(String messageId);

    /** The return request with an id, or {@code null}. */
    ReturnFact returnRequest(String returnId);

    /** The items and messages linked to an order. */
    List<CountedFact> itemsOf(OrderFact order);

    /**
     * The orders that may be on their way at an instant: at least every order confirmed shipped,
     * not delivered, whose promised delivery is after it ({@link Keeping#onItsWay} tells).
     */
    Iterable<OrderFact> onTheirWay(Instant at);

    /** An index of a history, made the first time it is read. */
    static HistoryIndex of(SellerHistory history) {
        return new Folded(history);
    }

    /** An index built from a history's lists, once, when first read. */
    final class Folded implements HistoryIndex {
        private final SellerHistory history;
        private Map<String, OrderFact> orders;
        private final Map<String, MessageFact> messages = new HashMap<>();
        private final Map<String, ReturnFact> returns = new HashMap<>();
        private final Map<OrderFact, List<CountedFact>> itemsOf = new IdentityHashMap<>();

        private Folded(SellerHistory history) {
            this.history = history;
        }

        private void build() {
            if (orders != null) {
                return;
            }
            orders = new HashMap<>();
            for (OrderFact order : history.orders()) {
                orders.put(order.getOrderId(), order);
            }
            for (MessageFact message : history.messages()) {
                messages.put(message.getMessageId(), message);
                if (message.getOrder() != null) {
                    itemsOf.computeIfAbsent(message.getOrder(), o -> new ArrayList<>(1)).add(message);
                }
            }
            for (ReturnFact request : history.returns()) {
                returns.put(request.getReturnId(), request);
            }
            for (List<? extends OrderItemFact> items : List.of(history.feedback(), history.claims(),
                    history.chargebacks(), history.returns())) {
                for (OrderItemFact item : items) {
                    itemsOf.computeIfAbsent(item.getOrder(), o -> new ArrayList<>(1)).add(item);
                }
            }
        }

        @Override
        public OrderFact order(String orderId) {
            build();
            return orders.get(orderId);
        }

        @Override
        public MessageFact message(String messageId) {
            build();
            return messages.get(messageId);
        }

        @Override
        public ReturnFact returnRequest(String returnId) {
            build();
            return returns.get(returnId);
        }

        @Override
        public List<CountedFact> itemsOf(OrderFact order) {
            build();
            return itemsOf.getOrDefault(order, List.of());
        }

        @Override
        public Iterable<OrderFact> onTheirWay(Instant at) {
            return history.orders();
        }
    }
}
