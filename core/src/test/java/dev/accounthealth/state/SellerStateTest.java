package dev.accounthealth.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.FeedbackRemoval;
import dev.accounthealth.event.FeedbackRemoved;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SellerStateTest {
    private static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

    @Test
    void bytesReadBackAsTheSameEvents() throws IOException {
        List<SellerEvent> history = history();
        SellerState state = SellerState.of(history);
        SellerState back = SellerState.fromBytes(state.toBytes());
        assertEquals(new HashSet<>(history), new HashSet<>(back.events()));
        assertEquals(history.size(), back.size());
        assertEquals(state, back);
    }

    @Test
    void theSameEventsGiveTheSameBytesWhateverTheirOrderAndRepeats() throws IOException {
        List<SellerEvent> history = history();
        byte[] expected = SellerState.of(history).toBytes();
        List<SellerEvent> shuffled = new ArrayList<>(history);
        shuffled.addAll(history.subList(0, 5));
        Collections.shuffle(shuffled, new Random(11));
        SellerState state = SellerState.empty();
        for (SellerEvent event : shuffled) {
            state.add(event);
        }
        assertEquals(history.size(), state.size());
        assertArrayEquals(expected, state.toBytes());
        assertFalse(state.add(history.get(0)), "an event held already is not new");
    }

    /** Version 1 bytes written when the format was introduced: any later library must read them. */
    @Test
    void aVersionOneBlobIsRead() throws IOException {
        byte[] v1;
        try (InputStream in = SellerStateTest.class.getResourceAsStream("seller-state-v1.bin")) {
            v1 = in.readAllBytes();
        }
        assertEquals(new HashSet<>(history()), new HashSet<>(SellerState.fromBytes(v1).events()));
    }

    @Test
    void foreignDamagedOrNewerBytesAreRefusedSayingWhy() throws IOException {
        byte[] good = SellerState.of(history()).toBytes();
        assertRefused("does not start with \"AHSS\"", "{\"type\":\"OrderPlaced\"}".getBytes());
        assertRefused("does not start with \"AHSS\"", new byte[0]);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20;
        assertRefused("checksum", flipped);
        assertRefused("truncated", java.util.Arrays.copyOf(good, good.length - 7));
        assertRefused("truncated", java.util.Arrays.copyOf(good, 9));
        byte[] newer = good.clone();
        newer[5] = 2;
        assertRefused("version 2 is not supported", newer);
    }

    private static void assertRefused(String reason, byte[] bytes) {
        SellerStateFormatException refused = assertThrows(SellerStateFormatException.class,
                () -> SellerState.fromBytes(bytes));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    /**
     * Worked by hand with a retention of 100 days as of 2027-06-01, so a cutoff of 2027-02-21:
     * the old FR order goes with its claim and the claim's resolution, though the resolution
     * names no order; the old FR order whose claim was resolved after the cutoff stays whole; the
     * removal of a feedback never received is old and goes; the old DE order is DE's latest item
     * and stays; the recent FR order stays.
     */
    @Test
    void pruningDropsWholeItemsOlderThanTheRetention() {
        OrderPlaced oldFr = order("FR-OLD", "2026-09-01T10:00:00Z", Marketplace.FR);
        OrderShipped oldFrShipped = new OrderShipped(Instant.parse("2026-09-02T10:00:00Z"), "FR-OLD",
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
        ClaimFiled oldClaim = new ClaimFiled(Instant.parse("2026-09-20T10:00:00Z"), "FR-OLD", "C-OLD",
                java.util.Optional.empty(), java.util.Optional.empty(), false);
        ClaimResolved oldClaimResolved = new ClaimResolved(Instant.parse("2026-10-01T10:00:00Z"), "C-OLD",
                ClaimOutcome.DENIED);
        OrderPlaced lateFr = order("FR-LATE-CLAIM", "2026-09-05T10:00:00Z", Marketplace.FR);
        ClaimFiled lateClaim = new ClaimFiled(Instant.parse("2026-12-20T10:00:00Z"), "FR-LATE-CLAIM", "C-LATE",
                java.util.Optional.empty(), java.util.Optional.empty(), false);
        ClaimResolved lateClaimResolved = new ClaimResolved(Instant.parse("2027-03-01T10:00:00Z"), "C-LATE",
                ClaimOutcome.DENIED);
        FeedbackRemoved orphan = new FeedbackRemoved(Instant.parse("2026-08-01T10:00:00Z"), "F-NEVER",
                FeedbackRemoval.REMOVED);
        OrderPlaced oldDe = order("DE-OLD", "2026-07-01T10:00:00Z", Marketplace.DE);
        OrderPlaced recentFr = order("FR-NEW", "2027-05-20T10:00:00Z", Marketplace.FR);
        SellerState state = SellerState.of(List.of(oldFr, oldFrShipped, oldClaim, oldClaimResolved, lateFr,
                lateClaim, lateClaimResolved, orphan, oldDe, recentFr));

        assertEquals(5, state.prune(NOW, Duration.ofDays(100)));

        assertEquals(new HashSet<>(List.of(lateFr, lateClaim, lateClaimResolved, oldDe, recentFr)),
                new HashSet<>(state.events()));
    }

    @Test
    void aResolutionArrivingBeforeItsClaimJoinsTheClaimsOrder() {
        ClaimResolved resolved = new ClaimResolved(Instant.parse("2026-09-03T10:00:00Z"), "C-1", ClaimOutcome.DENIED);
        OrderPlaced order = order("FR-1", "2026-09-01T10:00:00Z", Marketplace.FR);
        OrderPlaced newer = order("FR-2", "2027-05-01T10:00:00Z", Marketplace.FR);
        SellerState state = SellerState.of(List.of(resolved, order, newer));
        assertEquals(2, state.prune(NOW, Duration.ofDays(100)),
                "the resolution alone is an old orphan, FR-1 an old order: both go");
        state = SellerState.of(List.of(resolved, order, newer, new ClaimFiled(Instant.parse("2027-05-25T10:00:00Z"),
                "FR-1", "C-1", java.util.Optional.empty(), java.util.Optional.empty(), false)));
        assertEquals(0, state.prune(NOW, Duration.ofDays(100)), "the claim ties the resolution to a recent item");
    }

    private static OrderPlaced order(String id, String at, Marketplace marketplace) {
        Instant placed = Instant.parse(at);
        return OrderPlaced.builder().at(placed).orderId(id).marketplace(marketplace).channel(FulfillmentChannel.MFN)
                .latestShipAt(placed.plus(Duration.ofDays(2))).latestDeliveryAt(placed.plus(Duration.ofDays(6)))
                .build();
    }

    static List<SellerEvent> history() throws IOException {
        try (InputStream in = SellerStateTest.class.getResourceAsStream("history.jsonl")) {
            return EventReader.strict().events(in, "history.jsonl").toList();
        }
    }
}
