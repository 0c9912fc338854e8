package dev.accounthealth.rules.oracle;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Random, realistic seller histories for property tests.
 *
 * <p>Each order (policy notice, stand-alone message, orphan) is drawn as a short sequence of
 * numbers and read through {@link Dice}: jqwik shrinks a failing history by dropping whole orders
 * and by turning choices into their plainest form. A history-wide profile decides how bad the
 * seller is (so that every verdict, from OK to critical, shows up), how dense the orders are, the
 * marketplaces, and the noise (duplicates, shuffling; events after {@code asOf} come naturally
 * from orders placed near it).
 *
 * <p>Instants are often put exactly on the edges that matter: window edges (k days before asOf,
 * to the nanosecond, one second or one nanosecond either side), {@code latestShipAt},
 * {@code latestDeliveryAt}, the 24 h and 48 h answer deadlines, the invoice deadline, local
 * midnight in the marketplace's zone.
 */
public final class Histories {
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private static final Duration NS = Duration.ofNanos(1);
    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration S = Duration.ofSeconds(1);
    private static final Duration H = Duration.ofHours(1);
    private static final Duration D = Duration.ofDays(1);
    private static final long[] EDGE_DAYS = {0, 1, 2, 7, 10, 14, 21, 30, 44, 60, 120, 180};
    private static final Duration[] EDGE_DELTAS = {Duration.ZERO, Duration.ZERO, S, S.negated(), NS, NS.negated()};

    private Histories() {
    }

    /**
     * What the generated histories may contain beyond the default.
     *
     * @param maxOrders at most this many orders
     * @param sameInstantConflicts whether two contradicting events may share an instant (two OrderShipped with
     *     different tracking, two cancellations by different parties, two ratings, outcomes or answers at
     *     once). The spec keeps "the earliest" and does not say which of a tie, so the oracle cannot be
     *     compared on these; the report must still not depend on the order of events.
     */
    public record Options(int maxOrders, boolean sameInstantConflicts) {
    }

    /** Histories of up to {@code maxOrders} orders, with notices, messages, orphans and noise. */
    public static Arbitrary<History> histories(int maxOrders) {
        return histories(new Options(maxOrders, false));
    }

