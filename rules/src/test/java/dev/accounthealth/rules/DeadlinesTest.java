package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Story.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimInfoRequested;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every open obligation as of asOf, with its due instant worked by hand from the deadline table. */
class DeadlinesTest {
    /** Friday 20 November 2026, midnight UTC. */
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    private static AccountHealthReport evaluate() {
        Story story = new Story();
        for (int i = 1; i <= 8; i++) {
            story.cleanMfn(id(i), Marketplace.FR, at("2026-11-01T10:00:00Z"));
        }
        // Business orders: shipped Friday 13 November 18:00 Paris and Thursday 19 November, no invoice.
        story.cleanBusinessMfn("B1", Marketplace.FR, at("2026-11-12T10:00:00Z"), at("2026-11-13T17:00:00Z"));
        story.cleanBusinessMfn("B2", Marketplace.FR, at("2026-11-18T10:00:00Z"), at("2026-11-19T10:00:00Z"));
        story.add(
                BuyerMessageReceived.aboutOrder(at("2026-11-19T10:00:00Z"), "M1", id(1)),
                BuyerMessageReceived.aboutOrder(at("2026-11-18T10:00:00Z"), "M2", id(2)),
                BuyerMessageReceived.aboutOrder(at("2026-11-18T10:00:00Z"), "M3", id(3)),
                new BuyerMessageAnswered(at("2026-11-18T11:00:00Z"), "M3"),
                new BuyerMessageReceived(at("2026-11-19T10:00:00Z"), "M4", Optional.of(id(4)), Optional.empty(), true),
                // Unanswered for more than 30 days past its deadline: left to the late response rate.
                BuyerMessageReceived.aboutOrder(at("2026-10-01T10:00:00Z"), "M5", id(5)),
                new ReturnRequested(at("2026-11-18T12:00:00Z"), id(6), "R1"),
                new ClaimFiled(at("2026-11-10T00:00:00Z"), id(7), "C1", "NOT_AS_DESCRIBED"),
                new ClaimInfoRequested(at("2026-11-12T08:00:00Z"), "C1"),
                new ClaimInfoRequested(at("2026-11-19T08:00:00Z"), "C1"),
                new ClaimFiled(at("2026-10-20T00:00:00Z"), id(8), "C2", "NOT_RECEIVED"),
                new ClaimResolved(at("2026-11-05T00:00:00Z"), "C2", ClaimOutcome.GRANTED_SELLER_FUNDED),
                new ClaimFiled(at("2026-09-10T00:00:00Z"), id(8), "C3", "NOT_RECEIVED"),
                new ClaimResolved(at("2026-10-01T00:00:00Z"), "C3", ClaimOutcome.GRANTED_SELLER_FUNDED),
                new ChargebackFiled(at("2026-11-15T00:00:00Z"), id(8), "CB1", ChargebackKind.SERVICE),
                OrderPlaced.builder().orderId("O9").marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN)
                        .at(at("2026-11-19T09:00:00Z")).latestShipAt(at("2026-11-20T23:00:00Z"))
                        .latestDeliveryAt(at("2026-11-25T23:00:00Z")).build());
        return story.evaluate(AS_OF);
    }

    private static Deadline deadline(String kind, String ref, String orderId, String due, boolean overdue) {
        return new Deadline(kind, ref, Marketplace.FR, Optional.ofNullable(orderId), at(due), overdue, "");
    }

    @Test
    void everyOpenObligationIsListedByDueInstantWithOverdueFlagged() {
        List<Deadline> expected = List.of(
                // Shipped Friday evening: due Monday 16 November 23:59:59 in Paris (22:59:59Z).
                deadline("INVOICE_UPLOAD", "B1", "B1", "2026-11-16T22:59:59Z", true),
                deadline("BUYER_MESSAGE_RESPONSE", "M2", id(2), "2026-11-19T10:00:00Z", true),
                deadline("BUYER_MESSAGE_RESPONSE", "M1", id(1), "2026-11-20T10:00:00Z", false),
                deadline("RETURN_RESPONSE", "R1", id(6), "2026-11-20T12:00:00Z", false),
                // Shipped Thursday: due Friday 20 November 23:59:59 in Paris.
                deadline("INVOICE_UPLOAD", "B2", "B2", "2026-11-20T22:59:59Z", false),
                deadline("SHIPMENT_CONFIRMATION", "O9", "O9", "2026-11-20T23:00:00Z", false),
                // 48 hours from Amazon's latest request.
                deadline("CLAIM_INFORMATION", "C1", id(7), "2026-11-21T08:00:00Z", false),
                deadline("CHARGEBACK_RESPONSE", "CB1", id(8), "2026-11-22T00:00:00Z", false),
                // The missing invoice puts FR at risk: a plan of action within 48 hours of this evaluation.
                deadline("PLAN_OF_ACTION", "FR", null, "2026-11-22T00:00:00Z", false),
                // C3's 30 days to appeal ended on 31 October; C2's end on 5 December.
                deadline("CLAIM_APPEAL", "C2", id(8), "2026-12-05T00:00:00Z", false));
        List<Deadline> actual = evaluate().deadlines().stream()
                .map(d -> new Deadline(d.kind(), d.ref(), d.marketplace(), d.orderId(), d.due(), d.overdue(), ""))
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void calendarDeadlinesReadInTheMarketplacesTimeZone() {
        Deadline invoice = evaluate().deadlines().get(0);
        assertEquals(ZonedDateTime.parse("2026-11-16T23:59:59+01:00[Europe/Paris]"), invoice.dueLocal());
        assertEquals("A shipped business order's invoice is due by its invoice deadline", invoice.rule());
    }
}
