package dev.accounthealth.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ChargebackOutcome;
import dev.accounthealth.event.ChargebackResolved;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimInfoRequested;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FeedbackRemoval;
import dev.accounthealth.event.FeedbackRemoved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.InvalidEventException;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.PolicyViolationResolved;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.event.Severity;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns the JSON object of one line into the event its {@code type} names, with the field names,
 * defaults and required fields of the events spec. Events are built through their validating
 * constructors, whose complaints come back as a {@link BadField}.
 */
public final class EventDecoder {
    private static final String TYPES = Arrays.stream(SellerEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).collect(Collectors.joining(", "));

    private EventDecoder() {
    }

    /**
     * The event written in {@code node}.
     *
     * @throws BadField naming the field and the reason when it is no valid event
     */
    public static SellerEvent decode(JsonNode node) {
        if (!node.isObject()) {
            throw new BadField("(json)", "expected a JSON object, was " + JsonFields.describe(node));
        }
        JsonFields f = new JsonFields(node);
        String type = f.text("type");
        if (type == null) {
            throw new BadField("type", "required");
        }
        try {
            return decode(type, f);
        } catch (InvalidEventException e) {
            throw new BadField(e.field(), e.reason());
        }
    }

    private static SellerEvent decode(String type, JsonFields f) {
        return switch (type) {
            case "OrderPlaced" -> orderPlaced(f);
            case "OrderShipped" -> new OrderShipped(f.instant("at"), f.text("orderId"), f.optionalText("carrier"),
                    f.optionalText("trackingId"), f.optionalText("shipFrom"));
            case "CarrierScanned" -> new CarrierScanned(f.instant("at"), f.text("orderId"));
            case "OrderDelivered" -> new OrderDelivered(f.instant("at"), f.text("orderId"));
            case "OrderCancelled" -> new OrderCancelled(f.instant("at"), f.text("orderId"),
                    f.code("by", CancelledBy.class), f.optionalText("reason"));
            case "FeedbackReceived" -> new FeedbackReceived(f.instant("at"), f.text("orderId"), f.text("feedbackId"),
                    f.integer("rating"), f.optionalText("comment"));
            case "FeedbackRemoved" -> new FeedbackRemoved(f.instant("at"), f.text("feedbackId"),
                    f.code("how", FeedbackRemoval.class));
            case "ClaimFiled" -> new ClaimFiled(f.instant("at"), f.text("orderId"), f.text("claimId"),
                    f.optionalText("reason"), f.optionalMoney("amount"), f.bool("buyShippingOnTime", false));
            case "ClaimResolved" -> new ClaimResolved(f.instant("at"), f.text("claimId"),
                    f.code("outcome", ClaimOutcome.class));
            case "ClaimInfoRequested" -> new ClaimInfoRequested(f.instant("at"), f.text("claimId"));
            case "ChargebackFiled" -> new ChargebackFiled(f.instant("at"), f.text("orderId"), f.text("chargebackId"),
                    f.code("kind", ChargebackKind.class));
            case "ChargebackResolved" -> new ChargebackResolved(f.instant("at"), f.text("chargebackId"),
                    f.code("outcome", ChargebackOutcome.class));
            case "ReturnRequested" -> new ReturnRequested(f.instant("at"), f.text("orderId"), f.text("returnId"),
                    f.optionalText("reason"), f.bool("inPolicy", true));
            case "ReturnAnswered" -> new ReturnAnswered(f.instant("at"), f.text("returnId"),
                    f.code("decision", ReturnDecision.class));
            case "ReturnRejectionOverturned" -> new ReturnRejectionOverturned(f.instant("at"), f.text("returnId"));
            case "ReturnFeedbackReceived" -> new ReturnFeedbackReceived(f.instant("at"), f.text("returnId"),
                    f.requiredBool("negative"));
            case "InvoiceUploaded" -> new InvoiceUploaded(f.instant("at"), f.text("orderId"));
            case "BuyerMessageReceived" -> new BuyerMessageReceived(f.instant("at"), f.text("messageId"),
                    f.optionalText("orderId"), f.optionalMarketplace("marketplace"), f.bool("noResponseNeeded", false));
            case "BuyerMessageAnswered" -> new BuyerMessageAnswered(f.instant("at"), f.text("messageId"));
            // An absent severity reaches the constructor as null, which reads it as MEDIUM.
            case "PolicyViolationReported" -> new PolicyViolationReported(f.instant("at"), f.text("violationId"),
                    f.marketplace("marketplace"), f.code("category", PolicyCategory.class),
                    f.code("severity", Severity.class), f.optionalText("asin"));
            case "PolicyViolationResolved" -> new PolicyViolationResolved(f.instant("at"), f.text("violationId"));
            default -> throw new BadField("type", "unknown event type " + JsonFields.quoted(type) + ": expected one of " + TYPES);
        };
    }

    /**
     * JSON Lines is complete by contract: a seller-fulfilled order carries both promise dates
     * (the events spec), though the record also serves sources that lack them.
     */
    private static OrderPlaced orderPlaced(JsonFields f) {
        OrderPlaced order = new OrderPlaced(f.instant("at"), f.text("orderId"), f.marketplace("marketplace"),
                f.code("channel", FulfillmentChannel.class), f.optionalInstant("latestShipAt"),
                f.optionalInstant("latestDeliveryAt"), f.bool("businessOrder", false), f.texts("skus"),
                f.optionalMoney("orderTotal"));
        if (order.channel() == FulfillmentChannel.MFN) {
            if (order.latestShipAt().isEmpty()) {
                throw new BadField("latestShipAt", "required when channel is MFN");
            }
            if (order.latestDeliveryAt().isEmpty()) {
                throw new BadField("latestDeliveryAt", "required when channel is MFN");
            }
        }
        return order;
    }
}
