package dev.accounthealth.rules.oracle;

import dev.accounthealth.event.BuyerMessageAnswered;
import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.InvoiceUploaded;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.Channel;
import dev.accounthealth.rules.oracle.SpecOracle.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Histories where one metric has exactly {@code bad} items out of {@code total}, with the ratio
 * on or next to a verdict threshold: the target (a boundary counts as a miss), the warning
 * margin, twice the target (critical). Random histories almost never land exactly there.
 */
final class ThresholdCases {
    private static final Duration MIN = Duration.ofMinutes(1);
    private static final Duration H = Duration.ofHours(1);
    private static final Duration D = Duration.ofDays(1);

    /** One case: the metric, how many of its items are bad (for good-numerator rates: fall short), of how many. */
    record Case(Key key, Marketplace marketplace, int bad, int total, History history) {
        @Override
        public String toString() {
            return key + " in " + marketplace + " with " + bad + " bad of " + total + ", " + history;
        }
    }

    /** A metric and the (bad, total) pairs that sit exactly on its thresholds. */
    private record Metric(Key key, int[][] pairs) {
    }

    private static final List<Metric> METRICS = List.of(
            // < 4 %: breach at 1/25, warning from 0.032 = 4/125, critical at 0.08 = 2/25
            new Metric(new Key("LATE_SHIPMENT_RATE", Channel.MFN, 10), new int[][] {{1, 25}, {2, 50}, {4, 100},
                    {4, 125}, {2, 25}, {4, 50}, {8, 100}}),
            // < 2.5 %: 1/40; warning 2 % = 1/50; critical 5 % = 1/20
            new Metric(new Key("PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7), new int[][] {{1, 40}, {2, 80},
                    {3, 120}, {1, 50}, {2, 100}, {1, 20}, {2, 40}, {3, 60}}),
            // < 1 %: 1/100; warning 0.8 % = 1/125; critical 2 % = 1/50
            new Metric(new Key("ORDER_DEFECT_RATE", Channel.MFN, 60), new int[][] {{1, 100}, {1, 125}, {1, 50},
                    {2, 100}}),
            new Metric(new Key("ORDER_DEFECT_RATE", Channel.AFN, 60), new int[][] {{1, 100}, {1, 125}, {1, 50}}),
            // < 5 %: 1/20; warning 4 % = 1/25; critical 10 % = 1/10
            new Metric(new Key("INVOICE_DEFECT_RATE", Channel.MFN, 7), new int[][] {{1, 20}, {2, 40}, {1, 25},
                    {2, 50}, {1, 10}, {2, 20}}),
            // < 10 %: 1/10; warning 8 % = 2/25
            new Metric(new Key("RETURN_DISSATISFACTION_RATE", Channel.MFN, 60), new int[][] {{1, 10}, {2, 20},
                    {2, 25}, {4, 50}}),
            new Metric(new Key("LATE_RESPONSE_RATE", Channel.ALL, 30), new int[][] {{1, 10}, {3, 30}, {2, 25},
                    {4, 50}}),
            // > 95 %: 19/20 good is a breach; warning up to 96 % = 24/25 good
            new Metric(new Key("VALID_TRACKING_RATE", Channel.MFN, 30), new int[][] {{1, 20}, {2, 40}, {1, 25},
                    {2, 50}, {4, 100}}),
            // > 97 %: 97/100 good is a breach; warning up to 97.6 % = 122/125 good
            new Metric(new Key("ON_TIME_DELIVERY_RATE", Channel.MFN, 14), new int[][] {{3, 100}, {3, 125},
                    {2, 100}}));

    private ThresholdCases() {
    }

