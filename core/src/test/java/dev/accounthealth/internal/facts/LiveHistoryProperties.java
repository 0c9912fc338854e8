package dev.accounthealth.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.FeedbackRemoval;
import dev.accounthealth.event.FeedbackRemoved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderDelivered;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.event.Severity;
import dev.accounthealth.internal.forecast.HistoryIndex;
import dev.accounthealth.internal.forecast.KeptIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A history kept up to date between refreshes reads as the folder's history read afresh: the
 * same facts, marketplaces, orphans and conflicts, and what entered, left or changed is what
 * a rule session holding the previous facts has to hear. The events come from a few ids, so that
 * items wait for their orders, orders are told twice and differently, and messages change
 * marketplace when their order arrives.
 */
class LiveHistoryProperties {
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final List<String> ORDERS = List.of("O1", "O2", "O3", "O4");

    @Property(tries = 300)
    void aLiveHistoryReadsAsTheFoldersHistoryAfterEveryRefresh(@ForAll("batches") List<List<SellerEvent>> batches) {
        Feed feed = new Feed();
        Set<CountedFact> before = identitySet();
        for (List<SellerEvent> batch : batches) {
            LiveHistory.Update update = feed.take(batch);
            Set<CountedFact> touched = feed.touched;
            SellerHistory expected = feed.folder.history(feed.asOf);
            SellerHistory got = update.history();

            assertEquals(expected.marketplaces(), got.marketplaces());
            assertEquals(expected.orphans(), got.orphans());
            assertEquals(expected.conflicts(), got.conflicts());
            assertEquals(facts(expected), facts(got));
            assertEquals(expected.orders().size(), got.orders().size());
            assertEquals(expected.messages().size(), got.messages().size());

            Set<CountedFact> now = facts(got);
            Set<CountedFact> entered = identitySet();
            now.stream().filter(f -> !before.contains(f)).forEach(entered::add);
            Set<CountedFact> left = identitySet();
            before.stream().filter(f -> !now.contains(f)).forEach(left::add);
            assertEquals(entered, asSet(update.entered()));
            assertEquals(left, asSet(update.left()));
            for (CountedFact fact : update.changed()) {
                assertTrue(before.contains(fact) && now.contains(fact), "a changed fact was in and stays in");
            }
            for (CountedFact fact : touched) {
                if (before.contains(fact) && now.contains(fact)) {
                    assertTrue(update.changed().contains(fact), "a fact its events changed is told changed");
                }
            }
            before.clear();
            before.addAll(now);
        }
    }

    /**
     * The forecast's index of a live history, kept up to date with what entered, left or changed
     * at each refresh, finds what an index of the history read afresh finds: the same facts by
     * id, the same items of each order, and the orders shipped, not delivered, promised later.
     */
    @Property(tries = 300)
    void aKeptIndexFindsWhatAnIndexOfTheHistoryReadAfreshFinds(@ForAll("batches") List<List<SellerEvent>> batches) {
        Feed feed = new Feed();
        KeptIndex kept = new KeptIndex();
        for (List<SellerEvent> batch : batches) {
            LiveHistory.Update update = feed.take(batch);
            kept.update(update.entered(), update.left(), update.changed());
            Instant asOf = feed.asOf;
            SellerHistory expected = feed.folder.history(asOf);
            HistoryIndex fresh = HistoryIndex.of(expected);
            for (String id : ORDERS) {
                assertSame(fresh.order(id), kept.order(id), "order " + id);
            }
            for (MessageFact message : expected.messages()) {
                assertSame(message, kept.message(message.getMessageId()));
            }
            for (OrderFact order : expected.orders()) {
                assertEquals(asSet(fresh.itemsOf(order)), asSet(kept.itemsOf(order)), "items of " + order.getOrderId());
            }
            for (Instant at : List.of(START, asOf.minusSeconds(3 * 86_400), asOf, asOf.plusSeconds(2 * 86_400))) {
                Set<CountedFact> onTheirWay = identitySet();
                expected.orders().stream().filter(o -> o.getShippedAt() != null && o.getDeliveredAt() == null
                        && o.getLatestDeliveryAt() != null && o.getLatestDeliveryAt().isAfter(at))
                        .forEach(onTheirWay::add);
                Set<CountedFact> found = identitySet();
                kept.onTheirWay(at).forEach(found::add);
                assertEquals(onTheirWay, found, "on their way at " + at);
            }
        }
    }

