package dev.accounthealth.rules.oracle;

import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The open obligations of a history, written from the deadline table of the report docs alone
 * (not from the rules): what is open, when it is due, whether it is overdue ("once asOf is after
 * due"), and the cutoff ("more than 30 days overdue no longer appears, except appeals, which close
 * when their window does"). The plan of action, which depends on a status, is left out.
 */
final class DeadlineOracle {
    /** One expected obligation, in the terms of the report's deadline list. */
    record Expected(String kind, String ref, Marketplace marketplace, Instant due, boolean overdue) {
    }

    private static final Duration FORGET_AFTER = Duration.ofDays(30);
    private static final Set<Marketplace> INVOICE_MARKETPLACES =
            Set.of(Marketplace.FR, Marketplace.ES, Marketplace.DE, Marketplace.IT, Marketplace.UK);

    private DeadlineOracle() {
    }

    static List<Expected> deadlines(Collection<? extends SellerEvent> events, Instant asOf) {
        SpecOracle.Folded h = new SpecOracle.Folded(events, asOf);
        Map<String, OrderPlaced> orders = h.orders;

        List<Expected> open = new ArrayList<>();
        for (BuyerMessageReceived m : h.messages.values()) {
            Marketplace mp = m.orderId().filter(orders::containsKey).map(id -> orders.get(id).marketplace())
                    .orElse(m.marketplace().orElse(null));
            if (mp != null && !m.noResponseNeeded() && !h.answers.containsKey(m.messageId())) {
                withCutoff(open, "BUYER_MESSAGE_RESPONSE", m.messageId(), mp, m.at().plus(Duration.ofHours(24)), asOf);
            }
        }
        for (ReturnRequested r : h.returns.values()) {
            if (orders.containsKey(r.orderId()) && !h.returnAnswers.containsKey(r.returnId())) {
                withCutoff(open, "RETURN_RESPONSE", r.returnId(), orders.get(r.orderId()).marketplace(),
                        r.at().plus(Duration.ofHours(48)), asOf);
            }
        }
        for (ClaimFiled c : h.claims.values()) {
            if (!orders.containsKey(c.orderId())) {
                continue;
            }
            Marketplace mp = orders.get(c.orderId()).marketplace();
            ClaimResolved outcome = h.claimOutcomes.get(c.claimId());
            if (outcome == null && h.latestInfoRequest.containsKey(c.claimId())) {
                withCutoff(open, "CLAIM_INFORMATION", c.claimId(), mp,
                        h.latestInfoRequest.get(c.claimId()).plus(Duration.ofHours(48)), asOf);
            }
            if (outcome != null && outcome.outcome() == ClaimOutcome.GRANTED_SELLER_FUNDED) {
                Instant due = outcome.at().plus(Duration.ofDays(30));
                if (!asOf.isAfter(due)) {
                    open.add(new Expected("CLAIM_APPEAL", c.claimId(), mp, due, false));
                }
            }
        }
        for (ChargebackFiled c : h.chargebacks.values()) {
            if (orders.containsKey(c.orderId()) && !h.chargebackOutcomes.containsKey(c.chargebackId())) {
                withCutoff(open, "CHARGEBACK_RESPONSE", c.chargebackId(), orders.get(c.orderId()).marketplace(),
                        c.at().plus(Duration.ofDays(7)), asOf);
            }
        }
        for (OrderPlaced o : orders.values()) {
            Optional<OrderShipped> ship = h.shipped(o.orderId());
            if (o.channel() == FulfillmentChannel.MFN && o.latestShipAt().isPresent() && ship.isEmpty()
                    && h.cancelled(o.orderId()).isEmpty()) {
                withCutoff(open, "SHIPMENT_CONFIRMATION", o.orderId(), o.marketplace(), o.latestShipAt().get(), asOf);
            }
            if (o.businessOrder() && ship.isPresent() && INVOICE_MARKETPLACES.contains(o.marketplace())
                    && !h.invoices.containsKey(o.orderId())) {
                withCutoff(open, "INVOICE_UPLOAD", o.orderId(), o.marketplace(),
                        invoiceDue(ship.get().at(), o.marketplace()), asOf);
            }
        }
        open.sort(Comparator.comparing(Expected::kind).thenComparing(Expected::ref));
        return open;
    }

    /** 23:59:59 local time of the first Monday-to-Friday after the local ship date. */
    static Instant invoiceDue(Instant shippedAt, Marketplace marketplace) {
        LocalDate day = shippedAt.atZone(marketplace.zone()).toLocalDate().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(marketplace.zone()).toInstant();
    }

    private static void withCutoff(List<Expected> open, String kind, String ref, Marketplace marketplace, Instant due,
                                   Instant asOf) {
        if (!asOf.isAfter(due.plus(FORGET_AFTER))) {
            open.add(new Expected(kind, ref, marketplace, due, asOf.isAfter(due)));
        }
    }
}