    static Arbitrary<Case> cases() {
        Arbitrary<Metric> metric = Arbitraries.of(METRICS);
        Arbitrary<Integer> pair = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> badDelta = Arbitraries.of(0, 0, 0, -1, 1);
        Arbitrary<Integer> totalDelta = Arbitraries.of(0, 0, 0, -1, 1);
        Arbitrary<Marketplace> marketplace = Arbitraries.of(Marketplace.FR, Marketplace.DE, Marketplace.UK,
                Marketplace.IT, Marketplace.ES);
        Arbitrary<Instant> asOf = Arbitraries.longs().between(0, 365L * 86_400).map(Histories.EPOCH::plusSeconds);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(metric, pair, badDelta, totalDelta, marketplace, asOf, seed)
                .as((m, p, bd, td, mp, at, s) -> {
                    int[] base = m.pairs()[p % m.pairs().length];
                    int total = Math.max(1, base[1] + td);
                    int bad = Math.max(0, Math.min(total, base[0] + bd));
                    return new Case(m.key(), mp, bad, total, build(m.key(), bad, total, mp, at, new Random(s)));
                });
    }

    /** An instant uniformly inside (asOf - lag - days, asOf - lag], a minute clear of both edges. */
    private static Instant inside(Random r, Instant asOf, int days, int lag) {
        long span = Duration.ofDays(days).minus(MIN.multipliedBy(2)).toSeconds();
        return asOf.minus(Duration.ofDays(lag)).minus(MIN).minusSeconds((long) (r.nextDouble() * span));
    }

    private static OrderPlaced order(String id, Marketplace mp, FulfillmentChannel channel, Instant purchase,
                                     Instant latestShip, Instant latestDelivery, boolean business) {
        return OrderPlaced.builder().orderId(id).marketplace(mp).channel(channel).at(purchase)
                .latestShipAt(channel == FulfillmentChannel.MFN ? latestShip : null)
                .latestDeliveryAt(channel == FulfillmentChannel.MFN ? latestDelivery : null)
                .businessOrder(business).build();
    }

