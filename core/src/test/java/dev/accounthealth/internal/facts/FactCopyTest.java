package dev.accounthealth.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A copy of a fact takes the events a forecast assumes and leaves the history's own fact as it was. */
class FactCopyTest {
    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

    private static SellerHistory history() {
        HistoryFolder folder = new HistoryFolder();
        folder.add(OrderPlaced.builder().orderId("A").marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN)
                .at(AS_OF.minusSeconds(7200)).latestShipAt(AS_OF.plusSeconds(3600))
                .latestDeliveryAt(AS_OF.plusSeconds(86_400)).build());
        folder.add(BuyerMessageReceived.aboutOrder(AS_OF.minusSeconds(3600), "M", "A"));
        // Two different shipments: the earlier counts, the other is set aside as a conflict.
        folder.add(new OrderShipped(AS_OF.minusSeconds(60), "A", "DHL", "T1"));
        folder.add(new OrderShipped(AS_OF.minusSeconds(30), "A", "UPS", "T2"));
        return folder.history(AS_OF);
    }

    @Test
    void anOrdersCopyTakesTheEventsAndTheOrderStaysAsItWas() {
        OrderFact order = history().orders().get(0);
        Instant delivered = AS_OF.plusSeconds(86_400);
        OrderFact copy = (OrderFact) HistoryFolder.copyWith(order, null, List.of(new OrderDelivered(delivered, "A"),
                new OrderShipped(AS_OF.minusSeconds(10), "A", "GLS", "T3")));

        assertEquals(delivered, copy.getDeliveredAt());
        assertEquals(AS_OF.minusSeconds(60), copy.getShippedAt(), "the earliest shipment still counts");
        assertEquals("DHL", copy.getCarrier());
        assertEquals(AS_OF.minusSeconds(7200), copy.getPurchasedAt());
        assertEquals(2, copy.othersOf(OrderShipped.class).size(), "the copy sets aside the third shipment too");
        assertNull(copy.memberships(), "no classification is copied");

        assertNull(order.getDeliveredAt());
        assertEquals(1, order.othersOf(OrderShipped.class).size(), "the original's conflicts are its own");
    }

    @Test
    void anItemsCopyBelongsToTheOrderGivenAndTakesItsOwnEvents() {
        SellerHistory history = history();
        OrderFact order = history.orders().get(0);
        MessageFact message = history.messages().get(0);
        OrderFact orderCopy = (OrderFact) HistoryFolder.copyWith(order, null, List.of());
        MessageFact copy = (MessageFact) HistoryFolder.copyWith(message, orderCopy,
                List.of(new BuyerMessageAnswered(AS_OF.plusSeconds(60), "M")));

        assertSame(orderCopy, copy.getOrder());
        assertEquals(Marketplace.FR, copy.getMarketplace());
        assertEquals(AS_OF.plusSeconds(60), copy.getAnsweredAt());
        assertNotSame(message, copy);
        assertSame(order, message.getOrder());
        assertNull(message.getAnsweredAt());
    }

    @Test
    void anEventAboutAnotherFactIsRefused() {
        OrderFact order = history().orders().get(0);
        assertThrows(IllegalArgumentException.class, () -> HistoryFolder.copyWith(order, null,
                List.of(new OrderDelivered(AS_OF, "B"))));
    }
}
