package dev.accounthealth.json;

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
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.Money;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Events of every type: one with every optional field filled and non-default flags, and lean ones. */
final class SampleEvents {
    static final String ORDER = "406-4307814-8186723";

    private SampleEvents() {
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }

    /** Every field present; flags away from their defaults. */
    static List<SellerEvent> full() {
        return List.of(
                new OrderPlaced(at("2026-10-02T09:15:00Z"), ORDER, Marketplace.FR, FulfillmentChannel.MFN,
                        Optional.of(at("2026-10-04T23:59:59Z")), Optional.of(at("2026-10-09T23:59:59Z")), true,
                        List.of("EKOBO-DIFF-01", "EKOBO-DIFF-02"), Optional.of(Money.of("12.90", "EUR"))),
                new OrderShipped(at("2026-10-05T14:02:00.123456789Z"), ORDER, Optional.of("Colissimo"),
                        Optional.of("6A12345678901"), Optional.of("Entrepôt 75011")),
                new CarrierScanned(at("2026-10-05T18:00:00Z"), ORDER),
                new OrderDelivered(at("2026-10-08T11:30:00Z"), ORDER),
                new OrderCancelled(at("2026-10-02T10:00:00Z"), "171-0000001-0000001", CancelledBy.BUYER,
                        Optional.of("changed mind")),
                new FeedbackReceived(at("2026-10-10T08:00:00Z"), ORDER, "F-1", 2,
                        Optional.of("Très \"lent\"\nmais reçu \\ ok")),
                new FeedbackRemoved(at("2026-10-12T08:00:00Z"), "F-1", FeedbackRemoval.STRUCK_THROUGH),
                new ClaimFiled(at("2026-10-20T08:00:00Z"), ORDER, "C-1", Optional.of("NOT_RECEIVED"),
                        Optional.of(Money.of("1299.00", "EUR")), true),
                new ClaimResolved(at("2026-10-25T08:00:00Z"), "C-1", ClaimOutcome.GRANTED_SELLER_FUNDED),
                new ClaimInfoRequested(at("2026-10-21T08:00:00Z"), "C-1"),
                new ChargebackFiled(at("2026-10-22T08:00:00Z"), ORDER, "CB-1", ChargebackKind.FRAUD),
                new ChargebackResolved(at("2026-10-30T08:00:00Z"), "CB-1", ChargebackOutcome.BUYER_FAVOUR),
                new ReturnRequested(at("2026-10-15T08:00:00Z"), ORDER, "R-1", Optional.of("DEFECTIVE"), false),
                new ReturnAnswered(at("2026-10-16T08:00:00Z"), "R-1", ReturnDecision.REJECTED),
                new ReturnRejectionOverturned(at("2026-10-18T08:00:00Z"), "R-1"),
                new ReturnFeedbackReceived(at("2026-10-19T08:00:00Z"), "R-1", true),
                new InvoiceUploaded(at("2026-10-03T08:00:00Z"), ORDER),
                new BuyerMessageReceived(at("2026-10-06T08:00:00Z"), "M-1", Optional.of(ORDER),
                        Optional.of(Marketplace.DE), true),
                new BuyerMessageAnswered(at("2026-10-06T09:00:00Z"), "M-1"),
                new PolicyViolationReported(at("2026-10-07T08:00:00Z"), "V-1", Marketplace.US,
                        PolicyCategory.PRODUCT_SAFETY, Severity.CRITICAL, Optional.of("B000000001")),
                new PolicyViolationResolved(at("2026-10-09T08:00:00Z"), "V-1"));
    }

    /** Optional fields empty and flags at their defaults, where a type has any. */
    static List<SellerEvent> lean() {
        return List.of(
                OrderPlaced.builder().at(at("2026-10-02T09:15:00Z")).orderId("171-0000002-0000002")
                        .marketplace(Marketplace.UK).channel(FulfillmentChannel.AFN).build(),
                new OrderShipped(at("2026-10-05T14:02:00Z"), ORDER),
                new OrderCancelled(at("2026-10-02T10:00:00Z"), ORDER, CancelledBy.AMAZON),
                new FeedbackReceived(at("2026-10-10T08:00:00Z"), ORDER, "F-2", 5),
                new ClaimFiled(at("2026-10-20T08:00:00Z"), ORDER, "C-2", Optional.empty(), Optional.empty(), false),
                new ReturnRequested(at("2026-10-15T08:00:00Z"), ORDER, "R-2"),
                new ReturnFeedbackReceived(at("2026-10-19T08:00:00Z"), "R-2", false),
                BuyerMessageReceived.inMarketplace(at("2026-10-06T08:00:00Z"), "M-2", Marketplace.JP),
                new PolicyViolationReported(at("2026-10-07T08:00:00Z"), "V-2", Marketplace.FR, PolicyCategory.OTHER));
    }
}
