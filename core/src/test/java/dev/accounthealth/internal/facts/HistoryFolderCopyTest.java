package dev.accounthealth.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A copy of a history as it stood takes assumed events and leaves the original as it was. */
class HistoryFolderCopyTest {
    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

    private static HistoryFolder history() {
        HistoryFolder folder = new HistoryFolder();
        folder.add(OrderPlaced.builder().orderId("A").marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN)
                .at(AS_OF.minusSeconds(7200)).latestShipAt(AS_OF.plusSeconds(3600))
                .latestDeliveryAt(AS_OF.plusSeconds(86_400)).build());
        folder.add(BuyerMessageReceived.aboutOrder(AS_OF.minusSeconds(3600), "M", "A"));
        // Known to the folder but after asOf: a copy as of asOf must not see it.
        folder.add(new OrderDelivered(AS_OF.plusSeconds(1), "A"));
        return folder;
    }

    @Test
    void eventsAddedToTheCopyLeaveTheOriginalAsItWas() {
        HistoryFolder original = history();
        Instant later = AS_OF.plusSeconds(7200);
        HistoryFolder copy = original.copyUpTo(AS_OF, later);
        copy.add(new OrderShipped(AS_OF.plusSeconds(3600), "A", "DHL", "T"));
        copy.add(new BuyerMessageAnswered(AS_OF.plusSeconds(60), "M"));

        SellerHistory seen = copy.history(later);
        assertEquals(AS_OF.plusSeconds(3600), seen.orders().get(0).getShippedAt());
        assertEquals(AS_OF.plusSeconds(60), seen.messages().get(0).getAnsweredAt());
        assertNull(seen.orders().get(0).getDeliveredAt(), "an event after the copy's instant is left out");

        SellerHistory untouched = original.history(later);
        assertNull(untouched.orders().get(0).getShippedAt());
        assertNull(untouched.messages().get(0).getAnsweredAt());
        assertEquals(AS_OF.plusSeconds(1), untouched.orders().get(0).getDeliveredAt());
    }

    @Test
    void theCopyFoldedAtOrBeforeItsInstantIsTheOriginalFoldedThere() {
        HistoryFolder copy = history().copyUpTo(AS_OF, AS_OF);
        copy.add(new OrderShipped(AS_OF.plusSeconds(3600), "A", "DHL", "T"));
        assertNull(copy.history(AS_OF).orders().get(0).getShippedAt());
        Instant hourBefore = AS_OF.minusSeconds(3600);
        assertEquals(1, history().copyUpTo(hourBefore, hourBefore).history(hourBefore).messages().size());
        Instant justBefore = hourBefore.minusSeconds(1);
        assertEquals(0, history().copyUpTo(justBefore, justBefore).history(justBefore).messages().size());
    }
}
