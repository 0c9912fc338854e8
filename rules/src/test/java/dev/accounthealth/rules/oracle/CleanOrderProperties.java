package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.CarrierScanned;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.ProjectedStatus;
import dev.accounthealth.report.Recovery;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * A fresh seller-fulfilled order that is shipped on time, tracked, scanned, delivered and praised
 * never raises its marketplace's order defect, late shipment or cancellation rate: it adds one to
 * each denominator and nothing to the numerators, and it leaves every other marketplace alone.
 */
class CleanOrderProperties {
    private static final List<Metric> WATCHED = List.of(new Metric("ORDER_DEFECT_RATE", Channel.MFN, 60),
            new Metric("LATE_SHIPMENT_RATE", Channel.MFN, 10), new Metric("LATE_SHIPMENT_RATE", Channel.MFN, 30),
            new Metric("PRE_FULFILLMENT_CANCEL_RATE", Channel.MFN, 7));

    private record Metric(String id, Channel channel, int days) {
    }

    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(100);
    }

    @Provide
    Arbitrary<Marketplace> marketplaces() {
        return Arbitraries.of(Marketplace.FR, Marketplace.DE, Marketplace.UK, Marketplace.US, Marketplace.IT,
                Marketplace.JP);
    }

    /** The clean order: placed {@code age} before asOf (under 7 days), everything done well before asOf. */
    static List<SellerEvent> cleanOrder(String id, Marketplace mp, Instant asOf, Duration age) {
        Instant purchase = asOf.minus(age);
        Instant latestShip = purchase.plus(age.dividedBy(2));
        Instant shipped = purchase.plus(age.dividedBy(4));
        Instant delivered = shipped.plus(age.dividedBy(8));
        return List.of(
                OrderPlaced.builder().orderId(id).marketplace(mp).channel(FulfillmentChannel.MFN).at(purchase)
                        .latestShipAt(latestShip).latestDeliveryAt(latestShip.plus(Duration.ofDays(3))).build(),
                new OrderShipped(shipped, id, Optional.of("DHL"), Optional.of("TRK-" + id), Optional.empty()),
                new CarrierScanned(shipped.plusSeconds(1), id),
                new OrderDelivered(delivered, id),
                new FeedbackReceived(delivered.plusSeconds(1), id, "F-" + id, 5));
    }

    @Property(tries = 80)
    void aCleanOrderNeverRaisesDefectLateOrCancelRates(@ForAll("histories") History history,
                                                       @ForAll("marketplaces") Marketplace mp,
                                                       @ForAll @LongRange(min = 8 * 3600, max = 7 * 86_400 - 60)
                                                       long ageSeconds) {
        List<SellerEvent> more = new ArrayList<>(history.events());
        more.addAll(cleanOrder("CLEAN-1", mp, history.asOf(), Duration.ofSeconds(ageSeconds)));
        AccountHealthReport before = Engine.evaluate(history);
        AccountHealthReport after = Engine.evaluate(history.withEvents(more));

        MarketplaceHealth now = after.marketplace(mp).orElseThrow();
        Optional<MarketplaceHealth> then = before.marketplace(mp);
        for (Metric w : WATCHED) {
            MetricResult a = now.metric(w.id(), w.channel(), w.days()).orElseThrow();
            long num = then.flatMap(h -> h.metric(w.id(), w.channel(), w.days())).map(MetricResult::numerator)
                    .orElse(0L);
            long den = then.flatMap(h -> h.metric(w.id(), w.channel(), w.days())).map(MetricResult::denominator)
                    .orElse(0L);
            assertEquals(num, a.numerator(), w + " numerator");
            assertEquals(den + 1, a.denominator(), w + " denominator");
            // a/(d+1) <= n/d, compared exactly (vacuous when there was nothing before)
            if (den > 0) {
                assertTrue(BigInteger.valueOf(a.numerator()).multiply(BigInteger.valueOf(den))
                        .compareTo(BigInteger.valueOf(num).multiply(BigInteger.valueOf(a.denominator()))) <= 0, w
                        + " rate went up: " + num + "/" + den + " -> " + a.numerator() + "/" + a.denominator());
            }
        }
        then.ifPresent(h -> assertTrue(now.status().compareTo(h.status()) <= 0,
                "status went from " + h.status() + " to " + now.status()));
        for (MarketplaceHealth other : before.marketplaces()) {
            if (other.marketplace() != mp) {
                MarketplaceHealth otherAfter = after.marketplace(other.marketplace()).orElseThrow();
                // The projected instants are the account's next roll-offs of concern: a clean order
                // elsewhere may clear a warning there and so move them. Everything as of asOf stays,
                // and so does every projection at an instant both reports look at.
                assertEquals(withoutProjections(other), withoutProjections(otherAfter));
                for (int i = 0; i < other.metrics().size(); i++) {
                    Map<Instant, ProjectedStatus> was = byInstant(other.metrics().get(i));
                    byInstant(otherAfter.metrics().get(i)).forEach((at, projected) -> {
                        if (was.containsKey(at)) {
                            assertEquals(was.get(at), projected);
                        }
                    });
                }
            }
        }
    }

    private static MarketplaceHealth withoutProjections(MarketplaceHealth health) {
        return new MarketplaceHealth(health.marketplace(), health.status(), health.metrics().stream()
                .map(m -> new MetricResult(m.metric(), m.channel(), m.window(), m.numerator(), m.denominator(),
                        m.rate(), m.targetCondition(), m.targetValue(), m.status(), m.enforcement(), m.orderIds(),
                        m.itemIds(), m.rule(), m.firedRules(), new Recovery(m.recovery().cleanOrdersNeeded(),
                        m.recovery().defectsToBreach(), m.recovery().nextRollOff(), m.recovery().allClearAt(),
                        List.of()), m.rootCauses()))
                .toList(), health.statusRules());
    }

    private static Map<Instant, ProjectedStatus> byInstant(MetricResult metric) {
        Map<Instant, ProjectedStatus> byInstant = new HashMap<>();
        metric.recovery().projection().forEach(p -> byInstant.put(p.at(), p));
        return byInstant;
    }
}
