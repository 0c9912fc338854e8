package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.MetricResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * metrics.md: an item is in a window when {@code asOf - lag - length < anchor <= asOf - lag}, so
 * it enters the window exactly {@code lag} days after its anchor and leaves it ("roll-off date")
 * exactly {@code length + lag} days after it. With anchor t: counted at asOf = t + lag and at
 * t + lag + length - ε; not counted at t + lag - ε nor at t + lag + length.
 */
class RollOffProperties {
    private static final Duration D = Duration.ofDays(1);

    /** One item alone in a history, anchored at t, and the metric it counts in. */
    enum Probe {
        /** A late order (never shipped) with latestShipAt = t. */
        LATE_SHIPMENT_10("LATE_SHIPMENT_RATE", Channel.MFN, 10, 0),
        LATE_SHIPMENT_30("LATE_SHIPMENT_RATE", Channel.MFN, 30, 0),
        /** An order placed at t with negative feedback at t. */
        ORDER_DEFECT("ORDER_DEFECT_RATE", Channel.MFN, 60, 0),
        /** An order placed at t and cancelled by the seller at t. */
        CANCELLATION("PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7, 0),
        /** A tracked, scanned shipment promised for t. */
        VALID_TRACKING("VALID_TRACKING_RATE", Channel.MFN, 30, 14),
        /** The same, delivered an hour before t. */
        ON_TIME_DELIVERY("ON_TIME_DELIVERY_RATE", Channel.MFN, 14, 7),
        /** A business order placed at t, shipped an hour later, invoice never uploaded. */
        INVOICE("INVOICE_DEFECT_RATE", Channel.MFN, 7, 7),
        /** An in-policy return requested at t, never answered. */
        RETURN("RETURN_DISSATISFACTION_RATE", Channel.MFN, 60, 0),
        /** A buyer message received at t, never answered. */
        MESSAGE("LATE_RESPONSE_RATE", Channel.ALL, 30, 0),
        /** An open policy notice reported at t. */
        NOTICE("POLICY_COMPLIANCE", Channel.ALL, 180, 0);

        final String metric;
        final Channel channel;
        final int days;
        final int lag;

        Probe(String metric, Channel channel, int days, int lag) {
            this.metric = metric;
            this.channel = channel;
            this.days = days;
            this.lag = lag;
        }

        List<SellerEvent> events(Marketplace mp, Instant t) {
            return switch (this) {
                case LATE_SHIPMENT_10, LATE_SHIPMENT_30 -> List.of(mfn("P", mp, t.minus(D.multipliedBy(2)), t,
                        t.plus(D.multipliedBy(5)), false));
                case ORDER_DEFECT -> List.of(mfn("P", mp, t, t.plus(D), t.plus(D.multipliedBy(4)), false),
                        new FeedbackReceived(t, "P", "FP", 1));
                case CANCELLATION -> List.of(mfn("P", mp, t, t.plus(D), t.plus(D.multipliedBy(4)), false),
                        new OrderCancelled(t, "P", CancelledBy.SELLER));
                case VALID_TRACKING -> tracked(mp, t, false);
                case ON_TIME_DELIVERY -> tracked(mp, t, true);
                case INVOICE -> List.of(mfn("P", mp, t, t.plus(D), t.plus(D.multipliedBy(4)), true),
                        new OrderShipped(t.plus(Duration.ofHours(1)), "P", "DHL", "TRK"));
                case RETURN -> List.of(mfn("P", mp, t.minus(D.multipliedBy(10)), t.minus(D.multipliedBy(9)),
                                t.minus(D.multipliedBy(6)), false),
                        new OrderShipped(t.minus(D.multipliedBy(9)), "P", "DHL", "TRK"),
                        new ReturnRequested(t, "P", "RP"));
                case MESSAGE -> List.of(BuyerMessageReceived.inMarketplace(t, "MP", mp));
                case NOTICE -> List.of(new PolicyViolationReported(t, "VP", mp, PolicyCategory.LISTING_POLICY));
            };
        }

        private static List<SellerEvent> tracked(Marketplace mp, Instant promised, boolean delivered) {
            Instant purchase = promised.minus(D.multipliedBy(5));
            Instant shipped = purchase.plus(Duration.ofHours(20));
            List<SellerEvent> events = List.of(mfn("P", mp, purchase, purchase.plus(D), promised, false),
                    new OrderShipped(shipped, "P", Optional.of("DHL"), Optional.of("TRK"), Optional.empty()),
                    new CarrierScanned(shipped.plus(Duration.ofHours(2)), "P"));
            if (!delivered) {
                return events;
            }
            return java.util.stream.Stream.concat(events.stream(),
                    java.util.stream.Stream.of(new OrderDelivered(promised.minus(Duration.ofHours(1)), "P"))).toList();
        }

        private static OrderPlaced mfn(String id, Marketplace mp, Instant at, Instant latestShip,
                                       Instant latestDelivery, boolean business) {
            return OrderPlaced.builder().orderId(id).marketplace(mp).channel(FulfillmentChannel.MFN).at(at)
                    .latestShipAt(latestShip).latestDeliveryAt(latestDelivery).businessOrder(business).build();
        }
    }

    @Provide
    Arbitrary<Instant> anchors() {
        return Combinators.combine(Arbitraries.longs().between(0, 365L * 86_400),
                        Arbitraries.of(0, 0, 1, 999_999_999, 123_456_789))
                .as((s, n) -> Histories.EPOCH.plusSeconds(s).plusNanos(n));
    }

    @Provide
    Arbitrary<Duration> epsilons() {
        return Arbitraries.of(Duration.ofNanos(1), Duration.ofNanos(1000), Duration.ofMillis(1), Duration.ofSeconds(1),
                Duration.ofHours(1));
    }

    @Provide
    Arbitrary<Marketplace> marketplaces() {
        return Arbitraries.of(Marketplace.FR, Marketplace.DE, Marketplace.UK, Marketplace.IT, Marketplace.ES);
    }

    @Property(tries = 120)
    void anItemCountsFromLagDaysAfterItsAnchorUntilItsRollOffDate(@ForAll Probe probe,
                                                                  @ForAll("marketplaces") Marketplace mp,
                                                                  @ForAll("anchors") Instant t,
                                                                  @ForAll("epsilons") Duration epsilon) {
        List<SellerEvent> events = probe.events(mp, t);
        Instant enters = t.plus(D.multipliedBy(probe.lag));
        Instant rollOff = t.plus(D.multipliedBy(probe.lag + (long) probe.days));
        assertCounted(probe, mp, events, enters.minus(epsilon), false);
        assertCounted(probe, mp, events, enters, true);
        assertCounted(probe, mp, events, rollOff.minus(epsilon), true);
        assertCounted(probe, mp, events, rollOff, false);
    }

    private static void assertCounted(Probe probe, Marketplace mp, List<SellerEvent> events, Instant asOf,
                                      boolean counted) {
        AccountHealthReport report = Engine.EVALUATOR.evaluate(events, asOf);
        long denominator = report.marketplace(mp).flatMap(h -> h.metric(probe.metric, probe.channel, probe.days))
                .map(MetricResult::denominator).orElse(0L);
        assertEquals(counted ? 1 : 0, denominator, probe + " at asOf " + asOf + (counted ? " should" : " should not")
                + " count the item");
        List<String> diffs = Agreement.differences(SpecOracle.evaluate(events, asOf), report);
        assertTrue(diffs.isEmpty(), () -> "at asOf " + asOf + ":\n  " + String.join("\n  ", diffs));
    }
}
