package dev.accounthealth.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every event names itself, the field and the reason when it cannot exist as given. */
class EventValidationTest {
    private static final Instant T = Instant.parse("2026-10-02T09:15:00Z");

    private static InvalidEventException invalid(Executable construction) {
        return assertThrows(InvalidEventException.class, construction);
    }

    @Test
    void aRatingOfSevenIsImpossible() {
        InvalidEventException e = invalid(() -> new FeedbackReceived(T, "406-1", "FB-9", 7));
        assertEquals("FeedbackReceived FB-9: rating: must be between 1 and 5, was 7", e.getMessage());
        assertEquals("FeedbackReceived", e.eventType());
        assertEquals(Optional.of("FB-9"), e.ref());
        assertEquals("rating", e.field());
        assertEquals("must be between 1 and 5, was 7", e.reason());
        invalid(() -> new FeedbackReceived(T, "406-1", "FB-9", 0));
    }

    @Test
    void aSellerFulfilledOrderMayLackThePromiseDatesItsSourceDoesNotHave() {
        // The All Orders report has neither date; JSON Lines still requires both (EventReaderTest).
        OrderPlaced order = OrderPlaced.builder().at(T).orderId("406-1").marketplace(Marketplace.FR)
                .channel(FulfillmentChannel.MFN).build();
        assertEquals(Optional.empty(), order.latestShipAt());
        assertEquals(Optional.empty(), order.latestDeliveryAt());
    }

    @Test
    void anAmazonFulfilledOrderNeedsNeither() {
        OrderPlaced order = OrderPlaced.builder().at(T).orderId("406-1").marketplace(Marketplace.DE)
                .channel(FulfillmentChannel.AFN).build();
        assertEquals(Optional.empty(), order.latestShipAt());
        assertEquals(List.of(), order.skus());
        assertEquals(false, order.businessOrder());
    }

    @Test
    void datesOfAnOrderMustBeInOrder() {
        assertEquals("latestShipAt", invalid(() -> OrderPlaced.builder().at(T).orderId("406-1")
                .marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN).latestShipAt(T.minusSeconds(1))
                .latestDeliveryAt(T.plusSeconds(10)).build()).field());
        assertEquals("latestDeliveryAt", invalid(() -> OrderPlaced.builder().at(T).orderId("406-1")
                .marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN).latestShipAt(T.plusSeconds(10))
                .latestDeliveryAt(T.plusSeconds(5)).build()).field());
    }

    @Test
    void missingRequiredFieldsAreNamedNeverABareNullPointer() {
        assertEquals("OrderShipped 406-1: at: required", invalid(() -> new OrderShipped(null, "406-1")).getMessage());
        assertEquals("OrderShipped: orderId: required", invalid(() -> new OrderShipped(T, null)).getMessage());
        assertEquals("OrderCancelled 406-1: by: required",
                invalid(() -> new OrderCancelled(T, "406-1", null)).getMessage());
        assertEquals("ClaimResolved C-1: outcome: required",
                invalid(() -> new ClaimResolved(T, "C-1", null)).getMessage());
        assertEquals("PolicyViolationReported V-1: category: required",
                invalid(() -> new PolicyViolationReported(T, "V-1", Marketplace.FR, null)).getMessage());
        assertEquals("OrderPlaced 406-1: marketplace: required", invalid(() -> OrderPlaced.builder().at(T)
                .orderId("406-1").channel(FulfillmentChannel.AFN).build()).getMessage());
    }

    @Test
    void blankIdentifiersAreRefused() {
        assertEquals("orderId", invalid(() -> new CarrierScanned(T, " ")).field());
        assertEquals("claimId", invalid(() -> new ClaimFiled(T, "406-1", "", "NOT_RECEIVED")).field());
        assertEquals("skus[1]", invalid(() -> OrderPlaced.builder().at(T).orderId("406-1")
                .marketplace(Marketplace.FR).channel(FulfillmentChannel.AFN).skus(List.of("A", " ")).build()).field());
    }

    @Test
    void aMessageWithoutAnOrderMustNameItsMarketplace() {
        InvalidEventException e = invalid(() -> new BuyerMessageReceived(T, "M-1", Optional.empty(),
                Optional.empty(), false));
        assertEquals("BuyerMessageReceived M-1: marketplace: required when orderId is absent", e.getMessage());
    }

    @Test
    void aNoticeWithoutSeverityIsMedium() {
        assertEquals(Severity.MEDIUM, new PolicyViolationReported(T, "V-1", Marketplace.FR,
                PolicyCategory.OTHER, null, Optional.empty()).severity());
    }

    @Test
    void eachEventKnowsItsType() {
        assertEquals("OrderDelivered", new OrderDelivered(T, "406-1").type());
        assertEquals("ReturnRejectionOverturned", new ReturnRejectionOverturned(T, "R-1").type());
    }
}