    /** A folder and its live history, fed batch by batch, each refreshed as of its latest event. */
    private static final class Feed {
        final HistoryFolder folder = new HistoryFolder();
        final LiveHistory live = new LiveHistory(folder);
        Instant asOf = START;
        /** The facts the last batch's events changed. */
        Set<CountedFact> touched = Set.of();
        private boolean first = true;

        LiveHistory.Update take(List<SellerEvent> batch) {
            touched = new LinkedHashSet<>();
            for (SellerEvent event : batch) {
                CountedFact fact = folder.add(event);
                if (fact != null) {
                    touched.add(fact);
                }
                asOf = event.at().isAfter(asOf) ? event.at() : asOf;
            }
            LiveHistory.Update update = first ? live.refresh(asOf) : live.refresh(asOf, touched);
            first = false;
            return update;
        }
    }

    private static Set<CountedFact> facts(SellerHistory history) {
        Set<CountedFact> all = identitySet();
        all.addAll(history.orders());
        all.addAll(history.feedback());
        all.addAll(history.claims());
        all.addAll(history.chargebacks());
        all.addAll(history.returns());
        all.addAll(history.messages());
        all.addAll(history.violations());
        return all;
    }

    private static Set<CountedFact> asSet(List<CountedFact> facts) {
        Set<CountedFact> set = identitySet();
        set.addAll(facts);
        assertEquals(facts.size(), set.size(), "each fact once");
        return set;
    }

    private static Set<CountedFact> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    @Provide
    Arbitrary<List<List<SellerEvent>>> batches() {
        return event().list().ofMinSize(1).ofMaxSize(40).flatMap(events -> Arbitraries.integers().between(1, 6)
                .list().ofSize(events.size()).map(cuts -> split(events, cuts)));
    }

    private static List<List<SellerEvent>> split(List<SellerEvent> events, List<Integer> cuts) {
        List<List<SellerEvent>> batches = new ArrayList<>();
        List<SellerEvent> batch = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            batch.add(events.get(i));
            if (cuts.get(i) == 1 || i == events.size() - 1) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        return batches;
    }

    private static Arbitrary<SellerEvent> event() {
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 20).map(h -> START.plusSeconds(3600L * h));
        Arbitrary<String> order = Arbitraries.of(ORDERS);
        Arbitrary<Marketplace> marketplace = Arbitraries.of(Marketplace.FR, Marketplace.DE);
        return Arbitraries.oneOf(
                Combinators.combine(at, order, marketplace).as((t, o, m) -> (SellerEvent) OrderPlaced.builder()
                        .orderId(o).marketplace(m).channel(FulfillmentChannel.MFN).at(t)
                        .latestShipAt(t.plusSeconds(86_400)).latestDeliveryAt(t.plusSeconds(4 * 86_400)).build()),
                Combinators.combine(at, order, Arbitraries.of("DHL", "UPS"))
                        .as((t, o, c) -> new OrderShipped(t, o, c, "T-" + o)),
                Combinators.combine(at, order).as((t, o) -> new OrderCancelled(t, o, CancelledBy.SELLER,
                        Optional.empty())),
                Combinators.combine(at, order).as(OrderDelivered::new),
                Combinators.combine(at, order, Arbitraries.of("F1", "F2"), Arbitraries.integers().between(1, 5))
                        .as((t, o, f, r) -> new FeedbackReceived(t, o, f, r, Optional.empty())),
                Combinators.combine(at, Arbitraries.of("F1", "F2"))
                        .as((t, f) -> new FeedbackRemoved(t, f, FeedbackRemoval.REMOVED)),
                Combinators.combine(at, order, Arbitraries.of("C1", "C2")).as((t, o, c) -> new ClaimFiled(t, o, c,
                        Optional.empty(), Optional.empty(), false)),
                Combinators.combine(at, Arbitraries.of("C1", "C2"))
                        .as((t, c) -> new ClaimResolved(t, c, ClaimOutcome.DENIED)),
                Combinators.combine(at, Arbitraries.of("M1", "M2"), order)
                        .as((t, id, o) -> BuyerMessageReceived.aboutOrder(t, id, o)),
                Combinators.combine(at, Arbitraries.of("M3"), marketplace)
                        .as((t, id, m) -> BuyerMessageReceived.inMarketplace(t, id, m)),
                Combinators.combine(at, Arbitraries.of("M4"), order, marketplace).as((t, id, o, m) ->
                        new BuyerMessageReceived(t, id, Optional.of(o), Optional.of(m), false)),
                Combinators.combine(at, Arbitraries.of("V1"), marketplace).as((t, v, m) ->
                        new PolicyViolationReported(t, v, m, PolicyCategory.OTHER, Severity.LOW, Optional.empty())));
    }
}