    /**
     * An instant at which a seller-fulfilled order of a history is placed and neither shipped nor
     * cancelled, within 47 hours of its expected ship date: its shipment confirmation then falls
     * due within the forecast's look-ahead. {@code asOf} when no order has such an instant.
     */
    public static Instant shortlyBeforeAShipByDate(History history, Random random) {
        Map<String, Instant> settled = new HashMap<>();
        for (SellerEvent event : history.events()) {
            if (event instanceof OrderShipped e) {
                settled.merge(e.orderId(), e.at(), (a, b) -> a.isBefore(b) ? a : b);
            } else if (event instanceof OrderCancelled e) {
                settled.merge(e.orderId(), e.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Instant[]> open = new ArrayList<>();
        for (SellerEvent event : history.events()) {
            if (event instanceof OrderPlaced o && o.channel() == FulfillmentChannel.MFN && o.latestShipAt().isPresent()) {
                Instant shipBy = o.latestShipAt().get();
                Instant from = Collections.max(List.of(o.at(), shipBy.minus(Duration.ofHours(47))));
                Instant to = settled.containsKey(o.orderId()) && settled.get(o.orderId()).isBefore(shipBy)
                        ? settled.get(o.orderId()) : shipBy;
                if (to.isAfter(from)) {
                    open.add(new Instant[] {from, to});
                }
            }
        }
        if (open.isEmpty()) {
            return history.asOf();
        }
        Instant[] chosen = open.get(random.nextInt(open.size()));
        long seconds = Duration.between(chosen[0], chosen[1]).toSeconds();
        return chosen[0].plusSeconds(seconds == 0 ? 0 : Math.floorMod(random.nextLong(), seconds));
    }

    /** Histories with some options. */
    public static Arbitrary<History> histories(Options options) {
        int maxOrders = options.maxOrders();
        Arbitrary<Instant> asOf = Combinators.combine(
                        Arbitraries.longs().between(0, 365L * 86_400),
                        Arbitraries.of(0L, 0L, 0L, 1L, 999_999_999L, 500_000_000L))
                .as((s, n) -> EPOCH.plusSeconds(s).plusNanos(n));
        Arbitrary<int[]> profile = choices(8);
        Arbitrary<List<int[]>> orders = choices(72).list().ofMaxSize(maxOrders)
                .withSizeDistribution(RandomDistribution.uniform());
        Arbitrary<List<int[]>> notices = choices(10).list().ofMaxSize(6);
        Arbitrary<List<int[]>> messages = choices(12).list().ofMaxSize(5);
        Arbitrary<List<int[]>> orphans = choices(8).list().ofMaxSize(4);
        return Combinators.combine(asOf, profile, orders, notices, messages, orphans)
                .as((a, p, o, n, m, x) -> build(a, p, o, n, m, x, options));
    }

    private static Arbitrary<int[]> choices(int size) {
        return Arbitraries.integers().between(0, Dice.SIDES - 1).array(int[].class).ofSize(size);
    }

    /** How a history is built: its profile read once, then each part. */
    private static final class Builder {
        final Instant asOf;
        final List<SellerEvent> events = new ArrayList<>();
        final double bad;
        final long spanDays;
        final Marketplace focus;
        final double duplicates;
        final long shuffleSeed;
        final double business;
        final boolean ties;

        Builder(Instant asOf, int[] profile, Options options) {
            this.asOf = asOf;
            this.ties = options.sameInstantConflicts();
            Dice p = new Dice(profile);
            bad = p.pick(0.0, 0.5, 2.0, 8.0, 25.0);
            spanDays = p.pick(200L, 8L, 16L, 40L, 75L);
            focus = p.pick(null, null, Marketplace.FR, Marketplace.DE, Marketplace.UK, Marketplace.US);
            duplicates = p.pick(0.0, 5.0, 20.0);
            shuffleSeed = p.roll();
            business = p.pick(0.0, 30.0, 80.0);
        }

        void add(SellerEvent event) {
            events.add(event);
        }

        /** With the sameInstantConflicts option, now and then a contradicting event at the same instant. */
        void tie(Dice d, SellerEvent other) {
            if (ties && d.chance(10)) {
                add(other);
            }
        }

        Instant edge(Dice d) {
            return asOf.minus(Duration.ofDays(EDGE_DAYS[d.below(EDGE_DAYS.length)])).plus(d.pick(EDGE_DELTAS));
        }

        /** Moves an instant to the next local midnight in a zone, give or take a little. */
        static Instant nextLocalMidnight(Instant t, ZoneId zone, Duration delta) {
            return t.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant().plus(delta);
        }

        /** An instant a deadline before asOf, give or take a nanosecond or a second: unanswered, it is just due. */
        Instant deadlineEdge(Dice d, Duration deadline) {
            return asOf.minus(deadline).plus(d.pick(EDGE_DELTAS));
        }

        static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        // ------------------------------------------------------------ one order and its story

        void order(int index, Dice d) {
            String id = String.format("O%03d", index);
            Marketplace mp = focus != null && !d.chance(10) ? focus
                    : d.pick(Marketplace.FR, Marketplace.FR, Marketplace.DE, Marketplace.UK, Marketplace.UK,
                            Marketplace.US, Marketplace.ES, Marketplace.IT, Marketplace.JP);
            FulfillmentChannel channel = d.chance(25) ? FulfillmentChannel.AFN : FulfillmentChannel.MFN;
            boolean mfn = channel == FulfillmentChannel.MFN;
            boolean businessOrder = d.chance(business);
            Duration shipLead = d.chance(10) ? Duration.ZERO : d.seconds(H, Duration.ofDays(4));
            Duration deliveryLead = d.chance(5) ? Duration.ZERO : d.seconds(D, Duration.ofDays(8));

            Instant purchase;
            switch (d.below(10)) {
                case 7 -> purchase = edge(d);
                case 8 -> purchase = edge(d).minus(shipLead);
                case 9 -> purchase = edge(d).minus(deliveryLead).minus(shipLead);
                default -> purchase = asOf.minus(d.seconds(Duration.ofDays(-2), Duration.ofDays(spanDays)));
            }
            Instant latestShip = purchase.plus(shipLead);
            Instant latestDelivery = latestShip.plus(deliveryLead);
            boolean promises = mfn || d.chance(30);
            add(OrderPlaced.builder().at(purchase).orderId(id).marketplace(mp).channel(channel)
                    .latestShipAt(promises ? latestShip : null).latestDeliveryAt(promises ? latestDelivery : null)
                    .businessOrder(businessOrder).skus(List.of(d.pick("SKU-A", "SKU-B", "SKU-C")))
                    .orderTotal(d.chance(50) ? Money.of("12.90", "EUR") : null).build());
            if (d.chance(2)) {
                // A contradicting copy, later: the first one counts.
                add(OrderPlaced.builder().at(purchase.plus(H)).orderId(id).marketplace(d.pick(Marketplace.DE,
                                Marketplace.US)).channel(mfn ? FulfillmentChannel.AFN : FulfillmentChannel.MFN)
                        .latestShipAt(latestShip.plus(H)).latestDeliveryAt(latestDelivery.plus(H))
                        .businessOrder(!businessOrder).build());
            }

            Instant ship = null;
            Instant cancel = null;
            boolean confirmedAfterDelivery = false;
            if (mfn || d.chance(5)) {
                boolean cancelled = d.chance(3 + bad);
                if (cancelled) {
                    cancel = purchase.plus(d.seconds(Duration.ZERO, shipLead.plus(Duration.ofDays(2))));
                    CancelledBy by = bad == 0 ? CancelledBy.BUYER : d.pick(CancelledBy.BUYER, CancelledBy.SELLER,
                            CancelledBy.AMAZON);
                    add(new OrderCancelled(cancel, id, by, d.chance(50) ? Optional.of("OUT_OF_STOCK")
                            : Optional.empty()));
                    tie(d, new OrderCancelled(cancel, id, by == CancelledBy.BUYER ? CancelledBy.SELLER
                            : CancelledBy.BUYER));
                    if (d.chance(15)) {
                        add(new OrderCancelled(cancel.plus(d.pick(H, NS)), id, d.pick(CancelledBy.values())));
                    }
                    if (d.chance(20)) {
                        ship = max(purchase, cancel.plus(d.pick(Duration.ZERO, H, H.negated(), NS, NS.negated())));
                    }
                } else if (!d.chance(bad / 2)) {
                    if (d.chance(bad)) {
                        ship = latestShip.plus(d.pick(NS, S, H, D, Duration.ofDays(3)));
                    } else if (d.chance(3)) {
                        // The carrier delivers on time but the seller confirms the shipment only afterwards.
                        confirmedAfterDelivery = true;
                        ship = latestDelivery.plus(d.pick(NS, S, H, D));
                    } else if (d.chance(20)) {
                        ship = latestShip;
                    } else {
                        ship = purchase.plus(d.seconds(Duration.ZERO, shipLead));
                    }
                    if (d.chance(businessOrder ? 30 : 5)) {
                        ship = nextLocalMidnight(ship, mp.zone(), d.pick(Duration.ZERO, S.negated(), S, H));
                    }
                }
            }
            Instant delivered = null;
            if (ship != null) {
                Optional<String> tracking = !d.chance(bad / 2 + 2) ? Optional.of("TRK" + id)
                        : d.pick(Optional.<String>empty(), Optional.of(""), Optional.of("  "));
                add(new OrderShipped(ship, id, Optional.of(d.pick("Colissimo", "DHL", "UPS")), tracking,
                        d.chance(20) ? Optional.of("WH-1") : Optional.empty()));
                tie(d, new OrderShipped(ship, id, Optional.of("Other"), tracking.isPresent() ? Optional.empty()
                        : Optional.of("TRK3" + id), Optional.empty()));
                if (d.chance(4)) {
                    Optional<String> other = tracking.isPresent() && !tracking.get().isBlank() ? Optional.empty()
                            : Optional.of("TRK2" + id);
                    add(new OrderShipped(max(purchase, ship.plus(d.pick(H, H.negated(), Duration.ofDays(2)))), id,
                            Optional.empty(), other, Optional.empty()));
                }
                if (!d.chance(bad + 2)) {
                    Instant scan = ship.plus(d.pick(Duration.ZERO, H, D, Duration.ofDays(4)));
                    add(new CarrierScanned(scan, id));
                    if (d.chance(20)) {
                        add(new CarrierScanned(scan.plus(D), id));
                    }
                }
                if (!d.chance(bad / 2 + 3)) {
                    if (d.chance(bad)) {
                        delivered = latestDelivery.plus(d.pick(NS, S, D));
                    } else if (d.chance(20)) {
                        delivered = latestDelivery;
                    } else {
                        delivered = ship.plus(d.seconds(Duration.ZERO, Duration.ofDays(3)));
                    }
                    delivered = confirmedAfterDelivery ? latestDelivery.minus(d.pick(Duration.ZERO, H, D))
                            : max(ship, delivered);
                    add(new OrderDelivered(delivered, id));
                    if (d.chance(3)) {
                        add(new OrderDelivered(delivered.plus(D), id));
                    }
                }
                if (businessOrder && !d.chance(bad + 5)) {
                    Instant due = SpecOracle.invoiceDue(ship, mp);
                    Instant upload = d.chance(bad) ? due.plus(d.pick(NS, MS, S, D))
                            : d.pick(ship.plus(H), due, due.minus(S), ship.minus(H), ship);
                    add(new InvoiceUploaded(upload, id));
                    if (d.chance(5)) {
                        add(new InvoiceUploaded(upload.plus(D), id));
                    }
                }
            } else if (!mfn && d.chance(60)) {
                delivered = purchase.plus(d.seconds(D, Duration.ofDays(5)));
                add(new OrderDelivered(delivered, id));
            }
            Instant after = delivered != null ? delivered : ship != null ? ship : purchase;

            // Seller feedback, sometimes removed; now and then a second one.
            for (int k = 0; k < 2 && d.chance(k == 0 ? 25 : 3); k++) {
                String fid = "F" + index + "-" + k;
                Instant at = after.plus(d.seconds(H, Duration.ofDays(30)));
                int rating = d.chance(bad * 2 + 1) ? d.pick(1, 2) : d.pick(5, 4, 3, 5);
                add(new FeedbackReceived(at, id, fid, rating, d.chance(30) ? Optional.of("ok") : Optional.empty()));
                tie(d, new FeedbackReceived(at, id, fid, 6 - rating));
                if (d.chance(rating <= 2 ? 30 : 5)) {
                    add(new FeedbackRemoved(at.plus(d.seconds(H, Duration.ofDays(20))), fid,
                            d.pick(FeedbackRemoval.values())));
                }
            }
            // A-to-z claims: some counting, some denied, withdrawn, or protected by Buy Shipping.
            if (d.chance(bad + 2)) {
                String cid = "C" + index;
                Instant at = purchase.plus(d.seconds(D, Duration.ofDays(40)));
                Optional<String> reason = d.pick(Optional.<String>empty(), Optional.of("NOT_RECEIVED"),
                        Optional.of("LATE_DELIVERY"), Optional.of("DAMAGED"), Optional.of("NOT_AS_DESCRIBED"));
                boolean buyShipping = d.chance(bad == 0 ? 70 : 30);
                add(new ClaimFiled(at, id, cid, reason, d.chance(30) ? Optional.of(Money.of("12.90", "EUR"))
                        : Optional.empty(), buyShipping));
                if (d.chance(30)) {
                    add(new ClaimInfoRequested(at.plus(H), cid));
                }
                int outcome = d.below(bad == 0 ? 3 : 6);
                if (outcome > 0) {
                    ClaimOutcome o = bad == 0 ? d.pick(ClaimOutcome.DENIED, ClaimOutcome.WITHDRAWN)
                            : d.pick(ClaimOutcome.values());
                    Instant decided = at.plus(d.seconds(H, Duration.ofDays(20)));
                    add(new ClaimResolved(decided, cid, o));
                    tie(d, new ClaimResolved(decided, cid, o == ClaimOutcome.DENIED
                            ? ClaimOutcome.GRANTED_SELLER_FUNDED : ClaimOutcome.DENIED));
                }
            }
            // Chargebacks.
            if (d.chance(bad / 2 + 1)) {
                String cbid = "CB" + index;
                Instant at = purchase.plus(d.seconds(D, Duration.ofDays(50)));
                add(new ChargebackFiled(at, id, cbid, bad == 0 ? ChargebackKind.FRAUD
                        : d.pick(ChargebackKind.values())));
                if (d.chance(60)) {
                    add(new ChargebackResolved(at.plus(d.seconds(H, Duration.ofDays(30))), cbid,
                            d.pick(ChargebackOutcome.values())));
                }
            }
            // Return requests.
            if (d.chance(12)) {
                String rid = "R" + index;
                Instant at = d.chance(15)
                        ? max(after, d.chance(50) ? edge(d) : deadlineEdge(d, Duration.ofHours(48)))
                        : after.plus(d.seconds(H, Duration.ofDays(20)));
                add(new ReturnRequested(at, id, rid, d.chance(50) ? Optional.of("DEFECTIVE") : Optional.empty(),
                        !d.chance(15)));
                Duration answerAfter = d.chance(bad + 3) ? d.pick(Duration.ofHours(48).plus(NS),
                        Duration.ofHours(48).plus(S), Duration.ofDays(3), null)
                        : d.pick(H, Duration.ofHours(48), d.seconds(Duration.ZERO, Duration.ofHours(48)));
                if (answerAfter != null) {
                    ReturnDecision decision = d.pick(ReturnDecision.values());
                    add(new ReturnAnswered(at.plus(answerAfter), rid, decision));
                    tie(d, new ReturnAnswered(at.plus(answerAfter), rid, decision == ReturnDecision.REJECTED
                            ? ReturnDecision.REFUNDED : ReturnDecision.REJECTED));
                    if (d.chance(15)) {
                        add(new ReturnAnswered(at.plus(answerAfter).plus(H), rid, ReturnDecision.CLOSED));
                    }
                    if (decision == ReturnDecision.REJECTED && d.chance(30)) {
                        add(new ReturnRejectionOverturned(at.plus(answerAfter).plus(Duration.ofDays(5)), rid));
                    }
                }
                if (d.chance(30)) {
                    add(new ReturnFeedbackReceived(at.plus(Duration.ofDays(6)), rid, d.chance(bad * 2 + 5)));
                }
            }
            // Buyer messages about the order.
            for (int k = 0; k < 2 && d.chance(15); k++) {
                int when = d.below(8);
                Instant at = when == 7 ? max(purchase, deadlineEdge(d, Duration.ofHours(24)))
                        : when == 6 ? max(purchase, edge(d))
                        : purchase.plus(d.seconds(Duration.ZERO, Duration.ofDays(30)));
                message(d, "M" + index + "-" + k, at, Optional.of(id),
                        d.chance(20) ? Optional.of(mp) : Optional.empty(), when == 7);
            }
        }

        void message(Dice d, String mid, Instant at, Optional<String> orderId, Optional<Marketplace> mp,
                     boolean atDeadline) {
            boolean noResponseNeeded = d.chance(15);
            add(new BuyerMessageReceived(at, mid, orderId, mp, noResponseNeeded));
            if (d.chance(3)) {
                // A contradicting copy, later: the first one counts.
                add(new BuyerMessageReceived(at.plus(d.pick(H, D)), mid, orderId, mp, !noResponseNeeded));
            }
            Duration answerAfter;
            if (atDeadline && d.chance(50)) {
                answerAfter = null;
            } else if (d.chance(bad + 5)) {
                answerAfter = d.pick(Duration.ofHours(24).plus(NS), Duration.ofHours(24).plus(S), Duration.ofDays(2),
                        null);
            } else {
                answerAfter = d.pick(H, Duration.ofHours(24), d.seconds(Duration.ZERO, Duration.ofHours(24)));
            }
            if (answerAfter != null) {
                add(new BuyerMessageAnswered(at.plus(answerAfter), mid));
                if (d.chance(5)) {
                    add(new BuyerMessageAnswered(at.plus(answerAfter).plus(H), mid));
                }
            }
        }

        // ------------------------------------------------------------ the rest of the history

        void notice(int index, Dice d) {
            String vid = "V" + index;
            Marketplace mp = focus != null && !d.chance(20) ? focus
                    : d.pick(Marketplace.FR, Marketplace.DE, Marketplace.UK, Marketplace.US, Marketplace.IT);
            Instant at = d.chance(30) ? asOf.minus(Duration.ofDays(180)).plus(d.pick(EDGE_DELTAS))
                    : asOf.minus(d.seconds(Duration.ofDays(-5), Duration.ofDays(250)));
            add(new PolicyViolationReported(at, vid, mp, d.pick(PolicyCategory.values()),
                    d.pick(Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL),
                    d.chance(50) ? Optional.of("B000" + index) : Optional.empty()));
            if (d.chance(50)) {
                add(new PolicyViolationResolved(at.plus(d.seconds(H, Duration.ofDays(60))), vid));
            }
            if (d.chance(5)) {
                // A contradicting copy, later: the first one counts.
                add(new PolicyViolationReported(at.plus(D), vid, d.pick(Marketplace.ES, mp), PolicyCategory.OTHER,
                        Severity.LOW, Optional.empty()));
            }
        }

        void standaloneMessage(int index, Dice d) {
            String mid = "SM" + index;
            int when = d.below(5);
            Instant at = when == 4 ? deadlineEdge(d, Duration.ofHours(24)) : when == 3 ? edge(d)
                    : asOf.minus(d.seconds(Duration.ofDays(-1), Duration.ofDays(40)));
            Marketplace mp = focus != null ? focus : d.pick(Marketplace.FR, Marketplace.DE, Marketplace.UK,
                    Marketplace.US, Marketplace.SE);
            switch (d.below(3)) {
                case 0 -> message(d, mid, at, Optional.empty(), Optional.of(mp), when == 4);
                case 1 -> message(d, mid, at, Optional.of("UNKNOWN-" + index), Optional.of(mp), when == 4);
                default -> message(d, mid, at, Optional.of("UNKNOWN-" + index), Optional.empty(), when == 4);
            }
        }

        void orphan(int index, Dice d) {
            Instant at = asOf.minus(d.seconds(Duration.ZERO, Duration.ofDays(100)));
            String x = "X" + index;
            add(switch (d.below(10)) {
                case 0 -> new OrderShipped(at, x, "DHL", "TRKX");
                case 1 -> new FeedbackReceived(at, x, "FX" + index, 1);
                case 2 -> new ClaimFiled(at, x, "CX" + index, "DAMAGED");
                case 3 -> new ClaimResolved(at, "CX" + index, ClaimOutcome.GRANTED_SELLER_FUNDED);
                case 4 -> new ChargebackFiled(at, x, "CBX" + index, ChargebackKind.SERVICE);
                case 5 -> new ReturnRequested(at, x, "RX" + index);
                case 6 -> new ReturnAnswered(at, "RX" + index, ReturnDecision.REJECTED);
                case 7 -> new InvoiceUploaded(at, x);
                case 8 -> new PolicyViolationResolved(at, "VX" + index);
                default -> new OrderCancelled(at, x, CancelledBy.SELLER);
            });
        }

        History finish() {
            List<SellerEvent> all = new ArrayList<>(events);
            Random random = new Random(shuffleSeed);
            for (SellerEvent e : events) {
                if (random.nextDouble() * 100 < duplicates) {
                    all.add(e);
                }
            }
            if (shuffleSeed != 0) {
                Collections.shuffle(all, random);
            }
            return new History(all, asOf);
        }
    }

    static History build(Instant asOf, int[] profile, List<int[]> orders, List<int[]> notices,
                         List<int[]> messages, List<int[]> orphans, Options options) {
        Builder b = new Builder(asOf, profile, options);
        for (int i = 0; i < orders.size(); i++) {
            b.order(i, new Dice(orders.get(i)));
        }
        for (int i = 0; i < notices.size(); i++) {
            b.notice(i, new Dice(notices.get(i)));
        }
        for (int i = 0; i < messages.size(); i++) {
            b.standaloneMessage(i, new Dice(messages.get(i)));
        }
        for (int i = 0; i < orphans.size(); i++) {
            b.orphan(i, new Dice(orphans.get(i)));
        }
        return b.finish();
    }
}
