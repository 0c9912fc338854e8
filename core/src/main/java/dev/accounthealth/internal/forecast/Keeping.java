package dev.accounthealth.internal.forecast;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.internal.facts.OrderFact;
import dev.accounthealth.internal.measure.Obligation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What "met on time" means for the forecast: the events by which an open deadline is met at its
 * due instant, and the carrier's part for a parcel on its way. Which instant is due, and whether
 * an event at that instant is on time, is for the rules to say: this only writes the events.
 *
 * <ul>
 *   <li>{@code SHIPMENT_CONFIRMATION}: the order is confirmed shipped with a tracking id at its
 *       expected ship date; as a parcel on its way, it is then scanned and delivered at its
 *       promised delivery instant.
 *   <li>{@code BUYER_MESSAGE_RESPONSE}: the message is answered at its due instant.
 *   <li>{@code RETURN_RESPONSE}: the return request is answered (authorised) at its due instant.
 *   <li>{@code INVOICE_UPLOAD}: the invoice is uploaded at its due instant.
 * </ul>
 * Other kinds (claim information and appeal, chargeback answer, plan of action) are counted by no
 * metric, so the forecast has nothing to write for them.
 */
final class Keeping {
    /** The tracking id of a shipment the forecast assumes: it is never shown. */
    static final String ASSUMED_TRACKING_ID = "assumed";

    private static final Set<String> KINDS = Set.of("SHIPMENT_CONFIRMATION", "BUYER_MESSAGE_RESPONSE",
            "RETURN_RESPONSE", "INVOICE_UPLOAD");

    private Keeping() {
    }

    /** Whether the forecast knows how to meet a deadline of this kind. */
    static boolean keeps(String kind) {
        return KINDS.contains(kind);
    }

    /**
     * The events that meet an obligation at its due instant.
     *
     * @param order the order behind it, if any
     */
    static List<SellerEvent> meeting(Obligation obligation, Optional<OrderFact> order) {
        Instant due = obligation.getDue();
        return switch (obligation.getKind()) {
            case "SHIPMENT_CONFIRMATION" -> {
                List<SellerEvent> events = new ArrayList<>();
                events.add(new OrderShipped(due, obligation.getRef(), Optional.empty(),
                        Optional.of(ASSUMED_TRACKING_ID), Optional.empty()));
                order.map(OrderFact::getLatestDeliveryAt).filter(promised -> !promised.isBefore(due))
                        .ifPresent(promised -> events.addAll(delivered(obligation.getRef(), promised, true)));
                yield events;
            }
            case "BUYER_MESSAGE_RESPONSE" -> List.of(new BuyerMessageAnswered(due, obligation.getRef()));
            case "RETURN_RESPONSE" -> List.of(new ReturnAnswered(due, obligation.getRef(), ReturnDecision.AUTHORIZED));
            case "INVOICE_UPLOAD" -> List.of(new InvoiceUploaded(due, obligation.getRef()));
            default -> List.of();
        };
    }

    /**
     * The carrier's part for an order confirmed shipped by {@code asOf} and not delivered, whose
     * promised delivery instant is later: scanned (when it was not yet) and delivered at that
     * instant. Nothing for any other order.
     */
    static List<SellerEvent> onItsWay(OrderFact order, Instant asOf) {
        Instant promised = order.getLatestDeliveryAt();
        if (order.getShippedAt() == null || order.getDeliveredAt() != null || promised == null
                || !promised.isAfter(asOf)) {
            return List.of();
        }
        return delivered(order.getOrderId(), promised, order.getFirstScanAt() == null);
    }

    private static List<SellerEvent> delivered(String orderId, Instant promised, boolean scan) {
        return scan ? List.of(new CarrierScanned(promised, orderId), new OrderDelivered(promised, orderId))
                : List.of(new OrderDelivered(promised, orderId));
    }
}