    static History build(Key key, int bad, int total, Marketplace mp, Instant asOf, Random r) {
        List<SellerEvent> events = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean isBad = i < bad;
            String id = String.format("T%03d", i);
            switch (key.metric()) {
                case "LATE_SHIPMENT_RATE" -> {
                    Instant due = inside(r, asOf, key.days(), 0);
                    events.add(order(id, mp, FulfillmentChannel.MFN, due.minus(D), due, due.plus(Duration.ofDays(3)),
                            false));
                    Instant shipped = isBad ? due.plus(MIN) : due.minus(r.nextBoolean() ? H : Duration.ZERO);
                    if (!shipped.isAfter(asOf)) {
                        events.add(new OrderShipped(shipped, id, "DHL", "TRK" + id));
                    }
                }
                case "PRE_FULFILLMENT_CANCEL_RATE" -> {
                    Instant purchase = inside(r, asOf, key.days(), 0);
                    events.add(order(id, mp, FulfillmentChannel.MFN, purchase, purchase.plus(Duration.ofDays(2)),
                            purchase.plus(Duration.ofDays(5)), false));
                    Instant next = purchase.plusSeconds(30);
                    if (isBad) {
                        events.add(new OrderCancelled(next, id, r.nextBoolean() ? CancelledBy.SELLER
                                : CancelledBy.AMAZON));
                    } else if (r.nextInt(5) == 0) {
                        events.add(new OrderCancelled(next, id, CancelledBy.BUYER));
                    } else if (r.nextBoolean()) {
                        events.add(new OrderShipped(next, id, "DHL", "TRK" + id));
                    }
                }
                case "ORDER_DEFECT_RATE" -> {
                    FulfillmentChannel channel = FulfillmentChannel.valueOf(key.channel().name());
                    Instant purchase = inside(r, asOf, key.days(), 0);
                    events.add(order(id, mp, channel, purchase, purchase.plus(D), purchase.plus(Duration.ofDays(4)),
                            false));
                    Instant next = purchase.plusSeconds(30);
                    if (isBad) {
                        events.add(switch (r.nextInt(3)) {
                            case 0 -> new FeedbackReceived(next, id, "F" + id, 1 + r.nextInt(2));
                            case 1 -> new ClaimFiled(next, id, "C" + id, "DAMAGED");
                            default -> new ChargebackFiled(next, id, "CB" + id, ChargebackKind.SERVICE);
                        });
                    } else if (r.nextBoolean()) {
                        events.add(new FeedbackReceived(next, id, "F" + id, 3 + r.nextInt(3)));
                    }
                }
                case "INVOICE_DEFECT_RATE" -> {
                    Instant purchase = inside(r, asOf, key.days(), 7);
                    events.add(order(id, mp, FulfillmentChannel.MFN, purchase, purchase.plus(D),
                            purchase.plus(Duration.ofDays(4)), true));
                    Instant shipped = purchase.plus(H);
                    events.add(new OrderShipped(shipped, id, "DHL", "TRK" + id));
                    if (!isBad) {
                        events.add(new InvoiceUploaded(shipped.plus(MIN), id));
                    }
                }
                case "RETURN_DISSATISFACTION_RATE" -> {
                    Instant requested = inside(r, asOf, key.days(), 0);
                    if (requested.isAfter(asOf.minus(Duration.ofDays(3)))) {
                        requested = requested.minus(Duration.ofDays(3));   // old enough for 48 h to have passed
                    }
                    Instant purchase = requested.minus(Duration.ofDays(5));
                    events.add(order(id, mp, FulfillmentChannel.MFN, purchase, purchase.plus(D),
                            purchase.plus(Duration.ofDays(4)), false));
                    events.add(new ReturnRequested(requested, id, "R" + id));
                    if (!isBad) {
                        events.add(new ReturnAnswered(requested.plus(H), "R" + id, ReturnDecision.AUTHORIZED));
                    }
                }
                case "LATE_RESPONSE_RATE" -> {
                    Instant received = inside(r, asOf, key.days(), 0);
                    if (received.isAfter(asOf.minus(Duration.ofDays(2)))) {
                        received = received.minus(Duration.ofDays(2));
                    }
                    events.add(BuyerMessageReceived.inMarketplace(received, "M" + id, mp));
                    events.add(new BuyerMessageAnswered(received.plus(isBad ? Duration.ofHours(25) : H), "M" + id));
                }
                case "VALID_TRACKING_RATE", "ON_TIME_DELIVERY_RATE" -> {
                    int lag = key.metric().equals("VALID_TRACKING_RATE") ? 14 : 7;
                    Instant promised = inside(r, asOf, key.days(), lag);
                    Instant purchase = promised.minus(Duration.ofDays(5));
                    events.add(order(id, mp, FulfillmentChannel.MFN, purchase, purchase.plus(D), promised, false));
                    Instant shipped = purchase.plus(H);
                    events.add(new OrderShipped(shipped, id, "DHL", "TRK" + id));
                    boolean tracked = !(isBad && key.metric().equals("VALID_TRACKING_RATE"));
                    if (tracked) {
                        events.add(new CarrierScanned(shipped.plus(H), id));
                    }
                    boolean onTime = !(isBad && key.metric().equals("ON_TIME_DELIVERY_RATE"));
                    if (onTime) {
                        events.add(new OrderDelivered(promised.minus(r.nextBoolean() ? H : Duration.ZERO), id));
                    } else if (r.nextBoolean()) {
                        events.add(new OrderDelivered(promised.plus(MIN), id));
                    }
                }
                default -> throw new IllegalArgumentException(key.metric());
            }
        }
        return new History(events, asOf);
    }

    /** The numerator the case should produce: bad items, or for good-numerator rates the good ones. */
    static long expectedNumerator(Case c) {
        return switch (c.key().metric()) {
            case "VALID_TRACKING_RATE", "ON_TIME_DELIVERY_RATE" -> c.total() - c.bad();
            default -> c.bad();
        };
    }
}
